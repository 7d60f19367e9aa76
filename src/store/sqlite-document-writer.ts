/** Writes one analyzed document and everything derived from it, inside the caller's transaction. */

import type { Database, Statement } from 'better-sqlite3';
import { creditedOutletName } from '../corroborate/credits.js';
import type { Analysis } from '../pipeline/contract.js';
import { deriveForms } from './derived-forms.js';
import { nameNorm } from './entity-key.js';
import type { DocumentInput, PutResult } from './knowledge-store.js';
import { outletKey, urlHost } from './outlet-key.js';
import type { SqliteDuplicateLinker } from './sqlite-duplicate-linker.js';
import type { SqliteEntityResolver } from './sqlite-entity-resolver.js';

/** Options of the writer. */
export interface WriterOptions {
  /** Keep the raw bytes in `document_raw` (default true): every span can be traced to them. */
  keepRaw?: boolean;
}

/** Writes documents; each call must run inside a transaction (the store's `putDocument` opens it). */
export class SqliteDocumentWriter {
  private readonly byHash: Statement<[string], { id: number; original_id: number | null }>;
  private readonly latestAt: Statement<[string], { id: number; version: number }>;
  private readonly insertDoc: Statement<unknown[]>;
  private readonly insertMessage: Statement<unknown[]>;
  private readonly insertDocEntity: Statement<unknown[]>;
  private readonly insertMention: Statement<unknown[]>;
  private readonly insertClaim: Statement<unknown[]>;
  private readonly outletByKey: Statement<[string], { id: number }>;
  private readonly insertOutlet: Statement<[string, string]>;
  private readonly supersede: Statement<[number]>;
  private readonly insertRaw: Statement<[number, Uint8Array]>;
  private readonly insertFts: Statement<[number, string, string]>;

  constructor(
    private readonly db: Database,
    private readonly entities: SqliteEntityResolver,
    private readonly duplicates: SqliteDuplicateLinker,
    private readonly options: WriterOptions = {},
  ) {
    this.byHash = db.prepare('SELECT id, original_id FROM documents WHERE content_hash = ?');
    this.latestAt = db.prepare('SELECT id, version FROM documents WHERE locator = ? AND latest = 1 ORDER BY version DESC LIMIT 1');
    this.insertDoc = db.prepare(`INSERT INTO documents (content_hash, locator, url, path, version, previous_id, outlet_id,
      credited_outlet_id, order_key, title, published, byline, language, content_type, fetched_at, ingested_at, raw_size, text, article)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertMessage = db.prepare(`INSERT INTO messages (document_id, severity, rule, message, stage, start_offset, end_offset,
      input_start, input_end, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertDocEntity = db.prepare(`INSERT INTO doc_entities (document_id, local_id, entity_id, type, subtype, name, norm, aliases)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.insertMention = db.prepare('INSERT INTO mentions (doc_entity_id, start_offset, end_offset, text, field) VALUES (?, ?, ?, ?, ?)');
    this.insertClaim = db.prepare(`INSERT INTO claims (document_id, local_id, type, subject_id, object_id, location_id, modality,
      polarity, attribution_kind, attribution_entity_id, attribution_text, time_text, time_start, time_end, evidence_start,
      evidence_end, evidence_text, confidence, evidence_field) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.outletByKey = db.prepare('SELECT id FROM outlets WHERE key = ?');
    this.insertOutlet = db.prepare('INSERT INTO outlets (key, name) VALUES (?, ?)');
    this.supersede = db.prepare('UPDATE documents SET latest = 0 WHERE id = ?');
    this.insertRaw = db.prepare('INSERT INTO document_raw (document_id, bytes) VALUES (?, ?)');
    this.insertFts = db.prepare('INSERT INTO doc_fts (rowid, title, body) VALUES (?, ?, ?)');
  }

  /** True when a document with this content hash is stored. */
  has(contentHash: string): boolean {
    return this.byHash.get(contentHash) !== undefined;
  }

  /**
   * Writes one document.
   *
   * 1. An already stored content hash changes nothing.
   * 2. Outlet (site, JSONL source or URL host) and credited outlet (نقلا عن، بتصرف).
   * 3. Version: the previous latest document at the same URL or path is superseded.
   * 4. The document row, raw bytes and messages.
   * 5. Entities (resolved to global ones), mentions and claims.
   * 6. The full-text index and the near-duplicate link.
   */
  put(doc: DocumentInput): PutResult {
    // 1. idempotence
    const existing = this.byHash.get(doc.contentHash);
    if (existing) return { status: 'unchanged', id: existing.id, originalId: existing.original_id };
    const { raw, analysis } = doc;
    const a = analysis.article;
    const derived = doc.derived ?? deriveForms(analysis);
    // 2. outlets
    const outletName = a.site ?? raw.hints?.site ?? urlHost(raw.url);
    const outletId = outletName ? this.outlet(outletName) : null;
    const creditName = creditedOutletName(a.credits, a.text);
    let creditedId = creditName ? this.outlet(creditName) : null;
    if (creditedId === outletId) creditedId = null;
    // 3. version
    const locator = raw.url ?? raw.path;
    const previous = locator ? this.latestAt.get(locator) : undefined;
    if (previous) this.supersede.run(previous.id);
    // 4. document, raw, messages
    const orderKey = `${a.published ?? '~'}\u0001${locator ?? ''}\u0001${doc.contentHash}`;
    const { text, ...articleRest } = a;
    const id = Number(
      this.insertDoc.run(doc.contentHash, locator, raw.url, raw.path, (previous?.version ?? 0) + 1, previous?.id ?? null, outletId,
        creditedId, orderKey, a.title, a.published, a.byline, a.language, raw.contentType, raw.fetchedAt, new Date().toISOString(),
        raw.bytes.byteLength, text, JSON.stringify({ ...articleRest, hints: raw.hints ?? null })).lastInsertRowid,
    );
    if (this.options.keepRaw !== false) this.insertRaw.run(id, raw.bytes);
    this.writeMessages(id, analysis);
    // 5. entities, mentions, claims
    this.writeGraph(id, analysis);
    // 6. search index and near-duplicates
    this.insertFts.run(id, derived.titleIndex, derived.bodyIndex);
    const link = this.duplicates.link(id, derived.signature, locator, orderKey);
    return { status: previous ? 'version' : 'new', id, originalId: link.originalId };
  }

  /** The id of the outlet with this name's key, created when new; null for an empty key. */
  private outlet(name: string): number | null {
    const key = outletKey(name);
    if (key === '') return null;
    const row = this.outletByKey.get(key);
    if (row) return row.id;
    return Number(this.insertOutlet.run(key, name.trim()).lastInsertRowid);
  }

  private writeMessages(id: number, analysis: Analysis): void {
    for (const m of analysis.messages) {
      const detail = m.before !== undefined || m.after !== undefined ? JSON.stringify({ before: m.before, after: m.after }) : null;
      this.insertMessage.run(id, m.severity, m.rule, m.message, m.stage ?? null, m.start ?? null, m.end ?? null, m.inputStart ?? null,
        m.inputEnd ?? null, detail);
    }
  }

  private writeGraph(id: number, analysis: Analysis): void {
    const local = new Map<string, number>();
    for (const e of analysis.entities) {
      const entityId = this.entities.resolve(e, String(id));
      const docEntityId = Number(
        this.insertDocEntity.run(id, e.id, entityId, e.type, e.subtype, e.name, nameNorm(e.name), JSON.stringify(e.aliases)).lastInsertRowid,
      );
      local.set(e.id, docEntityId);
      for (const m of e.mentions) this.insertMention.run(docEntityId, m.start, m.end, m.text, m.field ?? null);
    }
    const ref = (localId: string | null): number | null => (localId === null ? null : (local.get(localId) ?? null));
    for (const c of analysis.claims) {
      this.insertClaim.run(id, c.id, c.type, ref(c.subject), ref(c.object), ref(c.location), c.modality, c.polarity,
        c.attribution.kind, ref(c.attribution.entity), c.attribution.text, c.time?.text ?? null, c.time?.start ?? null,
        c.time?.end ?? null, c.evidence.start, c.evidence.end, c.evidence.text, c.confidence, c.evidence.field ?? null);
    }
  }
}
