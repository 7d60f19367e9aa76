/** Deterministic STIX ids: UUIDv5 of Marsad's stable keys, so a re-export updates instead of duplicating. */

import { v5 as uuidv5 } from 'uuid';
import { nameKey } from '../store/entity-key.js';
import type { ExportClaim, ExportDocument, ExportEntity, ExportOutlet } from '../store/knowledge-store.js';

/**
 * The UUIDv5 namespace of every Marsad STIX id: `uuidv5('https://marsad.invalid/stix/2.1', URL)`.
 * Never change it: every id ever exported derives from it.
 */
export const MARSAD_STIX_NAMESPACE = 'd8248441-e5b6-5ccf-840e-add955cc845e';

/** `uuidv5(key)` in Marsad's namespace: the stable id of a key in every export format. */
export function stableUuid(key: string): string {
  return uuidv5(key, MARSAD_STIX_NAMESPACE);
}

/** `type--uuidv5(key)`. */
export function stixId(type: string, key: string): string {
  return `${type}--${stableUuid(key)}`;
}

/**
 * The stable key of a global entity: its Wikidata id, else its GeoNames id, else the name key
 * of the name it was created with (`name:ORG:انصار بيت المقدس`). These are the fields of the
 * entity row, which never change once written, so later ingests keep the key. A knowledge-base
 * actor is created with its canonical name, so its name key stands for its knowledge-base id;
 * the knowledge-base ids themselves are not used because an entity may learn one later (a name
 * first seen outside the knowledge base), which would change its id. An analyst's merge keeps
 * the surviving entity's key; a split gives the new entity the key of its first moved name.
 */
export function entityKey(e: Pick<ExportEntity, 'wikidata' | 'geonamesId' | 'type' | 'name'>): string {
  if (e.wikidata) return `entity:wd:${e.wikidata}`;
  if (e.geonamesId) return `entity:gn:${e.geonamesId}`;
  return `entity:${nameKey(e.type, e.name)}`;
}

/** The stable key of a document: its content hash (a changed page is a new document version). */
export function documentKey(d: Pick<ExportDocument, 'contentHash'>): string {
  return `document:${d.contentHash}`;
}

/** The stable key of an outlet: its outlet key (`aawsat`, `المحور`). */
export function outletStableKey(o: ExportOutlet): string {
  return `outlet:${o.key}`;
}

/**
 * The stable key of a claim: its document's content hash, its type and polarity, its evidence
 * span and the normalized names its document gives its roles. Analyst merges do not change it (the names are
 * the document's own); local ids (`c3`) are left out so a re-analysis that finds the same claim
 * keeps the key. `occurrence` tells apart identical claims of one document (0 for the first).
 */
export function claimKey(c: Pick<ExportClaim, 'type' | 'polarity' | 'evidence' | 'roleNames'>, d: Pick<ExportDocument, 'contentHash'>, occurrence = 0): string {
  const r = c.roleNames;
  const base = `claim:${d.contentHash}:${c.type}:${c.polarity}:${c.evidence.start}-${c.evidence.end}:${r.subject ?? ''}|${r.object ?? ''}|${r.location ?? ''}`;
  return occurrence === 0 ? base : `${base}#${occurrence}`;
}

/** Claim keys for a document's claims, in order, with identical ones told apart by occurrence. */
export function claimKeys(claims: readonly ExportClaim[], documents: ReadonlyMap<number, ExportDocument>): Map<number, string> {
  const seen = new Map<string, number>();
  const out = new Map<number, string>();
  for (const c of claims) {
    const d = documents.get(c.documentId);
    if (!d) throw new Error(`claim ${c.id} refers to document ${c.documentId}, which is not in the selection`);
    const base = claimKey(c, d);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(c.id, claimKey(c, d, n));
  }
  return out;
}
