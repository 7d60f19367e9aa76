/** Reads a stored document back as the analysis contract, with its store metadata. */

import type { Database } from 'better-sqlite3';
import type { Analysis, ContractArticle, ContractClaim, ContractEntity } from '../pipeline/contract.js';
import type { Message, Severity } from '../record/message.js';
import type { StoredDocument } from './knowledge-store.js';

interface DocRow {
  id: number;
  content_hash: string;
  url: string | null;
  path: string | null;
  version: number;
  latest: number;
  outlet: string | null;
  credited: string | null;
  original_id: number | null;
  duplicate_similarity: number | null;
  title: string | null;
  published: string | null;
  fetched_at: string;
  text: string;
  article: string;
}

/** The document with this id or content hash, or null. */
export function readDocument(db: Database, idOrHash: number | string): StoredDocument | null {
  const byId = typeof idOrHash === 'number';
  const d = db
    .prepare(
      `SELECT d.*, o.name AS outlet, c.name AS credited FROM documents d LEFT JOIN outlets o ON o.id = d.outlet_id
       LEFT JOIN outlets c ON c.id = d.credited_outlet_id WHERE ${byId ? 'd.id' : 'd.content_hash'} = ?`,
    )
    .get(idOrHash) as DocRow | undefined;
  if (!d) return null;
  const { hints: _hints, ...rest } = JSON.parse(d.article) as Omit<ContractArticle, 'text'> & { hints: unknown };
  const analysis: Analysis = {
    article: { ...rest, text: d.text },
    entities: readEntities(db, d.id),
    claims: readClaims(db, d.id),
    messages: readMessages(db, d.id),
  };
  return {
    id: d.id,
    contentHash: d.content_hash,
    url: d.url,
    path: d.path,
    version: d.version,
    latest: d.latest === 1,
    outlet: d.outlet,
    creditedOutlet: d.credited,
    originalId: d.original_id,
    duplicateSimilarity: d.duplicate_similarity,
    title: d.title,
    published: d.published,
    fetchedAt: d.fetched_at,
    analysis,
  };
}

function readEntities(db: Database, id: number): ContractEntity[] {
  const rows = db
    .prepare(
      `SELECT de.id, de.local_id, de.type, de.subtype, de.name, de.aliases, e.wikidata, e.geonames_id, e.lat, e.lon
       FROM doc_entities de JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ? ORDER BY de.id`,
    )
    .all(id) as {
    id: number;
    local_id: string;
    type: string;
    subtype: string | null;
    name: string;
    aliases: string;
    wikidata: string | null;
    geonames_id: number | null;
    lat: number | null;
    lon: number | null;
  }[];
  const mentions = db.prepare('SELECT start_offset AS start, end_offset AS "end", text, field FROM mentions WHERE doc_entity_id = ? ORDER BY id');
  return rows.map((r) => ({
    id: r.local_id,
    type: r.type,
    subtype: r.subtype,
    name: r.name,
    aliases: JSON.parse(r.aliases) as string[],
    // A mention in the title says so (`field: 'title'`); body mentions carry no field.
    mentions: (mentions.all(r.id) as (ContractEntity['mentions'][number] & { field: 'title' | null })[]).map(({ field, ...m }) =>
      field ? { ...m, field } : m,
    ),
    geo: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon, geonamesId: r.geonames_id } : null,
    wikidata: r.wikidata,
  }));
}

function readClaims(db: Database, id: number): ContractClaim[] {
  const rows = db
    .prepare(
      `SELECT c.*, s.local_id AS s, o.local_id AS o, l.local_id AS l, a.local_id AS a FROM claims c
       LEFT JOIN doc_entities s ON s.id = c.subject_id LEFT JOIN doc_entities o ON o.id = c.object_id
       LEFT JOIN doc_entities l ON l.id = c.location_id LEFT JOIN doc_entities a ON a.id = c.attribution_entity_id
       WHERE c.document_id = ? ORDER BY c.id`,
    )
    .all(id) as Record<string, string | number | null>[];
  return rows.map((r) => ({
    id: r.local_id as string,
    type: r.type as string,
    subject: r.s as string | null,
    object: r.o as string | null,
    location: r.l as string | null,
    modality: r.modality as string,
    polarity: r.polarity as string,
    attribution: { kind: r.attribution_kind as string, entity: r.a as string | null, text: r.attribution_text as string | null },
    time: r.time_text === null ? null : { text: r.time_text as string, start: r.time_start as string | null, end: r.time_end as string | null },
    evidence: {
      start: r.evidence_start as number,
      end: r.evidence_end as number,
      text: r.evidence_text as string,
      ...(r.evidence_field ? { field: r.evidence_field as 'title' } : {}),
    },
    confidence: r.confidence as number,
  }));
}

function readMessages(db: Database, id: number): Message[] {
  const rows = db.prepare('SELECT * FROM messages WHERE document_id = ? ORDER BY id').all(id) as Record<string, string | number | null>[];
  return rows.map((r) => {
    const m: Message = { severity: r.severity as Severity, rule: r.rule as string, message: r.message as string };
    if (r.stage !== null) m.stage = r.stage as string;
    if (r.start_offset !== null) m.start = r.start_offset as number;
    if (r.end_offset !== null) m.end = r.end_offset as number;
    if (r.input_start !== null) m.inputStart = r.input_start as number;
    if (r.input_end !== null) m.inputEnd = r.input_end as number;
    if (r.detail !== null) Object.assign(m, JSON.parse(r.detail as string) as object);
    return m;
  });
}
