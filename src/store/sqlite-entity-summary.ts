/**
 * The entity view (same shape as `KnowledgeStore.getEntity`) read through indexes only, for the
 * server: a hub entity mentioned in thousands of documents answers in tens of milliseconds.
 * The claims are found by role through the claims' subject/object indexes (a location has no
 * index: one scan), then read by id; grouping is linear.
 */

import type { Database } from 'better-sqlite3';
import { entityAliases, type NamedRow } from './entity-aliases.js';
import type { ClaimGroup, EntityView } from './knowledge-store.js';
import { selectClaims, toEvidence, type ClaimRow } from './sqlite-claim-evidence.js';

/** Claims shown per type; the counts cover them all. */
const PER_GROUP = 20;

/**
 * The view of live entity `id`, or null.
 *
 * 1. The entity, its names and aliases (distinct pairs, not one row per document).
 * 2. Documents, first and last seen, mentions.
 * 3. The ids of its claims in any role, then those claims with their sources, grouped by type.
 */
export function readEntitySummary(db: Database, id: number, perGroup = PER_GROUP): EntityView | null {
  // 1. entity and names
  const e = db.prepare('SELECT id, type, subtype, name, wikidata, geonames_id, lat, lon FROM entities WHERE id = ?').get(id) as
    | { id: number; type: string; subtype: string | null; name: string; wikidata: string | null; geonames_id: number | null; lat: number | null; lon: number | null }
    | undefined;
  if (!e) return null;
  const aliases = entityAliases(db.prepare('SELECT DISTINCT name, aliases FROM doc_entities WHERE entity_id = ?').all(id) as NamedRow[], e.name);
  // 2. documents and mentions
  const seen = db
    .prepare(
      `SELECT COUNT(DISTINCT d.id) AS documents, MIN(COALESCE(d.published, d.fetched_at)) AS first, MAX(COALESCE(d.published, d.fetched_at)) AS last
       FROM doc_entities de JOIN documents d ON d.id = de.document_id AND d.latest = 1 WHERE de.entity_id = ?`,
    )
    .get(id) as { documents: number; first: string | null; last: string | null };
  const mentions = db
    .prepare(
      `SELECT COUNT(*) AS n FROM doc_entities de JOIN documents d ON d.id = de.document_id AND d.latest = 1
       JOIN mentions m ON m.doc_entity_id = de.id WHERE de.entity_id = ?`,
    )
    .get(id) as { n: number };
  // 3. claims
  const ids = db
    .prepare(
      `SELECT c.id FROM doc_entities de JOIN claims c ON c.subject_id = de.id WHERE de.entity_id = @id
       UNION SELECT c.id FROM doc_entities de JOIN claims c ON c.object_id = de.id WHERE de.entity_id = @id
       UNION SELECT c.id FROM claims c WHERE c.location_id IN (SELECT id FROM doc_entities WHERE entity_id = @id)`,
    )
    .pluck()
    .all({ id }) as number[];
  const rows = ids.length === 0 ? [] : selectClaims(db, 'c.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]);
  const groups = new Map<string, ClaimRow[]>();
  for (const r of rows) {
    const list = groups.get(r.type);
    if (list) list.push(r);
    else groups.set(r.type, [r]);
  }
  const claims: ClaimGroup[] = [...groups.entries()]
    .map(([type, list]) => ({ type, count: list.length, independentSources: new Set(list.map((r) => r.sourceId)).size, claims: list.slice(0, perGroup).map(toEvidence) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return {
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    name: e.name,
    aliases,
    wikidata: e.wikidata,
    geo: e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon, geonamesId: e.geonames_id } : null,
    documents: seen.documents,
    mentions: mentions.n,
    firstSeen: seen.first,
    lastSeen: seen.last,
    claims,
  };
}
