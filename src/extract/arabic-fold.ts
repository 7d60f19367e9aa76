/**
 * Folding for matching page conventions (month names, boilerplate phrases) with a map back to
 * the original characters. Unlike `normalizeArabic`, it also folds digits and spaces and keeps,
 * for every folded character, the index of the character it came from.
 */

/** Diacritics, Quranic marks, tatweel, zero-width space and direction marks: dropped. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    c === 0x0640 ||
    c === 0x200b ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** True for the code units JavaScript's `\s` matches. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Folds one character for matching; '' drops it. */
function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c <= 0x20 && isSpaceCode(c) ? ' ' : ch;
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
  if (isDropped(c)) return '';
  if (isSpaceCode(c)) return ' ';
  return ch;
}

/**
 * Folds `text` for matching: alef forms to ا, ى and ی to ي, ة to ه, Eastern digits to ASCII,
 * dashes to '-', every space to ' '; drops diacritics, tatweel and direction marks.
 */
export function foldForMatch(text: string): string {
  return text.replace(CHANGED, foldChar);
}

/** The characters `foldChar` changes or drops; all others stay as they are. */
const CHANGED =
  /[\t\n\v\f\r\u00A0\u0610-\u061A\u0622\u0623\u0625\u0629\u0640\u064B-\u065F\u0660-\u0669\u066B\u066C\u0670\u0671\u0649\u06A9\u06CC\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u06F0-\u06F9\u1680\u2000-\u200F\u2013\u2014\u2028\u2029\u202A-\u202F\u205F\u2066-\u2069\u2212\u3000\uFEFF]/g;

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
