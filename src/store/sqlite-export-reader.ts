/** Reads the part of the graph an export writes: filtered claims, their documents and entities. */

import type { Database } from 'better-sqlite3';
import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import type { ClaimType } from '../record/claim.js';
import { splitSentences } from '../text/sentence-split.js';
import { tokenizeAnalyzed } from '../text/tokenize-analyze.js';
import { entityAliases } from './entity-aliases.js';
import type { ExportClaim, ExportDocument, ExportEntity, ExportFilters, ExportSelection } from './knowledge-store.js';

/** The date a claim is placed at: its stated time's start, else the day its article was published. */
const CLAIM_DATE = 'COALESCE(c.time_start, substr(d.published, 1, 10))';

const SELECT_CLAIMS = `
SELECT c.id, c.document_id, c.local_id, c.type, c.modality, c.polarity, c.attribution_kind, c.attribution_text,
  c.time_text, c.time_start, c.time_end, ${CLAIM_DATE} AS date, c.evidence_start, c.evidence_end, c.evidence_text,
  c.confidence, s.entity_id AS subject, s.norm AS subject_norm, o.entity_id AS object, o.norm AS object_norm,
  l.entity_id AS location, l.norm AS location_norm, a.entity_id AS attribution_entity, ds.source_id
FROM claims c
JOIN documents d ON d.id = c.document_id AND d.latest = 1
JOIN document_sources ds ON ds.document_id = d.id
LEFT JOIN doc_entities s ON s.id = c.subject_id
LEFT JOIN doc_entities o ON o.id = c.object_id
LEFT JOIN doc_entities l ON l.id = c.location_id
LEFT JOIN doc_entities a ON a.id = c.attribution_entity_id`;

interface ClaimRow {
  id: number;
  document_id: number;
  local_id: string;
  type: string;
  modality: string;
  polarity: string;
  attribution_kind: string;
  attribution_text: string | null;
  time_text: string | null;
  time_start: string | null;
  time_end: string | null;
  date: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  confidence: number;
  subject: number | null;
  subject_norm: string | null;
  object: number | null;
  object_norm: string | null;
  location: number | null;
  location_norm: string | null;
  attribution_entity: number | null;
  source_id: number;
}

/** The upper bound of a `to` filter: a date-only value includes its whole day. */
function upperBound(to: string): string {
  return /^\d{4}(-\d{2}){0,2}$/.test(to) ? `${to}\uffff` : to;
}

/** WHERE conditions and named parameters for the filters SQL can apply (all but `minSources`). */
function conditions(filters: ExportFilters, entityIds: readonly number[]): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filters.types && filters.types.length > 0) {
    where.push('c.type IN (SELECT value FROM json_each(@types))');
    params.types = JSON.stringify(filters.types.map((t) => t.toUpperCase()));
  }
  if (filters.modality && filters.modality.length > 0) {
    where.push('c.modality IN (SELECT value FROM json_each(@modality))');
    params.modality = JSON.stringify(filters.modality);
  }
  if (filters.from) {
    where.push(`${CLAIM_DATE} >= @from`);
    params.from = filters.from;
  }
  if (filters.to) {
    where.push(`${CLAIM_DATE} <= @to`);
    params.to = upperBound(filters.to);
  }
  if (filters.entities && filters.entities.length > 0) {
    where.push('(s.entity_id IN (SELECT value FROM json_each(@entities)) OR o.entity_id IN (SELECT value FROM json_each(@entities)) OR l.entity_id IN (SELECT value FROM json_each(@entities)))');
    params.entities = JSON.stringify(entityIds);
  }
  return { where, params };
}

/** The link a claim is about: type, polarity and its two parties (sorted for symmetric types). */
function linkKey(r: ClaimRow): string {
  const target = r.object ?? r.location;
  const symmetric = CLAIM_TRIGGERS[r.type as ClaimType]?.symmetric ?? false;
  const [a, b] = symmetric && r.subject !== null && target !== null && target < r.subject ? [target, r.subject] : [r.subject, target];
  return `${r.type}|${r.polarity}|${a ?? '-'}|${b ?? '-'}`;
}

/**
 * The sentence of `text` holding `[start, end)`. Sentences never cross a line break
 * (text/sentence-split.ts), so only the lines around the span are tokenized and split: the cost
 * follows the claims, not the length of the article.
 */
function sentenceOf(text: string, start: number, end: number, cache: Map<number, { start: number; end: number }[]>): ExportClaim['sentence'] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', Math.max(start, end - 1));
  const lineEnd = next < 0 ? text.length : next;
  let sentences = cache.get(lineStart);
  if (!sentences || (sentences.length > 0 && sentences[sentences.length - 1]!.end < end)) {
    const line = text.slice(lineStart, lineEnd);
    sentences = splitSentences(line, tokenizeAnalyzed(line)).map((s) => ({ start: s.start + lineStart, end: s.end + lineStart }));
    cache.set(lineStart, sentences);
  }
  let from = start;
  let to = end;
  for (const s of sentences) {
    if (s.end <= start) continue;
    if (s.start >= end) break;
    from = Math.min(from, s.start);
    to = Math.max(to, s.end);
  }
  return { start: from, end: to, text: text.slice(from, to) };
}

/**
 * Reads the export selection.
 *
 * 1. Claims of latest documents passing the SQL filters (types, modality, dates, entities).
 * 2. Independent sources of each claim's link among them; `minSources` drops the weaker ones.
 * 3. Documents: those of the claims, plus (without claim-level filters) every latest document
 *    published within the range.
 * 4. The sentence of each claim's evidence, from its document's text.
 * 5. Entities: the claims' roles and attributions and the documents' mentions, with their names,
 *    knowledge-base ids and first and last dates.
 */
export function readExportSelection(db: Database, filters: ExportFilters, entityIds: readonly number[]): ExportSelection {
  // 1. claims
  const { where, params } = conditions(filters, entityIds);
  const rows = db
    .prepare(`${SELECT_CLAIMS} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY d.order_key, d.id, c.id`)
    .all(params) as ClaimRow[];
  // 2. independent sources per link
  const sourcesByLink = new Map<string, Set<number>>();
  for (const r of rows) {
    const key = linkKey(r);
    let set = sourcesByLink.get(key);
    if (!set) sourcesByLink.set(key, (set = new Set()));
    set.add(r.source_id);
  }
  const minSources = filters.minSources ?? 1;
  const kept = rows.filter((r) => sourcesByLink.get(linkKey(r))!.size >= minSources);
  // 3. documents
  const docIds = new Set(kept.map((r) => r.document_id));
  const claimLevel = (filters.types?.length ?? 0) > 0 || (filters.modality?.length ?? 0) > 0 || (filters.entities?.length ?? 0) > 0 || minSources > 1;
  if (!claimLevel) {
    const dateWhere: string[] = [];
    if (filters.from) dateWhere.push('substr(d.published, 1, 10) >= @from');
    if (filters.to) dateWhere.push('d.published <= @to');
    const more = db
      .prepare(`SELECT d.id FROM documents d WHERE d.latest = 1 ${dateWhere.map((w) => `AND ${w}`).join(' ')}`)
      .all({ ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: upperBound(filters.to) } : {}) }) as { id: number }[];
    for (const m of more) docIds.add(m.id);
  }
  const documents = readDocuments(db, [...docIds]);
  // 4. sentences
  const claims = toClaims(db, kept, sourcesByLink);
  // 5. entities
  const mentions = readMentions(db, documents.map((d) => d.id));
  const entityIdSet = new Set<number>();
  for (const r of kept) for (const id of [r.subject, r.object, r.location, r.attribution_entity]) if (id !== null) entityIdSet.add(id);
  for (const ids of Object.values(mentions)) for (const id of ids) entityIdSet.add(id);
  return { documents, entities: readEntities(db, [...entityIdSet].sort((a, b) => a - b)), claims, mentions };
}

function toClaims(db: Database, rows: readonly ClaimRow[], sourcesByLink: Map<string, Set<number>>): ExportClaim[] {
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck();
  const out: ExportClaim[] = [];
  let docId = -1;
  let text = '';
  const lines = new Map<number, { start: number; end: number }[]>();
  for (const r of rows) {
    if (r.document_id !== docId) {
      docId = r.document_id;
      text = textOf.get(docId) as string;
      lines.clear();
    }
    out.push({
      id: r.id,
      documentId: r.document_id,
      localId: r.local_id,
      type: r.type,
      subject: r.subject,
      object: r.object,
      location: r.location,
      roleNames: { subject: r.subject_norm, object: r.object_norm, location: r.location_norm },
      modality: r.modality,
      polarity: r.polarity,
      attribution: { kind: r.attribution_kind, entity: r.attribution_entity, text: r.attribution_text },
      time: r.time_text === null ? null : { text: r.time_text, start: r.time_start, end: r.time_end },
      date: r.date,
      evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
      sentence: sentenceOf(text, r.evidence_start, r.evidence_end, lines),
      confidence: r.confidence,
      sourceId: r.source_id,
      independentSources: sourcesByLink.get(linkKey(r))!.size,
    });
  }
  return out;
}

function readDocuments(db: Database, ids: readonly number[]): ExportDocument[] {
  const rows = db
    .prepare(
      `SELECT d.id, d.content_hash, d.url, d.path, d.title, d.published, d.fetched_at, d.ingested_at, d.language, d.original_id,
         o.key AS outlet_key, o.name AS outlet_name, c.key AS credited_key, c.name AS credited_name, od.content_hash AS original_hash
       FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id LEFT JOIN outlets c ON c.id = d.credited_outlet_id
       LEFT JOIN documents od ON od.id = d.original_id
       WHERE d.id IN (SELECT value FROM json_each(?)) ORDER BY d.order_key, d.id`,
    )
    .all(JSON.stringify(ids)) as Record<string, string | number | null>[];
  const outlet = (key: unknown, name: unknown): ExportDocument['outlet'] => (key === null ? null : { key: key as string, name: name as string });
  return rows.map((r) => ({
    id: r.id as number,
    contentHash: r.content_hash as string,
    url: r.url as string | null,
    path: r.path as string | null,
    title: r.title as string | null,
    published: r.published as string | null,
    fetchedAt: r.fetched_at as string,
    ingestedAt: r.ingested_at as string,
    language: r.language as string | null,
    outlet: outlet(r.outlet_key, r.outlet_name),
    creditedOutlet: outlet(r.credited_key, r.credited_name),
    originalId: r.original_id as number | null,
    originalContentHash: r.original_hash as string | null,
  }));
}

function readMentions(db: Database, docIds: readonly number[]): Record<number, number[]> {
  const rows = db
    .prepare('SELECT DISTINCT document_id, entity_id FROM doc_entities WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, entity_id')
    .all(JSON.stringify(docIds)) as { document_id: number; entity_id: number }[];
  const out: Record<number, number[]> = {};
  for (const r of rows) (out[r.document_id] ??= []).push(r.entity_id);
  return out;
}

interface EntityDocRow {
  entity_id: number;
  local_id: string;
  name: string;
  aliases: string;
  document_id: number;
  seen: string;
  ingested_at: string;
}

function readEntities(db: Database, ids: readonly number[]): ExportEntity[] {
  const json = JSON.stringify(ids);
  const rows = db
    .prepare('SELECT id, type, subtype, name, wikidata, geonames_id, lat, lon FROM entities WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(json) as { id: number; type: string; subtype: string | null; name: string; wikidata: string | null; geonames_id: number | null; lat: number | null; lon: number | null }[];
  const docRows = db
    .prepare(
      `SELECT de.entity_id, de.local_id, de.name, de.aliases, de.document_id, COALESCE(d.published, d.fetched_at) AS seen, d.ingested_at
       FROM doc_entities de JOIN documents d ON d.id = de.document_id AND d.latest = 1
       WHERE de.entity_id IN (SELECT value FROM json_each(?))`,
    )
    .all(json) as EntityDocRow[];
  const byEntity = new Map<number, EntityDocRow[]>();
  for (const r of docRows) {
    let list = byEntity.get(r.entity_id);
    if (!list) byEntity.set(r.entity_id, (list = []));
    list.push(r);
  }
  const kbRows = db
    .prepare("SELECT key, entity_id FROM entity_keys WHERE key LIKE 'kb:%' AND key NOT LIKE 'kb:geo:%' AND entity_id IN (SELECT value FROM json_each(?))")
    .all(json) as { key: string; entity_id: number }[];
  const kbByEntity = new Map<number, string[]>();
  for (const r of kbRows) kbByEntity.set(r.entity_id, [...(kbByEntity.get(r.entity_id) ?? []), r.key.slice(3)]);
  return rows.map((e) => {
    const docs = byEntity.get(e.id) ?? [];
    const seen = docs.map((d) => d.seen).sort();
    const ingested = docs.map((d) => d.ingested_at).sort();
    return {
      id: e.id,
      type: e.type,
      subtype: e.subtype,
      name: e.name,
      aliases: entityAliases(docs, e.name),
      wikidata: e.wikidata,
      geonamesId: e.geonames_id,
      geo: e.lat !== null && e.lon !== null ? { lat: e.lat, lon: e.lon } : null,
      kb: (kbByEntity.get(e.id) ?? []).sort(),
      // The contract numbers described actors d1, d2 … (relate/contract-claims.ts) and names e1, e2 ….
      described: docs.length > 0 && docs.every((d) => /^d\d+$/.test(d.local_id)),
      documents: new Set(docs.map((d) => d.document_id)).size,
      firstSeen: seen[0] ?? null,
      lastSeen: seen[seen.length - 1] ?? null,
      firstIngested: ingested[0] ?? '',
      lastIngested: ingested[ingested.length - 1] ?? '',
    };
  });
}
