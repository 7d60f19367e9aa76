/** Opens the store the CLI and the server use, from a `--db` path. */

import { existsSync } from 'node:fs';
import type { KnowledgeStore } from './knowledge-store.js';
import { DEFAULT_DB_PATH, SqliteKnowledgeStore, type SqliteStoreOptions } from './sqlite-store.js';

/** Thrown when a command that only reads is pointed at a database that does not exist. */
export class MissingStoreError extends Error {
  constructor(path: string) {
    super(`no database at ${path}: run 'marsad ingest' first, or give --db PATH`);
    this.name = 'MissingStoreError';
  }
}

/**
 * Opens the SQLite store at `path` (default `marsad.db` in the working folder). With
 * `mustExist`, a missing file is an error instead of a new empty database.
 */
export function openStore(path: string = DEFAULT_DB_PATH, options: SqliteStoreOptions & { mustExist?: boolean } = {}): KnowledgeStore {
  if (options.mustExist && path !== ':memory:' && !existsSync(path)) throw new MissingStoreError(path);
  return new SqliteKnowledgeStore(path, options);
}
