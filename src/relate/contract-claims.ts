/**
 * Claims in the analysis contract (DESIGN.md): the record's claims with entity ids for roles,
 * the innermost source as the attribution, the resolved time and the evidence span. Fields the
 * contract does not name yet are added, never renamed (the contract only grows).
 */

import type { ContractClaim, ContractEntity } from '../pipeline/contract.js';
import type { Claim, QuantityHedge, QuantityUnit, TimePrecision } from '../record/claim.js';
import type { DocumentRecord } from '../record/document.js';

/** A contract claim with the relate stage's added fields. */
export interface ContractClaimOut extends ContractClaim {
  attribution: ContractClaim['attribution'] & { chain: { kind: string; entity: string | null; text: string | null }[] };
  /** `start`/`end` are the first and last day (ISO); `span` is where the expression is written. */
  time: (NonNullable<ContractClaim['time']> & { precision: TimePrecision; span: { start: number; end: number } }) | null;
  quantities: { value: number; hedge: QuantityHedge; unit: QuantityUnit; start: number; end: number; text: string }[];
  trigger: { start: number; end: number; text: string; lemma: string };
}

/** `{ field: 'title' }` for a span of the headline (src/pipeline/title-stage.ts), else nothing. */
function titleField(span: object): { field?: 'title' } {
  return (span as { field?: unknown }).field === 'title' ? { field: 'title' } : {};
}

function toContract(c: Claim): ContractClaimOut {
  return {
    id: c.id,
    type: c.type,
    subject: c.subject?.id ?? null,
    object: c.object?.id ?? null,
    location: c.location?.id ?? null,
    modality: c.modality,
    polarity: c.polarity,
    attribution: {
      kind: c.attribution.kind,
      entity: c.attribution.entity,
      text: c.attribution.text,
      chain: c.attribution.chain.map((s) => ({ kind: s.kind, entity: s.entity, text: s.text })),
    },
    time: c.time ? { text: c.time.text, start: c.time.from, end: c.time.to, precision: c.time.precision, span: { start: c.time.start, end: c.time.end } } : null,
    evidence: { start: c.evidence.start, end: c.evidence.end, text: c.evidence.text, ...titleField(c.evidence) },
    confidence: c.confidence,
    quantities: c.quantities.map((q) => ({ value: q.value, hedge: q.hedge, unit: q.unit, start: q.start, end: q.end, text: q.text })),
    trigger: { ...c.trigger },
  };
}

/** The record's claims as the contract prints them (empty when the relate stage did not run). */
export function toContractClaims(doc: DocumentRecord): ContractClaimOut[] {
  return (doc.claims ?? []).map(toContract);
}

/**
 * The described actors the claims name (مسلحون مجهولون، 100 جزائري), as contract entities with
 * ids `d1`, `d2` …, so every role id of `toContractClaims` is listed among the entities. Their
 * mentions are the spans where claims name them. Add them after the resolve stage's entities.
 */
export function toContractDescribedEntities(doc: DocumentRecord): (ContractEntity & { described: true; country: string | null })[] {
  const byId = new Map<string, ContractEntity & { described: true; country: string | null }>();
  for (const c of doc.claims ?? []) {
    for (const r of [c.subject, c.object, c.location]) {
      if (!r?.described || r.described.resolved) continue;
      let e = byId.get(r.id);
      if (!e) {
        const d = r.described;
        e = { id: d.id, type: d.type, subtype: d.subtype, name: d.name, aliases: [], mentions: [], geo: null, wikidata: null, described: true, country: d.country };
        byId.set(r.id, e);
      }
      const field = titleField(r);
      if (r.via === 'explicit' && !e.mentions.some((m) => m.start === r.start && m.field === field.field)) e.mentions.push({ start: r.start, end: r.end, text: r.text, ...field });
    }
  }
  for (const e of byId.values()) e.mentions.sort((a, b) => a.start - b.start);
  return [...byId.values()].sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
}
