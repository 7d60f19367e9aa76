/**
 * Folding for matching page conventions (month names, boilerplate phrases) with a map back to
 * the original characters. Unlike `normalizeArabic`, it also folds digits and spaces and keeps,
 * for every folded character, the index of the character it came from.
 */

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const SPACE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000\uFEFF]/;

/** Folds one character for matching; '' drops it. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v' ? ' ' : ch;
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(48 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(48 + c - 0x06f0);
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return '\u0627';
    case 0x0649: // ى
    case 0x06cc: // ی
      return '\u064a';
    case 0x0629: // ة
      return '\u0647';
    case 0x06a9: // ک
      return '\u0643';
    case 0x066b: // Arabic decimal separator
      return '.';
    case 0x066c: // Arabic thousands separator
      return ',';
    case 0x2013: // –
    case 0x2014: // —
    case 0x2212: // −
      return '-';
  }
  if (DROP.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  return ch;
}

/**
 * Folds `text` for matching: alef forms to ا, ى and ی to ي, ة to ه, Eastern digits to ASCII,
 * dashes to '-', every space to ' '; drops diacritics, tatweel and direction marks.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** A folded text with `index[i]` = position in the original of folded character `i`. */
export interface FoldedText {
  text: string;
  /** One entry per folded character, plus one for the end (the original length). */
  index: number[];
}

/** Folds `text` as `foldForMatch` does, keeping where each folded character came from. */
export function foldWithMap(text: string): FoldedText {
  const parts: string[] = [];
  const index: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    if (f.length === 0) continue;
    parts.push(f);
    index.push(i);
  }
  index.push(text.length);
  return { text: parts.join(''), index };
}

/** Folds and also collapses spaces and trims, for comparing short labels. */
export function foldLabel(text: string): string {
  return foldForMatch(text).replace(/ +/g, ' ').trim();
}

/** Escapes a string for use in a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A RegExp alternation of folded `phrases`, longest first, with spaces matching any run of spaces. */
export function phraseAlternation(phrases: readonly string[]): string {
  const folded = [...new Set(phrases.map(foldLabel).filter((p) => p.length > 0))];
  folded.sort((a, b) => b.length - a.length);
  return folded.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');
}
