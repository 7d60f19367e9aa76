/** Applies pending schema migrations to an SQLite database and records them in `schema_migrations`. */

import type { Database } from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations/index.js';

/** Thrown when the database was written by a newer Marsad than this one. */
export class SchemaVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaVersionError';
  }
}

/**
 * Brings `db` to the latest schema.
 *
 * 1. Create `schema_migrations` when absent.
 * 2. Refuse a database whose version is newer than the newest migration known here.
 * 3. Apply each pending migration and record it, each in its own transaction.
 *
 * @returns the versions applied now (empty when the schema was current).
 */
export function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  // 1. bookkeeping table
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const current = (db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  // 2. newer database
  const newest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  if (current > newest) {
    throw new SchemaVersionError(`database schema version ${current} is newer than this Marsad knows (${newest}): upgrade Marsad`);
  }
  // 3. pending migrations
  const applied: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied.push(m.version);
  }
  return applied;
}
