/** Tatweel repair: the stretching character ـ (U+0640) is dropped from words, `الليبيـة` → `الليبية`. */

import { HARAKA, isArabicLetter } from '../../lang/ar/normalize.js';
import type { Edit, RepairRule } from './repair-edit.js';

const TATWEEL_RUN = /\u0640+/g;

const isLetterOrMark = (ch: string): boolean => ch !== '' && (isArabicLetter(ch) || HARAKA.test(ch));

/** Number of Arabic letters (and marks) just before `end`. */
function wordLengthBefore(text: string, end: number): number {
  let k = end;
  while (k > 0 && isLetterOrMark(text[k - 1]!)) k--;
  return end - k;
}

/**
 * True when the tatweel run at `[start, end)` stretches a word and can go:
 * 1. inside a word, between letters or marks (`الليبيـة`, `يُــبَـتّ`, `لـعملياته`);
 * 2. at the end of a word of three letters or more (`البلادـ وقال`, a dash glued to it).
 * It stays where it is punctuation or a marker: alone between spaces (`ـ السماح`, a dash or a
 * bullet) and after the article or a one-letter word before a non-letter (`الـ24`, `هـ` for the
 * Hijri year, `بـ *`), which the tokenizer's abbreviation list knows.
 */
function stretches(text: string, start: number, end: number): boolean {
  const before = wordLengthBefore(text, start);
  if (before === 0) return false;
  if (isLetterOrMark(text[end] ?? '')) return true; // 1
  return before >= 3; // 2
}

/** Drops every run of tatweel that stretches a word, one edit per run. */
export const tatweelRule: RepairRule = {
  id: 'repair-tatweel',
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of text.matchAll(TATWEEL_RUN)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!stretches(text, start, end)) continue;
      edits.push({ rule: 'repair-tatweel', start, end, text: '', message: 'Tatweel (ـ) removed.' });
    }
    return edits;
  },
};
