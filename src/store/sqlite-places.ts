/** Places with coordinates for the map: claims located there (as location or object) and documents that mention them. */

import type { Database } from 'better-sqlite3';
import type { ClaimFilters, PlaceItem } from './graph-views.js';
import { claimConditions } from './sqlite-claim-filter.js';

/** Default most places returned. */
const DEFAULT_LIMIT = 500;

/**
 * Places (entities with coordinates), those with the most claims first, then the most mentioned.
 *
 * 1. Claims per place and type: the place is the claim's location, or its object (MOVE,
 *    CONTROL and LOCATED put the place there), filtered.
 * 2. Documents per place (latest versions), for places with no claim too unless filters are set.
 */
export function readPlaces(db: Database, filters: ClaimFilters & { limit?: number } = {}, documents: PlaceDocuments[] = readPlaceDocuments(db)): PlaceItem[] {
  const limit = Math.max(1, Math.min(5000, filters.limit ?? DEFAULT_LIMIT));
  // 1. claims per place
  const { where, params } = claimConditions(filters);
  const cond = where.length > 0 ? ` AND ${where.join(' AND ')}` : '';
  const claimRows = db
    .prepare(
      `SELECT id, type, COUNT(DISTINCT claim) AS n FROM (
         SELECT pe.entity_id AS id, c.type, c.id AS claim
         FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
         JOIN doc_entities pe ON pe.id = c.location_id JOIN entities e ON e.id = pe.entity_id AND e.lat IS NOT NULL WHERE 1${cond}
         UNION ALL
         SELECT pe.entity_id, c.type, c.id
         FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
         JOIN doc_entities pe ON pe.id = c.object_id JOIN entities e ON e.id = pe.entity_id AND e.lat IS NOT NULL WHERE 1${cond})
       GROUP BY id, type`,
    )
    .all(params) as { id: number; type: string; n: number }[];
  const byPlace = new Map<number, { claims: number; types: Record<string, number> }>();
  for (const r of claimRows) {
    const p = byPlace.get(r.id) ?? { claims: 0, types: {} };
    p.claims += r.n;
    p.types[r.type] = r.n;
    byPlace.set(r.id, p);
  }
  // 2. documents per place (given, or read)
  const filtered = Boolean(filters.types?.length || filters.modality?.length || filters.from || filters.to);
  return documents
    .filter((r) => !filtered || byPlace.has(r.id))
    .map((r) => {
      const p = byPlace.get(r.id);
      return { id: r.id, name: r.name, lat: r.lat, lon: r.lon, geonamesId: r.geonames_id, claims: p?.claims ?? 0, types: p?.types ?? {}, documents: r.documents };
    })
    .sort((x, y) => y.claims - x.claims || y.documents - x.documents || x.id - y.id)
    .slice(0, limit);
}

/** A place and the number of latest documents that mention it. */
export interface PlaceDocuments {
  id: number;
  name: string;
  lat: number;
  lon: number;
  geonames_id: number | null;
  documents: number;
}

/** Every place (live entity with coordinates) and its documents; independent of claim filters, so callers may keep it. */
export function readPlaceDocuments(db: Database): PlaceDocuments[] {
  return db
    .prepare(
      `SELECT e.id, e.name, e.lat, e.lon, e.geonames_id, COUNT(DISTINCT de.document_id) AS documents
       FROM entities e JOIN doc_entities de ON de.entity_id = e.id JOIN documents d ON d.id = de.document_id AND d.latest = 1
       WHERE e.lat IS NOT NULL AND e.lon IS NOT NULL AND e.merged_into IS NULL GROUP BY e.id`,
    )
    .all() as PlaceDocuments[];
}
