/** The entity view: aliases, counts, first and last seen, and claims grouped by type with their sources. */

import type { Database } from 'better-sqlite3';
import type { EntityView } from './knowledge-store.js';
import { groupByType, selectClaims } from './sqlite-claim-evidence.js';

interface EntityRow {
  id: number;
  type: string;
  subtype: string | null;
  name: string;
  wikidata: string | null;
  geonames_id: number | null;
  lat: number | null;
  lon: number | null;
}

/** The view of entity `id` (already resolved and live), or null when it does not exist. */
export function readEntityView(db: Database, id: number): EntityView | null {
  const e = db.prepare('SELECT id, type, subtype, name, wikidata, geonames_id, lat, lon FROM entities WHERE id = ?').get(id) as
    | EntityRow
    | undefined;
  if (!e) return null;
  const names = new Set<string>();
  const docEntities = db.prepare('SELECT name, aliases FROM doc_entities WHERE entity_id = ?').all(id) as { name: string; aliases: string }[];
  for (const d of docEntities) {
    names.add(d.name);
    for (const a of JSON.parse(d.aliases) as string[]) names.add(a);
  }
  names.delete(e.name);
  const seen = db
    .prepare(
      `SELECT COUNT(DISTINCT d.id) AS documents, MIN(COALESCE(d.published, d.fetched_at)) AS first,
        MAX(COALESCE(d.published, d.fetched_at)) AS last
       FROM doc_entities de JOIN documents d ON d.id = de.document_id AND d.latest = 1 WHERE de.entity_id = ?`,
    )
    .get(id) as { documents: number; first: string | null; last: string | null };
  const mentions = db
    .prepare(
      `SELECT COUNT(*) AS n FROM mentions m JOIN doc_entities de ON de.id = m.doc_entity_id
       JOIN documents d ON d.id = de.document_id AND d.latest = 1 WHERE de.entity_id = ?`,
    )
    .get(id) as { n: number };
  const claims = selectClaims(db, 's.entity_id = ? OR o.entity_id = ? OR l.entity_id = ?', [id, id, id]);
  return {
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    name: e.name,
    aliases: [...names].sort(),
    wikidata: e.wikidata,
    geo: e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon, geonamesId: e.geonames_id } : null,
    documents: seen.documents,
    mentions: mentions.n,
    firstSeen: seen.first,
    lastSeen: seen.last,
    claims: groupByType(claims),
  };
}
