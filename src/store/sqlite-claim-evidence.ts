/** Reads claims with their evidence and the outlet behind each, for the entity and links views. */

import type { Database } from 'better-sqlite3';
import type { ClaimEvidence, ClaimGroup } from './knowledge-store.js';

/** A claim row with the global entities of its roles and the source that counts for it. */
export interface ClaimRow extends ClaimEvidence {
  subjectEntity: number | null;
  objectEntity: number | null;
  locationEntity: number | null;
  sourceId: number;
}

const SELECT = `
SELECT c.id AS claimId, c.type, c.modality, c.polarity, c.attribution_kind, c.attribution_text,
  c.evidence_start, c.evidence_end, c.evidence_text, c.document_id,
  s.entity_id AS subject_entity, se.name AS subject_name,
  o.entity_id AS object_entity, oe.name AS object_name, l.entity_id AS location_entity,
  d.url, d.title, d.published, ou.name AS outlet, ds.source_id
FROM claims c
JOIN documents d ON d.id = c.document_id AND d.latest = 1
JOIN document_sources ds ON ds.document_id = d.id
LEFT JOIN doc_entities s ON s.id = c.subject_id LEFT JOIN entities se ON se.id = s.entity_id
LEFT JOIN doc_entities o ON o.id = c.object_id LEFT JOIN entities oe ON oe.id = o.entity_id
LEFT JOIN doc_entities l ON l.id = c.location_id
LEFT JOIN outlets ou ON ou.id = d.outlet_id`;

/** The columns every claim query selects under these names, whatever else it reads. */
export interface EvidenceColumns {
  claimId: number;
  type: string;
  modality: string;
  polarity: string;
  attribution_kind: string;
  attribution_text: string | null;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  document_id: number;
  subject_name: string | null;
  object_name: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  outlet: string | null;
}

interface Raw extends EvidenceColumns {
  subject_entity: number | null;
  object_entity: number | null;
  location_entity: number | null;
  source_id: number;
}

/** A claim with its evidence and document, from the columns of `EvidenceColumns`. */
export function claimEvidenceOf(r: EvidenceColumns): ClaimEvidence {
  return {
    claimId: r.claimId,
    type: r.type,
    subject: r.subject_name,
    object: r.object_name,
    modality: r.modality,
    polarity: r.polarity,
    attribution: { kind: r.attribution_kind, text: r.attribution_text },
    evidence: { start: r.evidence_start, end: r.evidence_end, text: r.evidence_text },
    documentId: r.document_id,
    url: r.url,
    title: r.title,
    outlet: r.outlet,
    published: r.published,
  };
}

/** Claims (of latest document versions) in which `where` holds; `where` may use c, s, o, l, d. */
export function selectClaims(db: Database, where: string, params: unknown[]): ClaimRow[] {
  const rows = db.prepare(`${SELECT} WHERE ${where} ORDER BY d.published, c.id`).all(...params) as Raw[];
  return rows.map((r) => ({
    ...claimEvidenceOf(r),
    subjectEntity: r.subject_entity,
    objectEntity: r.object_entity,
    locationEntity: r.location_entity,
    sourceId: r.source_id,
  }));
}

/** Number of distinct sources behind claims (copies count as their original's outlet). */
export function countSources(rows: readonly ClaimRow[]): number {
  return new Set(rows.map((r) => r.sourceId)).size;
}

/** The claim rows without the bookkeeping fields, as the views print them. */
export function toEvidence(r: ClaimRow): ClaimEvidence {
  const { subjectEntity: _s, objectEntity: _o, locationEntity: _l, sourceId: _src, ...evidence } = r;
  return evidence;
}

/** Claims grouped by type, most frequent first, each with its count of independent sources. */
export function groupByType(rows: readonly ClaimRow[], perGroup = 20): ClaimGroup[] {
  const groups = new Map<string, ClaimRow[]>();
  for (const r of rows) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return [...groups.entries()]
    .map(([type, list]) => ({ type, count: list.length, independentSources: countSources(list), claims: list.slice(0, perGroup).map(toEvidence) }))
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
