/**
 * Name keys for matching, never for display: a normalized key (hamza forms, ى/ي, ة/ه, tatweel,
 * diacritics, `ال` and punctuation folded away), a skeleton key that also drops long vowels and
 * doubled letters (`غات` and `غت` meet), and the Damerau–Levenshtein distance that lets a
 * transposition (`درودكال` / `دروكدال`) count as one edit.
 */

import { normalizeArabic } from '../lang/ar/normalize.js';

/** Quotes, brackets and punctuation that may cling to a name in text. */
const PUNCT = /[«»"'“”‘’()[\]{}،,؛;:.!?؟\-–—_/\\|*]/g;

/** Splits a name into normalized words, hamza carriers folded, Latin lower-cased; nothing joined or restored. */
export function plainWords(name: string): string[] {
  return normalizeArabic(name, { foldHamzaCarriers: true })
    .replace(/\u0621/g, '') // bare hamza: أسامة vs اسامه vs ءاسامة
    .replace(PUNCT, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * The words of a whole name (`plainWords`), read as a name:
 * - a first word that opens with ل and the article elided after it gets its article back
 *   (`للأمم المتحدة`, `لليمن`: the recognizer keeps such a word whole, as the text has no span
 *   for `الأمم` alone; it has already split ل off a word in ل such as `للبنان` → `لبنان`);
 * - `عبد` and a word with the article after it are one word (`عبد العزيز` = `عبدالعزيز`).
 * Token by token (`wordKey`, the alias scanner's trie) neither applies.
 */
export function nameWords(name: string): string[] {
  const words = plainWords(name);
  if (words.length > 0 && words[0]!.length >= 5 && words[0]!.startsWith('\u0644\u0644')) words[0] = `\u0627${words[0]!.slice(1)}`;
  for (let i = words.length - 2; i >= 0; i--) {
    if (words[i] === '\u0639\u0628\u062f' && /^\u0627\u0644/.test(words[i + 1]!)) words.splice(i, 2, words[i]! + words[i + 1]!);
  }
  return words;
}

/**
 * Drops the article of one normalized word (`الجزائر` → `جزائر`), keeping three letters at least:
 * a two-letter rest is seldom an article plus a name (`الله` is not `ال` + `له`, the Arabic name
 * of Leh in GeoNames).
 */
export function dropArticle(word: string): string {
  if (word.startsWith('ال') && word.length > 4) return word.slice(2);
  if (/^(?:al|el)-/.test(word) && word.length > 4) return word.slice(3);
  return word;
}

/** The normalized key of a name: words without their article, joined by one space. */
export function nameKey(name: string): string {
  return nameWords(name).map(dropArticle).join(' ');
}

/** The key of one token (the article dropped), for token-by-token matching; see `scanWords`. */
export function wordKey(word: string): string {
  return plainWords(word).map(dropArticle).join(' ');
}

/** The keys of a name's words as `wordKey` gives them, one per token: the alias scanner's trie. */
export function scanWords(name: string): string[] {
  return plainWords(name).map(dropArticle);
}

/**
 * The skeleton key: `nameKey` without long vowels (ا و ي after a word's first letter), final ه,
 * and with doubled letters collapsed: `غات` → `غت`, `درنة` → `درن`, `بلمختار` → `بلمختر`.
 */
export function skeletonKey(name: string): string {
  return nameKey(name)
    .split(' ')
    .map((w) => skeletonWord(w))
    .join(' ');
}

/** The skeleton of one normalized word (see `skeletonKey`). */
export function skeletonWord(w: string): string {
  if (!/[\u0600-\u06FF]/.test(w)) return w.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1') || w;
  const body = w.length > 2 ? w.replace(/ه$/, '') : w;
  const first = body[0] ?? '';
  const rest = body.slice(1).replace(/[اوي]/g, '');
  return (first + rest).replace(/(.)\1+/g, '$1');
}

/**
 * Damerau–Levenshtein distance (optimal string alignment): insertions, deletions, substitutions
 * and transpositions of two adjacent letters each cost 1. Stops early past `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/** Edit distance divided by the longer length: 0 for equal strings, 1 for nothing in common. */
export function normalizedDistance(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 0 : editDistance(a, b) / len;
}
