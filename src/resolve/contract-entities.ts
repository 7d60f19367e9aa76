/** The entities of a processed record as the analysis contract prints them (DESIGN.md). */

import type { ContractEntity } from '../pipeline/contract.js';
import type { DocumentRecord } from '../record/document.js';

/** Entities of `doc` in contract form; empty when the resolve stage did not run. */
export function toContractEntities(doc: DocumentRecord): ContractEntity[] {
  return (doc.entities ?? []).map((e) => ({
    id: e.id,
    type: e.type,
    subtype: e.subtype,
    name: e.name,
    aliases: e.aliases,
    // A mention of the headline says so (its offsets index article.title; src/pipeline/title-stage.ts).
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, ...((m as { field?: unknown }).field === 'title' ? { field: 'title' as const } : {}) })),
    geo: e.geo ? { lat: e.geo.lat, lon: e.geo.lon, geonamesId: e.geo.geonamesId } : null,
    wikidata: e.wikidata,
    kb: e.kbId,
  }));
}
