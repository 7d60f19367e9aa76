/** The GeoJSON export for maps (QGIS, Leaflet): places with coordinates as points, with their claims. */

import type { ExportSelection } from '../store/knowledge-store.js';
import { timePrecision } from './export-time.js';
import { placeDetails } from './place-details.js';
import { claimKeys, entityKey, stableUuid } from './stix-ids.js';

/** A GeoJSON point feature (RFC 7946). */
export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** A GeoJSON feature collection. */
export interface PlaceCollection {
  type: 'FeatureCollection';
  features: PlaceFeature[];
}

/**
 * The places of a selection as a FeatureCollection.
 *
 * 1. One Point feature per place entity with coordinates ([longitude, latitude], RFC 7946), its
 *    id the entity's stable UUID; places without coordinates are left out.
 * 2. Its properties: name, aliases, GeoNames and Wikidata ids, country and precision, the
 *    number of claims by type, and the claims in which it is the place, the object or the
 *    subject, each with its actors, modality, source, date and evidence.
 */
export function toGeoJson(selection: ExportSelection): PlaceCollection {
  const entities = new Map(selection.entities.map((e) => [e.id, e]));
  const documents = new Map(selection.documents.map((d) => [d.id, d]));
  const keys = claimKeys(selection.claims, documents);
  const name = (id: number | null): string | null => (id === null ? null : (entities.get(id)?.name ?? null));
  const claimsAt = new Map<number, Record<string, unknown>[]>();
  for (const c of selection.claims) {
    const d = documents.get(c.documentId)!;
    const roles: [number | null, string][] = [[c.location, 'location'], [c.object, 'object'], [c.subject, 'subject']];
    const seen = new Set<number>();
    for (const [id, role] of roles) {
      if (id === null || seen.has(id) || entities.get(id)?.type !== 'LOC') continue;
      seen.add(id);
      const list = claimsAt.get(id) ?? [];
      list.push({
        id: stableUuid(keys.get(c.id)!),
        role,
        type: c.type,
        subject: name(c.subject),
        object: name(c.object),
        location: name(c.location),
        modality: c.modality,
        polarity: c.polarity,
        attribution: c.attribution.kind,
        attribution_text: c.attribution.text,
        date: c.date,
        time_precision: c.time ? timePrecision(c.time.start, c.time.end) : null,
        confidence: c.confidence,
        independent_sources: c.independentSources,
        evidence: c.evidence.text,
        source: d.outlet?.name ?? null,
        url: d.url,
        title: d.title,
      });
      claimsAt.set(id, list);
    }
  }
  const features: PlaceFeature[] = [];
  // 1. points
  for (const e of selection.entities) {
    if (e.type !== 'LOC' || !e.geo) continue;
    const details = placeDetails(e.geonamesId);
    const claims = claimsAt.get(e.id) ?? [];
    const types: Record<string, number> = {};
    for (const c of claims) types[c.type as string] = (types[c.type as string] ?? 0) + 1;
    // 2. properties
    features.push({
      type: 'Feature',
      id: stableUuid(entityKey(e)),
      geometry: { type: 'Point', coordinates: [e.geo.lon, e.geo.lat] },
      properties: {
        name: e.name,
        aliases: e.aliases,
        geonames_id: e.geonamesId,
        wikidata: e.wikidata,
        country: details?.country ?? null,
        geo_precision: details?.precision ?? null,
        documents: e.documents,
        first_seen: e.firstSeen,
        last_seen: e.lastSeen,
        claim_count: claims.length,
        claim_types: types,
        claims,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
