/**
 * The countries an article points at, with a weight each: countries named (2), nationality
 * adjectives (`الليبية`, 1), and the countries of the actors resolved so far (1). The geocoder
 * uses them to settle ambiguous places (طرابلس in Libya or in Lebanon).
 */

import { COUNTRY_NAMES, demonymForms } from '../lang/ar/country-demonyms.js';
import type { Token } from '../record/token.js';
import { procliticReadings } from '../text/clitics.js';
import { nameKey } from './name-key.js';

/** Weight of a country named outright. */
export const NAMED_COUNTRY_WEIGHT = 2;
/** Weight of a nationality adjective or an actor's country. */
export const HINT_WEIGHT = 1;

const BY_WORD = new Map<string, string>();
for (const [code, c] of Object.entries(COUNTRY_NAMES)) {
  for (const n of c.names) if (!n.includes(' ')) BY_WORD.set(nameKey(n), code);
}
const BY_DEMONYM = new Map<string, string>();
for (const [code, c] of Object.entries(COUNTRY_NAMES)) {
  for (const d of c.demonyms) for (const f of demonymForms(d)) if (!BY_DEMONYM.has(nameKey(f))) BY_DEMONYM.set(nameKey(f), code);
}

/** Country code of a single word that names a country or a nationality (`بليبيا` too). */
export function countryOfWord(text: string): { code: string; named: boolean } | null {
  const k = nameKey(text);
  for (const cand of procliticReadings(k, { conjunctions: 'وف', prepositions: 'بل' })) {
    const named = BY_WORD.get(cand);
    if (named) return { code: named, named: true };
    const adj = BY_DEMONYM.get(cand);
    if (adj && cand.length >= 4) return { code: adj, named: false };
  }
  return null;
}

/** Weights of the countries the tokens name or qualify. */
export function contextCountries(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind !== 'arabic') continue;
    const c = countryOfWord(t.text);
    if (c) out.set(c.code, (out.get(c.code) ?? 0) + (c.named ? NAMED_COUNTRY_WEIGHT : HINT_WEIGHT));
  }
  return out;
}

/** Adds `weight` to `code` in `map`. */
export function addCountry(map: Map<string, number>, code: string | null | undefined, weight = HINT_WEIGHT): void {
  if (code) map.set(code, (map.get(code) ?? 0) + weight);
}
