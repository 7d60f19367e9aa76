/**
 * The tokenizer for Arabic news: one pass over the UTF-16 code units of `TextLayer.text`.
 * Written by hand because general tokenizers (Intl.Segmenter, wink, natural) split Arabic on
 * tatweel and marks, break `3.5` and `د.` apart, and know nothing of `ق.م`; this one keeps
 * words whole (clitics included), both digit sets, Latin words, URLs and Arabic punctuation.
 */

import { ARABIC_ABBREVIATIONS, LATIN_ABBREVIATIONS } from '../lang/ar/abbreviations.js';
import type { TokenKind } from '../record/token.js';

/** A token before analysis: its span and what it is made of. */
export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const ARABIC_ABBREV = new Set(ARABIC_ABBREVIATIONS.filter((a) => !a.includes('.')));
const ARABIC_DOTTED = ARABIC_ABBREVIATIONS.filter((a) => a.includes('.'));
const LATIN_ABBREV = new Set(LATIN_ABBREVIATIONS.filter((a) => !a.includes('.')));
const LATIN_DOTTED = LATIN_ABBREVIATIONS.filter((a) => a.includes('.'));

// Character classes by code unit (fast paths; no regular expressions per character).

/** Arabic letters, including the Persian and Urdu additions. */
export function isArabicLetterCode(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x063f) || (c >= 0x0641 && c <= 0x064a) || c === 0x066e || c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5 || (c >= 0x06fa && c <= 0x06fc) || c === 0x06ff
  );
}

/** Marks that live inside an Arabic word: harakat, Quranic marks, tatweel, ZWNJ/ZWJ. */
export function isArabicMarkCode(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 ||
    (c >= 0x06d6 && c <= 0x06ed && c !== 0x06dd && c !== 0x06de && c !== 0x06e9) || c === 0x200c || c === 0x200d
  );
}

/** ASCII, Arabic-Indic and Extended Arabic-Indic digits. */
export function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

/** Spaces, line breaks and the invisible format characters news pages are full of. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f || (c >= 0x2060 && c <= 0x2069) || c === 0x3000 || c === 0xfeff || c === 0x061c
  );
}

const LETTER = /\p{L}|\p{M}/u;

/** Letters of any other script (Latin mostly) and their combining marks. */
function isOtherLetterCode(c: number, ch: string): boolean {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  if (c < 0xc0) return false;
  return LETTER.test(ch);
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c; // . , ٫ ٬
}

/** True when `text` at `pos` starts with `word` and no letter follows it. */
function matchesAt(text: string, pos: number, word: string): boolean {
  if (!text.startsWith(word, pos)) return false;
  const next = text.charCodeAt(pos + word.length);
  return Number.isNaN(next) || !(isArabicLetterCode(next) || isOtherLetterCode(next, text[pos + word.length]!));
}

/**
 * Splits `text` into raw tokens, in order, covering every non-space character.
 *
 * 1. Arabic words: letters with their marks and tatweel (`لـعملياته` stays one token);
 *    a one-letter word or a listed abbreviation keeps a following period (`د.`, `ق.م`).
 * 2. Numbers in either digit set with inner separators between digits (`3.5`, `1,700`, `٣٫٥`).
 * 3. Latin words with digits and inner apostrophes (`MH17`, `O'Neil`); a capital initial or
 *    a listed abbreviation keeps its period (`J.`, `Dr.`).
 * 4. URLs up to the next space.
 * 5. Anything else is one punctuation or symbol token; runs of the same mark (`...`, `!!`) join.
 */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    // 1. Arabic word (marks before a letter attach to it).
    if (isArabicLetterCode(c) || (isArabicMarkCode(c) && c !== 0x200c && c !== 0x200d)) {
      const dotted = ARABIC_DOTTED.find((a) => matchesAt(text, i, a));
      if (dotted) {
        i += dotted.length;
        if (text.charCodeAt(i) === 0x2e) i++;
        out.push({ start, end: i, kind: 'arabic' });
        continue;
      }
      let letters = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isArabicLetterCode(d)) letters++;
        else if (!isArabicMarkCode(d)) break;
        i++;
      }
      if (text.charCodeAt(i) === 0x2e && (letters === 1 || ARABIC_ABBREV.has(text.slice(start, i))) && !isDigitCode(text.charCodeAt(i + 1))) {
        i++;
      }
      out.push({ start, end: i, kind: letters > 0 ? 'arabic' : 'symbol' });
      continue;
    }
    // 2. Number.
    if (isDigitCode(c)) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigitCode(d)) i++;
        else if (isNumberSeparator(d) && isDigitCode(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      let kind: TokenKind = 'number';
      if (i < n && isOtherLetterCode(text.charCodeAt(i), text[i]!)) {
        kind = 'mixed'; // 4G, 3D, 21st
        while (i < n && (isOtherLetterCode(text.charCodeAt(i), text[i]!) || isDigitCode(text.charCodeAt(i)))) i++;
      }
      out.push({ start, end: i, kind });
      continue;
    }
    // 4. URL (checked before Latin words, which it starts like).
    if ((c === 0x68 || c === 0x77) && /^(?:https?:\/\/|www\.)\S/.test(text.slice(i, i + 9))) {
      while (i < n && !isSpaceCode(text.charCodeAt(i))) i++;
      while (i > start + 1 && /[.,;:!?)»"'،؛]/.test(text[i - 1]!)) i--;
      out.push({ start, end: i, kind: 'symbol' });
      continue;
    }
    // 3. Latin (or any other script) word.
    if (isOtherLetterCode(c, text[i]!)) {
      const dotted = LATIN_DOTTED.find((a) => matchesAt(text, i, a));
      if (dotted) {
        i += dotted.length;
        if (text.charCodeAt(i) === 0x2e) i++;
        out.push({ start, end: i, kind: 'latin' });
        continue;
      }
      let digits = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isOtherLetterCode(d, text[i]!)) i++;
        else if (isDigitCode(d)) {
          digits = true;
          i++;
        } else if ((d === 0x27 || d === 0x2019) && i + 1 < n && isOtherLetterCode(text.charCodeAt(i + 1), text[i + 1]!)) i += 2;
        else break;
      }
      const word = text.slice(start, i);
      if (text.charCodeAt(i) === 0x2e && ((i - start === 1 && c >= 0x41 && c <= 0x5a) || LATIN_ABBREV.has(word))) i++;
      out.push({ start, end: i, kind: digits ? 'mixed' : 'latin' });
      continue;
    }
    // 5. Punctuation or symbol; runs of the same character join.
    const cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    while (i < n && text.charCodeAt(i) === c && cp <= 0xffff) i++;
    out.push({ start, end: i, kind: /[\p{P}]/u.test(text[start]!) ? 'punct' : 'symbol' });
  }
  return out;
}
