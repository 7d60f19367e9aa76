/**
 * Missing-space repair: a space is inserted after Arabic punctuation glued to the next word
 * (`المصري،قَدِموا` → `المصري، قَدِموا`) and after a period or comma between two Arabic words
 * (`والتمويل.ونسبت`), never inside numbers, web addresses or abbreviations (`د.`, `ق.م`).
 */

import { HARAKA, HARAKAT, isArabicLetter, normalizeArabic } from '../../lang/ar/normalize.js';
import { ARABIC_CLAUSE_MARKS, ARABIC_TLDS, LATIN_CLAUSE_MARKS } from '../../lang/ar/punctuation.js';
import type { Edit, RepairRule } from './repair-edit.js';

/** Longest spelled-out Latin letter in a dotted acronym (`بي`, `إتش`, `كيو`). */
const MAX_ACRONYM_LETTER = 3;
const OPENERS = /[«([“"]/;
/** A mark of ARABIC_CLAUSE_MARKS or LATIN_CLAUSE_MARKS followed by a character that is not a space. */
const GLUED_MARK = new RegExp(
  `[${[...ARABIC_CLAUSE_MARKS, ...LATIN_CLAUSE_MARKS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}](?=\\S)`,
  'g',
);

const isLetter = (ch: string): boolean => ch !== '\u0640' && isArabicLetter(ch);
const isWordChar = (ch: string): boolean => isLetter(ch) || HARAKA.test(ch);

/** The Arabic letters of the word ending just before `i` (diacritics skipped). */
function wordBefore(text: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && isWordChar(text[k]!)) k--;
  return text.slice(k + 1, i).replace(HARAKAT, '');
}

/** The Arabic letters of the word starting at `i`. */
function wordAfter(text: string, i: number): string {
  let k = i;
  while (k < text.length && isWordChar(text[k]!)) k++;
  return text.slice(i, k).replace(HARAKAT, '');
}

/**
 * Lengths (in letters) of the Arabic words of the dotted chain around the period at `i`
 * (`يو.بي.اس` → 2, 2, 2), read as far as words and periods alternate.
 */
function dottedChain(text: string, i: number): number[] {
  let s = i;
  let e = i + 1;
  while (s > 0 && (isWordChar(text[s - 1]!) || (text[s - 1] === '.' && isWordChar(text[s - 2] ?? '')))) s--;
  while (e < text.length && (isWordChar(text[e]!) || (text[e] === '.' && isWordChar(text[e + 1] ?? '')))) e++;
  return text
    .slice(s, e)
    .split('.')
    .map((w) => w.replace(HARAKAT, '').length);
}

/** The run of non-space characters around `i`, where URLs and e-mail addresses live. */
function chunkAround(text: string, i: number): string {
  let s = i;
  let e = i;
  while (s > 0 && !/\s/.test(text[s - 1]!)) s--;
  while (e < text.length && !/\s/.test(text[e]!)) e++;
  return text.slice(s, e);
}

/** True when the next word (after an opening quote or bracket) starts with an Arabic letter. */
function arabicWordFollows(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (OPENERS.test(ch)) return isLetter(text[i + 1] ?? '');
  return isLetter(ch);
}

/**
 * Decides whether a space is due after the mark at `i`:
 * 1. Arabic marks (، ؛ ؟) before an Arabic word, always.
 * 2. Latin marks only between an Arabic letter (or diacritic) and an Arabic letter, and not
 *    a. next to a one-letter word: `د.محمد`, `ق.م`, `أ.د` are abbreviations, `محمد.أ` an initial;
 *    b. inside something that looks like a web or e-mail address (`@`, `://`, `www.`), or before
 *       an Arabic top-level domain (`وزارة.مصر`);
 *    c. inside a dotted acronym of spelled-out Latin letters (`بي.بي`, `ام.تي.في`, `سي.إن.إن`):
 *       both words short, or most words short in a chain of several periods. (Deciding a chain
 *       as a whole keeps the repair stable: a second run inserts nothing more.)
 */
function spaceDue(text: string, i: number): boolean {
  const mark = text[i]!;
  // 1. Arabic punctuation.
  if (ARABIC_CLAUSE_MARKS.has(mark)) return arabicWordFollows(text, i + 1);
  // 2. Latin punctuation between Arabic words.
  const prev = text[i - 1] ?? '';
  if (!isWordChar(prev) || !isLetter(text[i + 1] ?? '')) return false;
  const before = wordBefore(text, i).length;
  const after = wordAfter(text, i + 1);
  if (before <= 1 || after.length <= 1) return false; // 2a
  if (mark === '.') {
    const chunk = chunkAround(text, i);
    if (/@|:\/\/|www\./i.test(chunk)) return false; // 2b
    if (ARABIC_TLDS.has(normalizeArabic(after))) return false;
    if (before <= MAX_ACRONYM_LETTER && after.length <= MAX_ACRONYM_LETTER) return false; // 2c
    const chain = dottedChain(text, i);
    if (chain.length >= 3 && 2 * chain.filter((n) => n <= MAX_ACRONYM_LETTER).length > chain.length) return false;
  }
  return true;
}

/** Inserts one space after each punctuation mark glued to the following Arabic word. */
export const missingSpaceRule: RepairRule = {
  id: 'repair-missing-space',
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of text.matchAll(GLUED_MARK)) {
      const i = m.index;
      const mark = m[0];
      if (!spaceDue(text, i)) continue;
      edits.push({
        rule: 'repair-missing-space',
        start: i + 1,
        end: i + 1,
        text: ' ',
        message: `Missing space after ${mark} inserted.`,
      });
    }
    return edits;
  },
};
