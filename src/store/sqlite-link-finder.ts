/**
 * Paths between two entities for the server, read through indexes: the neighbours of both ends
 * are met in the middle, so a path between two hub entities costs a few queries, not one scan
 * of the claims per neighbour. Same answer shape as `KnowledgeStore.links`.
 */

import type { Database } from 'better-sqlite3';
import type { LinkEdge, LinkPath } from './knowledge-store.js';
import { countSources, selectClaims, toEvidence } from './sqlite-claim-evidence.js';

/** The most neighbours taken per entity, so a hub cannot blow up the search. */
const MAX_NEIGHBOURS = 500;

/** Entities sharing a claim with `id` (subject with object or location), latest documents only. */
function neighbours(db: Database, id: number): Set<number> {
  const rows = db
    .prepare(
      `SELECT other FROM (
         SELECT COALESCE(o.entity_id, l.entity_id) AS other
         FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
         LEFT JOIN doc_entities o ON o.id = c.object_id LEFT JOIN doc_entities l ON l.id = c.location_id
         WHERE c.subject_id IN (SELECT id FROM doc_entities WHERE entity_id = @id)
         UNION
         SELECT s.entity_id FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
         JOIN doc_entities s ON s.id = c.subject_id
         WHERE c.object_id IN (SELECT id FROM doc_entities WHERE entity_id = @id) OR c.location_id IN (SELECT id FROM doc_entities WHERE entity_id = @id))
       WHERE other IS NOT NULL AND other <> @id ORDER BY other LIMIT ${MAX_NEIGHBOURS}`,
    )
    .pluck()
    .all({ id }) as number[];
  return new Set(rows);
}

/** Every claim in which one of `a`, `b` is subject and the other object or location. */
function edge(db: Database, a: number, b: number): LinkEdge {
  const of = (p: string) => `(SELECT id FROM doc_entities WHERE entity_id = @${p})`;
  const rows = selectClaims(
    db,
    `((c.subject_id IN ${of('a')} AND (c.object_id IN ${of('b')} OR c.location_id IN ${of('b')}))
      OR (c.subject_id IN ${of('b')} AND (c.object_id IN ${of('a')} OR c.location_id IN ${of('a')})))`,
    [{ a, b }],
  );
  const name = (id: number): string => db.prepare('SELECT name FROM entities WHERE id = ?').pluck().get(id) as string;
  return { from: { id: a, name: name(a) }, to: { id: b, name: name(b) }, types: [...new Set(rows.map((r) => r.type))].sort(), independentSources: countSources(rows), claims: rows.map(toEvidence) };
}

/**
 * Paths of at most `maxHops` (1 to 3) edges from `a` to `b`, shortest first, at most `limit`.
 *
 * 1. One hop: `b` is a neighbour of `a`. 2. Two hops: the neighbours both share.
 * 3. Three hops: a neighbour of `a` next to a neighbour of `b`. 4. Paths become edges with claims.
 */
export function findLinksIndexed(db: Database, a: number, b: number, maxHops = 2, limit = 10): LinkPath[] {
  const paths: number[][] = [];
  const na = neighbours(db, a);
  // 1. direct
  if (na.has(b)) paths.push([a, b]);
  // 2. through one entity
  const nb = maxHops >= 2 ? neighbours(db, b) : new Set<number>();
  if (maxHops >= 2) for (const x of na) if (paths.length < limit && x !== b && nb.has(x)) paths.push([a, x, b]);
  // 3. through two
  if (maxHops >= 3) {
    for (const x of na) {
      if (paths.length >= limit) break;
      if (x === b) continue;
      for (const y of neighbours(db, x)) {
        if (paths.length >= limit) break;
        if (y !== a && y !== b && y !== x && nb.has(y)) paths.push([a, x, y, b]);
      }
    }
  }
  // 4. edges
  return paths.slice(0, limit).map((p) => ({ edges: p.slice(1).map((id, i) => edge(db, p[i]!, id)) }));
}
