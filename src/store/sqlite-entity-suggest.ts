/** Entity suggestions: names and aliases that start with what the analyst typed, the most mentioned first. */

import type { Database } from 'better-sqlite3';
import { nameNorm } from './entity-key.js';
import type { EntitySummary } from './graph-views.js';

/**
 * Entities with a document name starting with `prefix` (compared in normalized form, on the
 * `doc_entities_norm` index), or the most mentioned entities when `prefix` is blank.
 */
export function suggestEntities(db: Database, prefix: string, options: { type?: string; limit?: number } = {}): EntitySummary[] {
  const limit = Math.max(1, Math.min(200, options.limit ?? 20));
  const norm = nameNorm(prefix);
  const where: string[] = ['d.latest = 1'];
  const params: Record<string, unknown> = { limit };
  if (norm !== '') {
    where.push('de.norm >= @lo AND de.norm < @hi');
    params.lo = norm;
    params.hi = `${norm}\uffff`;
  }
  if (options.type) {
    where.push('e.type = @type');
    params.type = options.type.toUpperCase();
  }
  return db
    .prepare(
      `SELECT e.id, e.name, e.type, e.subtype, e.wikidata, COUNT(DISTINCT de.document_id) AS documents
       FROM doc_entities de JOIN entities e ON e.id = de.entity_id JOIN documents d ON d.id = de.document_id
       WHERE ${where.join(' AND ')} GROUP BY e.id ORDER BY documents DESC, e.id LIMIT @limit`,
    )
    .all(params) as EntitySummary[];
}
