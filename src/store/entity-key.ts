/** Entity keys: how one actor is found again across documents (knowledge-base ids first, then names). */

import { normalizeArabic, toAsciiDigits } from '../lang/ar/normalize.js';
import type { ContractEntity } from '../pipeline/contract.js';

/** The normalized form of an entity name: hamza carriers folded, no punctuation, single spaces. */
export function nameNorm(name: string): string {
  return normalizeArabic(toAsciiDigits(name), { foldHamzaCarriers: true })
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key of a name of a given entity type, e.g. `name:ORG:انصار بيت المقدس`. */
export function nameKey(type: string, name: string): string {
  return `name:${type}:${nameNorm(name)}`;
}

/**
 * The keys an entity is looked up by, strongest first: its Wikidata id, its GeoNames id, then
 * its name. The first key already known decides which global entity it is.
 */
export function entityKeys(e: ContractEntity): string[] {
  const keys: string[] = [];
  if (e.wikidata) keys.push(`wd:${e.wikidata}`);
  if (e.geo?.geonamesId) keys.push(`gn:${e.geo.geonamesId}`);
  keys.push(nameKey(e.type, e.name));
  return keys;
}
