/** Counts over the whole store, for `marsad stats`. */

import type { Database } from 'better-sqlite3';
import type { StoreStats } from './knowledge-store.js';

/** Every count of `StoreStats`, read in one snapshot (the caller's read transaction). */
export function readStats(db: Database): StoreStats {
  const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
  const byRule: Record<string, number> = {};
  for (const r of db.prepare('SELECT rule, COUNT(*) AS n FROM messages GROUP BY rule ORDER BY rule').all() as { rule: string; n: number }[]) {
    byRule[r.rule] = r.n;
  }
  return {
    documents: count('SELECT COUNT(*) AS n FROM documents'),
    entities: count('SELECT COUNT(*) AS n FROM entities WHERE merged_into IS NULL'),
    claims: count('SELECT COUNT(*) AS n FROM claims'),
    locators: count('SELECT COUNT(DISTINCT COALESCE(locator, content_hash)) AS n FROM documents'),
    duplicates: count('SELECT COUNT(*) AS n FROM documents WHERE original_id IS NOT NULL'),
    outlets: count('SELECT COUNT(*) AS n FROM outlets'),
    mentions: count('SELECT COUNT(*) AS n FROM mentions'),
    messages: count('SELECT COUNT(*) AS n FROM messages'),
    messagesByRule: byRule,
    decisions: count('SELECT COUNT(*) AS n FROM analyst_decisions'),
  };
}
