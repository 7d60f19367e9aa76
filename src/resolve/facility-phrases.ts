/**
 * Facility phrases: a state's facility named with its country (`قنصلية الولايات المتحدة`,
 * `القنصلية الأمريكية`, `سفارة مصر`). The phrase is an organization of subtype government (the
 * government's facility, which news reports attacked or besieged), not the country as a place;
 * the two spellings of one facility share an entity. The seed's consulate is the fixture.
 */

import { FACILITY_NOUNS } from '../lang/ar/actor-cues.js';
import { normalizeArabic } from '../lang/ar/normalize.js';
import type { Token } from '../record/token.js';
import { procliticReadings } from '../text/clitics.js';
import { countryOfWord } from './context-countries.js';
import { countryOfName } from './country-role.js';
import { nameKey } from './name-key.js';

/** A mention the finder may build on: a country's name. */
export interface FacilityBase {
  text: string;
  tokenStart: number;
  tokenEnd: number;
}

/** A facility phrase found in the tokens. */
export interface FacilityPhrase {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** ISO alpha-2 code of the facility's country. */
  country: string;
  /** Normalized key of the facility noun (`قنصليه`), for grouping. */
  noun: string;
  /** Index in `bases` of the country mention it includes, or -1 (an adjective of nationality). */
  replaces: number;
}

const NOUNS = new Set(FACILITY_NOUNS.filter((w) => !w.includes(' ')).map(nameKey));

/** The facility noun a token is (a glued conjunction or preposition allowed), or null. */
function facilityNoun(t: Token): string | null {
  const k = nameKey(t.text);
  for (const cand of procliticReadings(k, { conjunctions: 'وف', prepositions: 'بل' })) if (NOUNS.has(cand)) return cand;
  return null;
}

/** True when the word carries the article, after any glued conjunction or preposition. */
function hasArticle(t: Token): boolean {
  return /^(?:[وف]?[بك]?ال|[وف]?لل)/.test(normalizeArabic(t.text));
}

/**
 * Finds facility phrases. Numbered steps:
 * 1. a facility noun on a token no mention covers;
 * 2. followed by a mention that names a country (`قنصلية الولايات المتحدة`): the phrase takes
 *    the mention in;
 * 3. or, with the article, by an adjective of nationality (`القنصلية الأمريكية`).
 */
export function findFacilities(tokens: readonly Token[], bases: readonly FacilityBase[], covered: ReadonlySet<number>): FacilityPhrase[] {
  const startsAt = new Map<number, number>();
  bases.forEach((b, k) => startsAt.set(b.tokenStart, k));
  const out: FacilityPhrase[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // 1.
    const t = tokens[i]!;
    if (covered.has(i) || t.kind !== 'arabic') continue;
    const noun = facilityNoun(t);
    if (!noun) continue;
    const start = Math.max(t.start, t.stemStart);
    // 2.
    const k = startsAt.get(i + 1);
    const base = k === undefined ? undefined : bases[k];
    const country = base ? countryOfName(base.text) : null;
    if (base && country) {
      out.push({ start, end: tokens[base.tokenEnd - 1]!.end, tokenStart: i, tokenEnd: base.tokenEnd, country: country.code, noun, replaces: k! });
      i = base.tokenEnd - 1;
      continue;
    }
    // 3.
    const adj = tokens[i + 1]!;
    if (covered.has(i + 1) || !hasArticle(t) || !hasArticle(adj)) continue;
    const c = countryOfWord(adj.text);
    if (c && !c.named) {
      out.push({ start, end: adj.end, tokenStart: i, tokenEnd: i + 2, country: c.code, noun, replaces: -1 });
      i++;
    }
  }
  return out;
}
