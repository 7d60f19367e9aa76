/** The knowledge store: one graph from the analyses of many documents. */

// The interface every store implements
export type {
  ClaimEvidence,
  ClaimGroup,
  DerivedForms,
  DocumentInput,
  EntityRef,
  EntityView,
  KnowledgeStore,
  LinkEdge,
  LinkPath,
  PutResult,
  SearchFilters,
  SearchHit,
  Snippet,
  StoredDocument,
  StoreStats,
} from './knowledge-store.js';

// The embedded SQLite store
export { DEFAULT_DB_PATH, openSqliteStore, SqliteKnowledgeStore, type SqliteStoreOptions } from './sqlite-store.js';
export { MissingStoreError, openStore } from './open-store.js';
export { SchemaVersionError } from './sqlite-migrator.js';
export { UnknownEntityError } from './sqlite-entity-resolver.js';

// Identity and derived forms
export { contentHash } from './content-hash.js';
export { deriveForms } from './derived-forms.js';
export { entityKeys, nameKey, nameNorm } from './entity-key.js';
export { outletKey } from './outlet-key.js';
export { ftsQuery, indexForm, searchTerms, type Term } from './search-terms.js';
