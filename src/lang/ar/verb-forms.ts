/**
 * Verb inflection for matching: the matching key of a word and the clitic-free inflected forms of
 * a verb from its two stems. Written by hand (no Arabic morphological analyzer exists for
 * Node.js); the forms are only looked up in closed lexicons, so an odd form costs nothing. Shared
 * by the resolver (verbs around a country: src/resolve/country-role.ts) and the relate stage.
 */

import { normalizeArabic } from './normalize.js';

/** Matching key: normalized (alef forms, ى, ة, diacritics, tatweel) with hamza carriers folded. */
export function fold(word: string): string {
  return normalizeArabic(word, { foldHamzaCarriers: true }).replace(/[\u200c\u200d]/g, '');
}

/** Past-tense endings: 3rd person forms, and the bare stem before an object pronoun (هاجموه). */
const PAST_ENDINGS = ['', 'ت', 'ا', 'وا', 'تا', 'ن', 'نا', 'تم', 'و'];
/** Present-tense prefixes and endings. */
const PRESENT_PREFIXES = ['ي', 'ت', 'ن', 'ا'];
const PRESENT_ENDINGS = ['', 'ون', 'وا', 'ان', 'ا', 'ن', 'ين', 'و'];

/**
 * The clitic-free inflected forms of a verb, folded: past from `past` (3rd masc. sg.), present
 * from `present` (the stem after ي). A past stem ending in ي (from ى: سعى) also drops it before
 * the endings (سعت، سعوا). Irregular forms come from the lexicon's `forms`.
 */
export function verbForms(past: string, present: string, extra: readonly string[] = []): string[] {
  const out = new Set<string>();
  const p = fold(past);
  for (const e of PAST_ENDINGS) out.add(p + e);
  if (p.endsWith('ي') || p.endsWith('ا')) {
    const base = p.slice(0, -1);
    for (const e of ['ت', 'وا', 'تا']) out.add(base + e);
  }
  if (present) {
    const r = fold(present);
    for (const pre of PRESENT_PREFIXES) for (const e of PRESENT_ENDINGS) out.add(pre + r + e);
  }
  for (const f of extra) out.add(fold(f));
  return [...out];
}
