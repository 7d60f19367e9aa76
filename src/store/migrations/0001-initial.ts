/** Migration 1: sources, documents (raw and extracted), messages, entities, mentions, claims, FTS. */

import type { Migration } from './migration.js';

/**
 * Entities are global (one actor, one row); `doc_entities` holds each document's own entities
 * and points at the global one, so an analyst's merge or split only rewrites that pointer and
 * `entity_keys` (which later ingests resolve through, so decisions are re-applied).
 */
export const initialMigration: Migration = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE outlets (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  locator TEXT,
  url TEXT,
  path TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  previous_id INTEGER REFERENCES documents(id),
  latest INTEGER NOT NULL DEFAULT 1,
  outlet_id INTEGER REFERENCES outlets(id),
  credited_outlet_id INTEGER REFERENCES outlets(id),
  original_id INTEGER REFERENCES documents(id),
  duplicate_similarity REAL,
  order_key TEXT NOT NULL,
  title TEXT,
  published TEXT,
  byline TEXT,
  language TEXT,
  content_type TEXT,
  fetched_at TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  raw_size INTEGER NOT NULL,
  text TEXT NOT NULL,
  article TEXT NOT NULL
);
CREATE INDEX documents_locator ON documents(locator);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_outlet ON documents(outlet_id);
CREATE INDEX documents_original ON documents(original_id);

CREATE TABLE document_raw (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  bytes BLOB NOT NULL
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  severity TEXT NOT NULL,
  rule TEXT NOT NULL,
  message TEXT NOT NULL,
  stage TEXT,
  start_offset INTEGER,
  end_offset INTEGER,
  input_start INTEGER,
  input_end INTEGER,
  detail TEXT
);
CREATE INDEX messages_document ON messages(document_id);
CREATE INDEX messages_rule ON messages(rule);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  subtype TEXT,
  name TEXT NOT NULL,
  wikidata TEXT,
  geonames_id INTEGER,
  lat REAL,
  lon REAL,
  merged_into INTEGER REFERENCES entities(id)
);

CREATE TABLE entity_keys (
  key TEXT PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id)
) WITHOUT ROWID;
CREATE INDEX entity_keys_entity ON entity_keys(entity_id);

CREATE TABLE doc_entities (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  type TEXT NOT NULL,
  subtype TEXT,
  name TEXT NOT NULL,
  norm TEXT NOT NULL,
  aliases TEXT NOT NULL,
  UNIQUE (document_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE INDEX doc_entities_norm ON doc_entities(norm);

CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  doc_entity_id INTEGER NOT NULL REFERENCES doc_entities(id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX mentions_doc_entity ON mentions(doc_entity_id);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  local_id TEXT NOT NULL,
  type TEXT NOT NULL,
  subject_id INTEGER REFERENCES doc_entities(id),
  object_id INTEGER REFERENCES doc_entities(id),
  location_id INTEGER REFERENCES doc_entities(id),
  modality TEXT NOT NULL,
  polarity TEXT NOT NULL,
  attribution_kind TEXT NOT NULL,
  attribution_entity_id INTEGER REFERENCES doc_entities(id),
  attribution_text TEXT,
  time_text TEXT,
  time_start TEXT,
  time_end TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  confidence REAL NOT NULL,
  UNIQUE (document_id, local_id)
);
CREATE INDEX claims_type ON claims(type);
CREATE INDEX claims_subject ON claims(subject_id);
CREATE INDEX claims_object ON claims(object_id);

CREATE TABLE analyst_decisions (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  payload TEXT NOT NULL,
  note TEXT,
  decided_at TEXT NOT NULL
);

CREATE TABLE doc_signatures (
  document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);

CREATE TABLE doc_bands (
  band_key INTEGER NOT NULL,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (band_key, document_id)
) WITHOUT ROWID;

-- The outlet that stands behind each document: a copy counts as its original's outlet, and an
-- original that credits another outlet (نقلا عن، بتصرف) counts as that outlet.
CREATE VIEW document_sources AS
SELECT d.id AS document_id, COALESCE(r.credited_outlet_id, r.outlet_id, -r.id) AS source_id
FROM documents d JOIN documents r ON r.id = COALESCE(d.original_id, d.id);

CREATE VIRTUAL TABLE doc_fts USING fts5(
  title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0'
);
`,
};
