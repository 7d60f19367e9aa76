/** SQL for claim filters and the claim items the graph views list, over the latest document versions. */

import type { Database } from 'better-sqlite3';
import type { ClaimFilters, ClaimItem } from './graph-views.js';
import { claimEvidenceOf, type EvidenceColumns } from './sqlite-claim-evidence.js';

/** The date a claim is placed at: its stated time's start, else the day it was published. */
export const CLAIM_DATE = 'COALESCE(c.time_start, substr(d.published, 1, 10))';

/** The upper bound of a `to` filter: a date-only value includes its whole day. */
export function upperBound(to: string): string {
  return /^\d{4}(-\d{2}){0,2}$/.test(to) ? `${to}\uffff` : to;
}

/**
 * WHERE conditions (over `c` claims and `d` documents) and their named parameters for `filters`.
 * Parameter names start with `f_` so callers can add their own.
 */
export function claimConditions(filters: ClaimFilters): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filters.types && filters.types.length > 0) {
    where.push(`c.type IN (${filters.types.map((_, i) => `@f_type${i}`).join(',')})`);
    filters.types.forEach((t, i) => (params[`f_type${i}`] = t.toUpperCase()));
  }
  if (filters.modality && filters.modality.length > 0) {
    where.push(`c.modality IN (${filters.modality.map((_, i) => `@f_mod${i}`).join(',')})`);
    filters.modality.forEach((m, i) => (params[`f_mod${i}`] = m));
  }
  if (filters.from) {
    where.push(`${CLAIM_DATE} >= @f_from`);
    params.f_from = filters.from;
  }
  if (filters.to) {
    where.push(`${CLAIM_DATE} <= @f_to`);
    params.f_to = upperBound(filters.to);
  }
  return { where, params };
}

/** Selects claim items; `where` may use c, d, s, o, l (document entities of the roles). */
const SELECT_ITEMS = `
SELECT c.id AS claimId, c.type, c.modality, c.polarity, c.attribution_kind, c.attribution_text,
  c.evidence_start, c.evidence_end, c.evidence_text, c.document_id, c.confidence,
  c.time_text, c.time_start, c.time_end, ${CLAIM_DATE} AS date,
  s.entity_id AS subject_id, se.name AS subject_name, o.entity_id AS object_id, oe.name AS object_name,
  l.entity_id AS location_id, le.name AS location_name,
  d.url, d.title, d.published, ou.name AS outlet
FROM claims c
JOIN documents d ON d.id = c.document_id AND d.latest = 1
LEFT JOIN doc_entities s ON s.id = c.subject_id LEFT JOIN entities se ON se.id = s.entity_id
LEFT JOIN doc_entities o ON o.id = c.object_id LEFT JOIN entities oe ON oe.id = o.entity_id
LEFT JOIN doc_entities l ON l.id = c.location_id LEFT JOIN entities le ON le.id = l.entity_id
LEFT JOIN outlets ou ON ou.id = d.outlet_id`;

interface ItemRow extends EvidenceColumns {
  confidence: number;
  time_text: string | null;
  time_start: string | null;
  time_end: string | null;
  date: string | null;
  subject_id: number | null;
  object_id: number | null;
  location_id: number | null;
  location_name: string | null;
}

/** Claim items matching `where` (named parameters), in `order`, with a page. */
export function selectClaimItems(db: Database, where: readonly string[], params: Record<string, unknown>, order: string, limit: number, offset = 0): ClaimItem[] {
  const sql = `${SELECT_ITEMS} ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT @p_limit OFFSET @p_offset`;
  const rows = db.prepare(sql).all({ ...params, p_limit: limit, p_offset: offset }) as ItemRow[];
  return rows.map(toItem);
}

function toItem(r: ItemRow): ClaimItem {
  return {
    ...claimEvidenceOf(r),
    subjectId: r.subject_id,
    objectId: r.object_id,
    locationId: r.location_id,
    location: r.location_name,
    time: r.time_text === null ? null : { text: r.time_text, start: r.time_start, end: r.time_end },
    date: r.date,
    confidence: r.confidence,
  };
}
