/** The STIX 2.1 export: a bundle of entities, outlets, one report per article and one relationship per claim. */

import { createHash } from 'node:crypto';
import type { ClaimType } from '../record/claim.js';
import type { ExportClaim, ExportDocument, ExportSelection } from '../store/knowledge-store.js';
import { stixEndTimestamp, stixTimestamp, timePrecision } from './export-time.js';
import { compact, marsadObjects, MARSAD_EXTENSIONS, stixUrl, type StixObject } from './stix-common.js';
import { toStixEntity, toStixOutlet } from './stix-entity-objects.js';
import { claimKeys, documentKey, outletStableKey, stixId } from './stix-ids.js';
import { NEGATED_PREFIX, STIX_RELATIONSHIPS } from './stix-relationship-types.js';

/** Options of the STIX export. */
export interface StixOptions {
  /**
   * `marsad` (default): Marsad's relationship types (`controls`, `moves-to` …) and negated claims
   * as `not-…`; `opencti`: only relationship types OpenCTI accepts, negated claims left out.
   */
  style?: 'marsad' | 'opencti';
}

/** A STIX 2.1 bundle. */
export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

/** What the export wrote and what it left out, and why. */
export interface StixSummary {
  objects: Record<string, number>;
  skippedEntities: Record<string, number>;
  skippedClaims: Record<string, number>;
  skippedReports: number;
}

/** Why a claim has no relationship. */
type ClaimSkipReason = 'no-subject' | 'no-object-or-place' | 'party-not-exported' | 'negated';

const ATTRIBUTION_LABELS: Readonly<Record<string, string>> = {
  outlet: 'the outlet itself',
  anonymous: 'anonymous sources',
  official: 'an unnamed official',
  named_person: 'a named person',
  named_org: 'a named organization',
  report: 'a report or another outlet',
};

/** The relationship's description: the evidence sentence, then the claim's type, modality and source. */
function description(c: ExportClaim, d: ExportDocument): string {
  const who = c.attribution.kind === 'outlet' ? (d.outlet?.name ?? ATTRIBUTION_LABELS.outlet) : (ATTRIBUTION_LABELS[c.attribution.kind] ?? c.attribution.kind);
  const quoted = c.attribution.text ? ` («${c.attribution.text}»)` : '';
  const polarity = c.polarity === 'negative' ? 'denied, ' : '';
  return `${c.sentence.text}\n\n[${c.type}: ${polarity}${c.modality}; according to ${who}${quoted}]`;
}

/** The relationship of one claim, or why it has none. */
function relationship(
  c: ExportClaim,
  d: ExportDocument,
  key: string,
  refs: ReadonlyMap<number, string>,
  style: 'marsad' | 'opencti',
): StixObject | ClaimSkipReason {
  if (c.subject === null) return 'no-subject';
  const target = c.object ?? c.location;
  if (target === null) return 'no-object-or-place';
  const sourceRef = refs.get(c.subject);
  const targetRef = refs.get(target);
  if (!sourceRef || !targetRef) return 'party-not-exported';
  const mapping = STIX_RELATIONSHIPS[c.type as ClaimType];
  if (style === 'opencti' && c.polarity === 'negative') return 'negated';
  const base = style === 'opencti' ? (mapping?.opencti ?? 'related-to') : (mapping?.type ?? 'related-to');
  const url = stixUrl(d.url);
  return compact({
    type: 'relationship',
    spec_version: '2.1',
    id: stixId('relationship', key),
    created_by_ref: d.outlet ? stixId('identity', outletStableKey(d.outlet)) : null,
    created: stixTimestamp(d.ingestedAt),
    modified: stixTimestamp(d.ingestedAt),
    relationship_type: c.polarity === 'negative' ? `${NEGATED_PREFIX}${base}` : base,
    source_ref: sourceRef,
    target_ref: targetRef,
    description: description(c, d),
    confidence: Math.round(Math.min(1, Math.max(0, c.confidence)) * 100),
    start_time: stixTimestamp(c.time?.start),
    stop_time: stixEndTimestamp(c.time?.end),
    lang: 'ar',
    external_references: url ? [{ source_name: d.outlet?.name ?? 'article', url }] : [],
    extensions: MARSAD_EXTENSIONS,
    x_marsad_claim: {
      type: c.type,
      modality: c.modality,
      polarity: c.polarity,
      confidence: c.confidence,
      attribution: { kind: c.attribution.kind, text: c.attribution.text, entity_ref: c.attribution.entity === null ? null : refs.get(c.attribution.entity) },
      time: c.time ? { ...c.time, precision: timePrecision(c.time.start, c.time.end) } : null,
      date: c.date,
      location_ref: c.location === null || c.location === target ? null : refs.get(c.location),
      evidence: c.evidence,
      sentence: c.sentence,
      independent_sources: c.independentSources,
      document_ref: stixId('report', documentKey(d)),
      content_hash: d.contentHash,
      local_id: c.localId,
      key,
    },
  });
}

/** The report of one article: its entities and relationships, the outlet as author. */
function report(d: ExportDocument, objectRefs: readonly string[]): StixObject {
  const url = stixUrl(d.url);
  return compact({
    type: 'report',
    spec_version: '2.1',
    id: stixId('report', documentKey(d)),
    created_by_ref: d.outlet ? stixId('identity', outletStableKey(d.outlet)) : null,
    created: stixTimestamp(d.ingestedAt),
    modified: stixTimestamp(d.ingestedAt),
    name: d.title ?? d.url ?? d.path ?? d.contentHash,
    published: stixTimestamp(d.published) ?? stixTimestamp(d.fetchedAt),
    object_refs: [...objectRefs],
    lang: d.language,
    external_references: url ? [{ source_name: d.outlet?.name ?? 'article', url }] : [],
    extensions: MARSAD_EXTENSIONS,
    x_marsad_document: {
      content_hash: d.contentHash,
      url: d.url,
      path: d.path,
      published: d.published,
      published_known: d.published !== null,
      fetched_at: d.fetchedAt,
      outlet: d.outlet?.name,
      credited_outlet: d.creditedOutlet?.name,
      original_ref: d.originalContentHash ? stixId('report', `document:${d.originalContentHash}`) : null,
    },
  });
}

const count = (map: Record<string, number>, key: string): void => {
  map[key] = (map[key] ?? 0) + 1;
};

/**
 * The STIX bundle of a selection.
 *
 * 1. The Marsad identity and the `x_marsad` extension definition.
 * 2. Entities (intrusion sets, identities, locations), in entity id order.
 * 3. The outlets, as organization identities.
 * 4. One relationship per claim (subject → object, else place).
 * 5. One report per article, referring to its entities and relationships.
 * 6. The bundle id: UUIDv5 of the hash of every object id and version.
 */
export function toStixBundle(selection: ExportSelection, options: StixOptions = {}): { bundle: StixBundle; summary: StixSummary } {
  const style = options.style ?? 'marsad';
  const summary: StixSummary = { objects: {}, skippedEntities: {}, skippedClaims: {}, skippedReports: 0 };
  // 1. Marsad
  const objects: StixObject[] = marsadObjects();
  // 2. entities
  const refs = new Map<number, string>();
  const emitted = new Set<string>();
  for (const e of selection.entities) {
    const r = toStixEntity(e);
    if ('skipped' in r) count(summary.skippedEntities, r.skipped);
    else {
      refs.set(e.id, r.object.id);
      // Two entities with one stable key (an analyst's split that kept the name) share one object.
      if (emitted.has(r.object.id)) count(summary.skippedEntities, 'same-key-as-another');
      else objects.push(r.object);
      emitted.add(r.object.id);
    }
  }
  // 3. outlets
  const outlets = new Map<string, StixObject>();
  for (const d of selection.documents) if (d.outlet && !outlets.has(d.outlet.key)) outlets.set(d.outlet.key, toStixOutlet(d.outlet));
  objects.push(...[...outlets.values()].sort((a, b) => a.id.localeCompare(b.id)));
  // 4. relationships
  const documents = new Map(selection.documents.map((d) => [d.id, d]));
  const keys = claimKeys(selection.claims, documents);
  const byDocument = new Map<number, string[]>();
  for (const c of selection.claims) {
    const d = documents.get(c.documentId)!;
    const r = relationship(c, d, keys.get(c.id)!, refs, style);
    if (typeof r === 'string') count(summary.skippedClaims, r);
    else {
      objects.push(r);
      byDocument.set(d.id, [...(byDocument.get(d.id) ?? []), r.id]);
    }
  }
  // 5. reports
  for (const d of selection.documents) {
    const entityRefs = (selection.mentions[d.id] ?? []).map((id) => refs.get(id)).filter((id): id is string => id !== undefined);
    const objectRefs = [...new Set([...entityRefs, ...(byDocument.get(d.id) ?? [])])];
    if (objectRefs.length === 0) summary.skippedReports++;
    else objects.push(report(d, objectRefs));
  }
  for (const o of objects) count(summary.objects, o.type);
  // 6. bundle id
  const hash = createHash('sha256');
  for (const o of objects) hash.update(`${o.id}@${String(o.modified ?? '')}\n`);
  return { bundle: { type: 'bundle', id: stixId('bundle', `bundle:${hash.digest('hex')}`), objects }, summary };
}

/** The bundle as JSON text in chunks (one object per chunk), so a large bundle never has to be one string. */
export function* stixJsonChunks(bundle: StixBundle): Generator<string> {
  yield `{"type":"bundle","id":${JSON.stringify(bundle.id)},"objects":[\n`;
  for (let i = 0; i < bundle.objects.length; i++) yield `${i > 0 ? ',\n' : ''}${JSON.stringify(bundle.objects[i])}`;
  yield '\n]}\n';
}
