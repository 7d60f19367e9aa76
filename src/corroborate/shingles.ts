/** Word shingles of an Arabic-normalized text, hashed to 32-bit integers for MinHash. */

import { normalizeArabic, toAsciiDigits } from '../lang/ar/normalize.js';

/** Words for shingling: letters and digits; marks and tatweel are removed by normalization. */
const WORD = /[\p{L}\p{N}\p{M}\u0640]+/gu;

/** The normalized words of `text`: digits to ASCII, Arabic folded, Latin lower-cased. */
export function shingleWords(text: string): string[] {
  const norm = normalizeArabic(toAsciiDigits(text)).toLowerCase();
  return norm.match(WORD) ?? [];
}

/** 32-bit FNV-1a of a string's UTF-16 code units, finished with murmur3's fmix32. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** murmur3's 32-bit finalizer: spreads every input bit over the output. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The set of hashed word `k`-shingles of `text` (default 4, DESIGN.md: k = 3 to 5). A text of
 * fewer than `k` words gives one shingle of all its words, and an empty text none.
 */
export function wordShingles(text: string, k = 4): Set<number> {
  const words = shingleWords(text);
  const out = new Set<number>();
  if (words.length === 0) return out;
  if (words.length < k) {
    out.add(hashString(words.join(' ')));
    return out;
  }
  for (let i = 0; i + k <= words.length; i++) out.add(hashString(words.slice(i, i + k).join(' ')));
  return out;
}
