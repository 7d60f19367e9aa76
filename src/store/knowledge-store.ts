/**
 * The knowledge store: where analyses of many documents become one graph. Every method is
 * async so a PostgreSQL implementation can follow the embedded SQLite one behind the same API.
 */

import type { Analysis } from '../pipeline/contract.js';
import type { RawDocument } from '../record/document.js';

/** What the store derives from a document's text; computed by ingest workers, or by the store. */
export interface DerivedForms {
  /** Normalized, stemmed title and body for the full-text index (`indexForm`). */
  titleIndex: string;
  bodyIndex: string;
  /** MinHash signature of the body's word shingles. */
  signature: Uint32Array;
}

/** One analyzed document to store. */
export interface DocumentInput {
  /** `contentHash(raw)`: the document's identity. */
  contentHash: string;
  raw: RawDocument;
  analysis: Analysis;
  derived?: DerivedForms;
}

/** What `putDocument` did: `new` (first at its URL/path), `version` (a changed document), `unchanged`. */
export interface PutResult {
  status: 'new' | 'version' | 'unchanged';
  id: number;
  /** The earliest near-duplicate this document was linked to, or null. */
  originalId: number | null;
}

/** A stored document, as `getDocument` returns it. */
export interface StoredDocument {
  id: number;
  contentHash: string;
  url: string | null;
  path: string | null;
  version: number;
  latest: boolean;
  outlet: string | null;
  creditedOutlet: string | null;
  /** The earliest near-duplicate (the story's original), or null when this is one. */
  originalId: number | null;
  duplicateSimilarity: number | null;
  title: string | null;
  published: string | null;
  fetchedAt: string;
  /** The analysis as stored: article (with text), entities, claims, messages. */
  analysis: Analysis;
}

/** Filters of a search; all optional and combined with AND. */
export interface SearchFilters {
  /** Published on or after this ISO date. */
  from?: string;
  /** Published on or before this ISO date (a date-only value includes the whole day). */
  to?: string;
  /** Outlet name or key. */
  outlet?: string;
  /** Entity name or id: documents that mention it. */
  entity?: string;
  /** Claim type (CONTACT, ATTACK …): documents that make such a claim. */
  claimType?: string;
  /** Most hits to return; default 20. */
  limit?: number;
}

/** A snippet of a document's real text around the best match. */
export interface Snippet {
  /** The excerpt, verbatim from `article.text`. */
  text: string;
  /** Where the excerpt starts and ends in `article.text`. */
  start: number;
  end: number;
  /** Matched words, as offsets into `text` (the excerpt). */
  highlights: { start: number; end: number }[];
}

/** One search hit. */
export interface SearchHit {
  documentId: number;
  url: string | null;
  path: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** BM25 rank; lower is better. */
  score: number;
  snippet: Snippet;
}

/** A claim with its evidence, as the entity and links views show it. */
export interface ClaimEvidence {
  claimId: number;
  type: string;
  subject: string | null;
  object: string | null;
  modality: string;
  polarity: string;
  attribution: { kind: string; text: string | null };
  evidence: { start: number; end: number; text: string };
  documentId: number;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** Claims of one type about an entity, with the number of independent outlets that make them. */
export interface ClaimGroup {
  type: string;
  count: number;
  independentSources: number;
  claims: ClaimEvidence[];
}

/** An entity across the whole graph. */
export interface EntityView {
  id: number;
  type: string;
  subtype: string | null;
  name: string;
  aliases: string[];
  wikidata: string | null;
  geo: { lat: number; lon: number; geonamesId: number | null } | null;
  documents: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
  claims: ClaimGroup[];
}

/** One edge of a path between two entities: every claim that links them, in either direction. */
export interface LinkEdge {
  from: { id: number; name: string };
  to: { id: number; name: string };
  types: string[];
  independentSources: number;
  claims: ClaimEvidence[];
}

/** A path between two entities. */
export interface LinkPath {
  edges: LinkEdge[];
}

/** Counts over the whole store. */
export interface StoreStats {
  documents: number;
  entities: number;
  claims: number;
  /** Distinct URLs/paths (a changed page counts once). */
  locators: number;
  /** Documents linked to an earlier near-duplicate. */
  duplicates: number;
  outlets: number;
  mentions: number;
  messages: number;
  messagesByRule: Record<string, number>;
  decisions: number;
}

/** A reference to an entity: its id, or a name (or alias) that resolves to one. */
export type EntityRef = number | string;

/**
 * Which claims an export takes (shared with the API): all optional and combined with AND.
 * A claim's date is its stated time's start, else its article's publication day.
 */
export interface ExportFilters {
  /** Claims dated on or after this ISO date. */
  from?: string;
  /** Claims dated on or before this ISO date (a date-only value includes the whole day). */
  to?: string;
  /** Claim types (CONTACT, ATTACK …); any when absent or empty. */
  types?: readonly string[];
  /** Modalities (asserted, believed, suspected, intended); any when absent or empty. */
  modality?: readonly string[];
  /** Entities (ids or names): claims in which any of them is subject, object or location. */
  entities?: readonly EntityRef[];
  /**
   * Claims whose link (type, polarity, subject and object or place, either way round for
   * symmetric types) is told by at least this many independent sources among the claims the
   * other filters keep; default 1.
   */
  minSources?: number;
}

/** An outlet as exports name it. */
export interface ExportOutlet {
  /** `outletKey(name)`: stable across spellings. */
  key: string;
  name: string;
}

/** A document of an export (latest versions only), without its text. */
export interface ExportDocument {
  id: number;
  contentHash: string;
  url: string | null;
  path: string | null;
  title: string | null;
  published: string | null;
  fetchedAt: string;
  ingestedAt: string;
  language: string | null;
  outlet: ExportOutlet | null;
  creditedOutlet: ExportOutlet | null;
  /** The earliest near-duplicate (the story's original), or null; and its content hash. */
  originalId: number | null;
  originalContentHash: string | null;
}

/** A global entity of an export, with what the latest documents say of it. */
export interface ExportEntity {
  id: number;
  type: string;
  subtype: string | null;
  /** The name the entity was created with (for knowledge-base actors, their canonical name). */
  name: string;
  /** Other names and spellings in the documents and the knowledge base, sorted. */
  aliases: string[];
  wikidata: string | null;
  geonamesId: number | null;
  geo: { lat: number; lon: number } | null;
  /** Ids in the actor knowledge base that resolve to this entity (`aqim`, `gov:EG`), sorted. */
  kb: string[];
  /** True when every document names it by a description (مسلحون مجهولون), never by a name. */
  described: boolean;
  /** Latest documents that mention it, and their first and last publication (or fetch) dates. */
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  /** When the first and the last of those documents were ingested. */
  firstIngested: string;
  lastIngested: string;
}

/** A claim of an export; roles are global entity ids. */
export interface ExportClaim {
  id: number;
  documentId: number;
  /** The claim's id within its document's analysis (`c3`). */
  localId: string;
  type: string;
  subject: number | null;
  object: number | null;
  location: number | null;
  /** Normalized names of the roles as this document wrote them (`nameNorm`), for stable fingerprints. */
  roleNames: { subject: string | null; object: string | null; location: string | null };
  modality: string;
  polarity: string;
  attribution: { kind: string; entity: number | null; text: string | null };
  time: { text: string; start: string | null; end: string | null } | null;
  /** Its stated time's start, else its article's publication day. */
  date: string | null;
  evidence: { start: number; end: number; text: string };
  /** The sentence of the article text that holds the evidence. */
  sentence: { start: number; end: number; text: string };
  confidence: number;
  /** The source standing behind its document (a copy counts as its original's outlet): equal ids, one independent source. */
  sourceId: number;
  /** Independent sources of its link among the selected claims (see `ExportFilters.minSources`). */
  independentSources: number;
}

/** What an export reads: the selected claims, the documents they come from and their entities. */
export interface ExportSelection {
  /**
   * Documents of the selected claims; with no type, modality, entity or source filter, also
   * every latest document dated (by publication) within the range.
   */
  documents: ExportDocument[];
  /** Entities in a role of a selected claim or its attribution, and those the selected documents mention. */
  entities: ExportEntity[];
  claims: ExportClaim[];
  /** Entity ids mentioned by each selected document. */
  mentions: Record<number, number[]>;
}

/** The store. */
export interface KnowledgeStore {
  /** True when a document with this content hash is stored (resuming skips it). */
  hasDocument(contentHash: string): Promise<boolean>;
  /**
   * Stores one document in one transaction: its outlet, text, raw bytes, messages, entities,
   * mentions, claims, index entries and near-duplicate link. Storing the same content hash
   * again changes nothing; a changed document at the same URL or path becomes a new version.
   */
  putDocument(doc: DocumentInput): Promise<PutResult>;
  /** Stores several documents in one transaction (each as `putDocument`). */
  putDocuments(docs: readonly DocumentInput[]): Promise<PutResult[]>;
  getDocument(idOrHash: number | string): Promise<StoredDocument | null>;
  search(query: string, filters?: SearchFilters): Promise<SearchHit[]>;
  getEntity(ref: EntityRef): Promise<EntityView | null>;
  /** Paths of at most `maxHops` claims (default 2) between two entities, shortest first. */
  links(a: EntityRef, b: EntityRef, options?: { maxHops?: number; limit?: number }): Promise<LinkPath[]>;
  /** Distinct outlets behind these documents, each copy counted as its original's outlet. */
  independentSources(documentIds: readonly number[]): Promise<number>;
  stats(): Promise<StoreStats>;
  /** Merges `from` into `into`, records the decision, and returns the surviving entity id. */
  mergeEntities(from: EntityRef, into: EntityRef, note?: string): Promise<number>;
  /** Moves the names `names` of `entity` to a new entity, records the decision, returns its id. */
  splitEntity(entity: EntityRef, names: readonly string[], note?: string): Promise<number>;
  /**
   * The part of the graph an export writes: claims passing `filters` with their documents and
   * entities, in a stable order (documents by publication, claims by document, entities by id).
   * @throws UnknownEntityError when an entity of `filters.entities` matches nothing.
   */
  readExport(filters?: ExportFilters): Promise<ExportSelection>;
  close(): Promise<void>;
}
