/** The timeline: claims counted per day, month or year of their date, by type. */

import type { Database } from 'better-sqlite3';
import type { TimelineBucket, TimelineQuery } from './graph-views.js';
import { CLAIM_DATE, claimConditions } from './sqlite-claim-filter.js';

/** Characters of the ISO date that name a period. */
const PERIOD_LENGTH = { day: 10, month: 7, year: 4 } as const;

/** Claims per period and type, oldest period first; claims with no date are left out. */
export function readTimeline(db: Database, query: TimelineQuery): TimelineBucket[] {
  const { where, params } = claimConditions(query);
  where.push(`${CLAIM_DATE} IS NOT NULL`);
  if (query.entity !== undefined) {
    where.push(`(c.subject_id IN (SELECT id FROM doc_entities WHERE entity_id = @entity)
      OR c.object_id IN (SELECT id FROM doc_entities WHERE entity_id = @entity)
      OR c.location_id IN (SELECT id FROM doc_entities WHERE entity_id = @entity))`);
    params.entity = query.entity;
  }
  const length = PERIOD_LENGTH[query.bucket ?? 'month'];
  const rows = db
    .prepare(
      `SELECT substr(${CLAIM_DATE}, 1, ${length}) AS period, c.type, COUNT(*) AS n
       FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
       WHERE ${where.join(' AND ')} GROUP BY period, c.type ORDER BY period`,
    )
    .all(params) as { period: string; type: string; n: number }[];
  const buckets = new Map<string, TimelineBucket>();
  for (const r of rows) {
    const b = buckets.get(r.period) ?? { period: r.period, claims: 0, types: {} };
    b.claims += r.n;
    b.types[r.type] = r.n;
    buckets.set(r.period, b);
  }
  return [...buckets.values()];
}
