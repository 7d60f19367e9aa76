/** The embedded knowledge store: SQLite through better-sqlite3, in WAL mode, with versioned migrations. */

import Database from 'better-sqlite3';
import type {
  DocumentInput,
  EntityRef,
  EntityView,
  ExportFilters,
  ExportSelection,
  KnowledgeStore,
  LinkPath,
  PutResult,
  SearchFilters,
  SearchHit,
  StoredDocument,
  StoreStats,
} from './knowledge-store.js';
import { applyMigrations } from './sqlite-migrator.js';
import { SqliteDocumentWriter } from './sqlite-document-writer.js';
import { readDocument } from './sqlite-document-reader.js';
import { SqliteDuplicateLinker } from './sqlite-duplicate-linker.js';
import { SqliteEntityResolver, UnknownEntityError } from './sqlite-entity-resolver.js';
import { readEntitySummary } from './sqlite-entity-summary.js';
import { readExportSelection } from './sqlite-export-reader.js';
import { findLinksIndexed } from './sqlite-link-finder.js';
import { searchDocuments } from './sqlite-search.js';
import { readStats } from './sqlite-stats.js';

/** The database file used when no `--db` is given: `marsad.db` in the working folder. */
export const DEFAULT_DB_PATH = 'marsad.db';

/** Options of the SQLite store. */
export interface SqliteStoreOptions {
  /** Keep each document's raw bytes (default true). */
  keepRaw?: boolean;
  /** Open read-only (no migrations are applied; the schema must be current). */
  readonly?: boolean;
}

/**
 * The SQLite store. Each `putDocument` is one transaction (`putDocuments` one for the batch),
 * so a crash or a kill loses nothing committed and leaves no half-written document: WAL with
 * `synchronous=NORMAL` keeps every committed transaction across a process kill (only a power
 * loss may drop the last ones), and an uncommitted one is rolled back on the next open.
 */
export class SqliteKnowledgeStore implements KnowledgeStore {
  readonly db: Database.Database;
  private readonly writer: SqliteDocumentWriter | null;
  private readonly entities: SqliteEntityResolver;

  /** Opens (creating when needed) the database at `path` (`:memory:` for a throwaway one). */
  constructor(path: string = DEFAULT_DB_PATH, options: SqliteStoreOptions = {}) {
    this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
    if (!options.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!options.readonly) applyMigrations(this.db);
    this.entities = new SqliteEntityResolver(this.db);
    this.writer = options.readonly
      ? null
      : new SqliteDocumentWriter(this.db, this.entities, new SqliteDuplicateLinker(this.db), { keepRaw: options.keepRaw ?? true });
  }

  async hasDocument(contentHash: string): Promise<boolean> {
    return this.requireWriter().has(contentHash);
  }

  async putDocument(doc: DocumentInput): Promise<PutResult> {
    const writer = this.requireWriter();
    return this.db.transaction(() => writer.put(doc)).immediate();
  }

  async putDocuments(docs: readonly DocumentInput[]): Promise<PutResult[]> {
    const writer = this.requireWriter();
    return this.db.transaction(() => docs.map((d) => writer.put(d))).immediate();
  }

  async getDocument(idOrHash: number | string): Promise<StoredDocument | null> {
    return readDocument(this.db, idOrHash);
  }

  async search(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
    const entityId = filters.entity !== undefined ? this.entities.find(filters.entity) : null;
    return searchDocuments(this.db, query, filters, entityId);
  }

  async getEntity(ref: EntityRef): Promise<EntityView | null> {
    const id = this.entities.find(ref);
    return id === null ? null : readEntitySummary(this.db, id, Number.MAX_SAFE_INTEGER);
  }

  async links(a: EntityRef, b: EntityRef, options: { maxHops?: number; limit?: number } = {}): Promise<LinkPath[]> {
    const x = this.entities.find(a);
    const y = this.entities.find(b);
    if (x === null || y === null || x === y) return [];
    return findLinksIndexed(this.db, x, y, options.maxHops ?? 2, options.limit ?? 10);
  }

  async independentSources(documentIds: readonly number[]): Promise<number> {
    if (documentIds.length === 0) return 0;
    const row = this.db
      .prepare(`SELECT COUNT(DISTINCT source_id) AS n FROM document_sources WHERE document_id IN (${documentIds.map(() => '?').join(',')})`)
      .get(...documentIds) as { n: number };
    return row.n;
  }

  async stats(): Promise<StoreStats> {
    return this.db.transaction(() => readStats(this.db))();
  }

  async mergeEntities(from: EntityRef, into: EntityRef, note?: string): Promise<number> {
    return this.db.transaction(() => this.entities.merge(from, into, note)).immediate();
  }

  async splitEntity(entity: EntityRef, names: readonly string[], note?: string): Promise<number> {
    return this.db.transaction(() => this.entities.split(entity, names, note)).immediate();
  }

  async readExport(filters: ExportFilters = {}): Promise<ExportSelection> {
    const entityIds = (filters.entities ?? []).map((ref) => {
      const id = this.entities.find(ref);
      if (id === null) throw new UnknownEntityError(ref);
      return id;
    });
    // One read transaction: a concurrent ingest cannot slip a document between the queries.
    return this.db.transaction(() => readExportSelection(this.db, filters, entityIds))();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private requireWriter(): SqliteDocumentWriter {
    if (!this.writer) throw new Error('the store was opened read-only');
    return this.writer;
  }
}

/** Opens the SQLite store at `path` (default `marsad.db` in the working folder). */
export function openSqliteStore(path: string = DEFAULT_DB_PATH, options: SqliteStoreOptions = {}): SqliteKnowledgeStore {
  return new SqliteKnowledgeStore(path, options);
}
