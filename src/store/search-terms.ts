/** Search terms: the normalized, lightly stemmed words of a text, with offsets into the real text. */

import { stemArabicWord } from '../lang/ar/light-stemmer.js';
import { normalizeArabic, toAsciiDigits } from '../lang/ar/normalize.js';

/** One indexed word: its span in the original text and the stem that is indexed. */
export interface Term {
  start: number;
  end: number;
  stem: string;
}

/** A word: letters, digits, combining marks and tatweel (so diacritics never split a word). */
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

/** The search form of one word: digits to ASCII, Arabic normalized and stemmed, Latin lower-cased. */
export function termOf(word: string): string {
  const norm = normalizeArabic(toAsciiDigits(word)).toLowerCase();
  return /[\u0600-\u06FF]/.test(norm) ? stemArabicWord(norm) : norm;
}

/** Every word of `text` with its span and stem, in order. Empty stems are dropped. */
export function searchTerms(text: string): Term[] {
  const out: Term[] = [];
  for (const m of text.matchAll(WORD)) {
    const stem = termOf(m[0]);
    if (stem !== '') out.push({ start: m.index, end: m.index + m[0].length, stem });
  }
  return out;
}

/** The text to put in the full-text index: stems separated by spaces, in order. */
export function indexForm(text: string): string {
  return searchTerms(text)
    .map((t) => t.stem)
    .join(' ');
}

/**
 * An FTS5 MATCH expression for a user query: every word must occur (AND), each as a quoted
 * stem so FTS5 operators in user input are inert. Null when the query has no word.
 */
export function ftsQuery(query: string): string | null {
  const stems = [...new Set(searchTerms(query).map((t) => t.stem))];
  if (stems.length === 0) return null;
  return stems.map((s) => `"${s.replace(/"/g, '""')}"`).join(' ');
}
