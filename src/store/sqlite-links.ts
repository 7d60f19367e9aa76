/** Paths between two entities through the claims that link them, with their evidence. */

import type { Database } from 'better-sqlite3';
import type { LinkEdge, LinkPath } from './knowledge-store.js';
import { countSources, selectClaims, toEvidence } from './sqlite-claim-evidence.js';

/** The most neighbours expanded per entity, so a hub cannot blow up the search. */
const MAX_NEIGHBOURS = 500;

/** Entities that share a claim with `id` (as subject, object or location), latest versions only. */
function neighbours(db: Database, id: number): number[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT other FROM (
         SELECT CASE WHEN s.entity_id = :id THEN COALESCE(o.entity_id, l.entity_id) ELSE s.entity_id END AS other
         FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
         LEFT JOIN doc_entities s ON s.id = c.subject_id LEFT JOIN doc_entities o ON o.id = c.object_id
         LEFT JOIN doc_entities l ON l.id = c.location_id
         WHERE s.entity_id = :id OR o.entity_id = :id OR l.entity_id = :id)
       WHERE other IS NOT NULL AND other <> :id LIMIT ${MAX_NEIGHBOURS}`,
    )
    .all({ id }) as { other: number }[];
  return rows.map((r) => r.other);
}

/** The edge between two entities: every claim in which one is subject and the other object or location. */
function edge(db: Database, a: number, b: number): LinkEdge {
  const rows = selectClaims(
    db,
    `(s.entity_id = :a AND (o.entity_id = :b OR l.entity_id = :b)) OR (s.entity_id = :b AND (o.entity_id = :a OR l.entity_id = :a))`,
    [{ a, b }],
  );
  const name = (id: number): string => (db.prepare('SELECT name FROM entities WHERE id = ?').get(id) as { name: string }).name;
  return {
    from: { id: a, name: name(a) },
    to: { id: b, name: name(b) },
    types: [...new Set(rows.map((r) => r.type))].sort(),
    independentSources: countSources(rows),
    claims: rows.map(toEvidence),
  };
}

/**
 * Paths of at most `maxHops` edges from `a` to `b`, shortest first, at most `limit` of them.
 *
 * 1. Breadth-first search from `a`, remembering every shortest way into each entity.
 * 2. Turn each path of entity ids into edges with their claims.
 */
export function findLinks(db: Database, a: number, b: number, maxHops = 2, limit = 10): LinkPath[] {
  // 1. BFS over paths
  const paths: number[][] = [];
  let frontier: number[][] = [[a]];
  for (let hop = 0; hop < maxHops && paths.length < limit && frontier.length > 0; hop++) {
    const next: number[][] = [];
    for (const path of frontier) {
      for (const n of neighbours(db, path[path.length - 1]!)) {
        if (path.includes(n)) continue;
        if (n === b) paths.push([...path, n]);
        else if (hop + 1 < maxHops && next.length < 10_000) next.push([...path, n]);
      }
    }
    frontier = next;
  }
  // 2. edges
  return paths.slice(0, limit).map((p) => ({ edges: p.slice(1).map((id, i) => edge(db, p[i]!, id)) }));
}
