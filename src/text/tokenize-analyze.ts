/** Turns raw tokens into analyzed tokens: normalized form, clitics and the stem's sub-span. */

import { normalizeArabic, toAsciiDigits } from '../lang/ar/normalize.js';
import type { Token } from '../record/token.js';
import { analyzeClitics, surfaceIndex, type WordCounts } from './clitics.js';
import { isArabicMarkCode, tokenize, type RawToken } from './tokenize.js';

/** Marks, tatweel, ZWNJ/ZWJ: what normalization drops, so normalized letters map back one for one. */
const isDropped = isArabicMarkCode;

/** Normalized form of a token: `normalizeArabic` for letters, ASCII digits, lower-case Latin. */
export function normalizeToken(surface: string, kind: Token['kind']): string {
  if (kind === 'arabic') return normalizeArabic(surface).replace(/[\u200c\u200d]/g, '');
  if (kind === 'number') return toAsciiDigits(surface);
  if (kind === 'latin' || kind === 'mixed') return surface.toLowerCase();
  return surface;
}

/** Number of normalized letters before the first tatweel of `surface`, or -1. */
function tatweelBoundary(surface: string): number {
  const t = surface.indexOf('\u0640');
  if (t <= 0) return -1;
  let letters = 0;
  for (let i = 0; i < t; i++) if (!isDropped(surface.charCodeAt(i))) letters++;
  return letters;
}

/** Analyzes one raw token of `text` (see `analyzeClitics` for the clitic rules). */
export function analyzeToken(text: string, raw: RawToken, counts?: WordCounts): Token {
  const surface = text.slice(raw.start, raw.end);
  const norm = normalizeToken(surface, raw.kind);
  const token: Token = {
    start: raw.start,
    end: raw.end,
    text: surface,
    kind: raw.kind,
    norm,
    prefixes: [],
    suffix: '',
    stem: norm,
    stemStart: raw.start,
    stemEnd: raw.end,
  };
  if (raw.kind !== 'arabic' || surface.endsWith('.')) return token;
  const a = analyzeClitics(norm, counts, tatweelBoundary(surface), surface.endsWith('\u0629'));
  token.prefixes = a.prefixes;
  token.suffix = a.suffix;
  token.stem = a.stem;
  if (a.procliticLength > 0) token.stemStart = raw.start + surfaceIndex(surface, a.procliticLength, isDropped);
  return token;
}

/** Tokenizes and analyzes `text`; `counts` (word counts of a news corpus) settle clitic splits. */
export function tokenizeAnalyzed(text: string, counts?: WordCounts): Token[] {
  return tokenize(text).map((raw) => analyzeToken(text, raw, counts));
}
