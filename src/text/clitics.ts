/**
 * Clitic analysis of one Arabic word: the conjunction, preposition and article glued before it
 * and the pronoun after it, set aside conservatively so the stem is a real word. Written by hand
 * because the Node.js ecosystem has no Arabic morphological analyzer; word counts from a news
 * corpus (optional) settle the splits that spelling alone cannot (`وجماعة` = و + جماعة but
 * `وزير` is one word; `بليبيا` = ب + ليبيا but `بنغازي` is one word). Rules that only need a
 * glued conjunction or preposition set aside by spelling use `stripProclitics` and
 * `procliticReadings` instead, each naming the letters it allows.
 */

import { ARTICLE, CONJUNCTIONS, MIN_STEM_LETTERS, PREPOSITIONS, PRONOUN_SUFFIXES } from '../lang/ar/clitics.js';
import { STOP_WORDS } from '../lang/ar/stop-words.js';

/** How often a normalized word occurs in a reference corpus; a `Map<string, number>` fits. */
export interface WordCounts {
  get(word: string): number | undefined;
}

/** The clitics of one word. All strings are normalized. */
export interface CliticAnalysis {
  /** Proclitics in reading order, the article included: `والقاهرة` → `['و', 'ال']`. */
  prefixes: string[];
  /**
   * Normalized letters taken by the conjunction and preposition, not by the article:
   * the stem span (article kept) starts after them. 1 for `للتحقيق` (ل, then the article).
   */
  procliticLength: number;
  /** True when the article is written, elided after ل (`للتحقيق`) counts as not written. */
  articleWritten: boolean;
  /** The pronoun suffix, or ''. */
  suffix: string;
  /** The word without prefixes (article included) and suffix. */
  stem: string;
}

/** Tuned on the seed and ANERcorp-dev spans: a split needs its stem this often in the corpus. */
const MIN_STEM_COUNT = 3;

function count(counts: WordCounts | undefined, word: string): number {
  return counts?.get(word) ?? 0;
}

const CONJ = new Set(CONJUNCTIONS);
const PREP = new Set(PREPOSITIONS);

/**
 * Analyses `norm` (a normalized Arabic word). `boundary` is the number of letters before the
 * first tatweel of the surface (`لـعملياته` → 1), a sure sign of a clitic; -1 when none.
 * `taMarbuta` tells that the surface ends in ة, so a final ه of `norm` is not a pronoun.
 *
 * 1. The article with its conjunction and preposition (`وبالقاهرة`, `للتحقيق`): by spelling,
 *    checked against the counts when `لل` could also be ل + a word in ل (`لليبيا`).
 * 2. A conjunction and/or preposition without the article: only when the counts know the rest
 *    at least as well as the whole word and the rest is not a stop word, or after a tatweel.
 * 3. A pronoun suffix, never after the article: when the counts know the stem well.
 */
export function analyzeClitics(norm: string, counts?: WordCounts, boundary = -1, taMarbuta = false): CliticAnalysis {
  const none: CliticAnalysis = { prefixes: [], procliticLength: 0, articleWritten: false, suffix: '', stem: norm };
  const n = norm.length;
  if (n < MIN_STEM_LETTERS + 1) return none;
  // Reading the conjunction and the preposition.
  const c0 = norm[0]!;
  let pos = 0;
  const pre: string[] = [];
  const conj = CONJ.has(c0) ? c0 : '';
  // 1. Article forms, longest first: [conj][prep]ال… and [conj]لل….
  for (const withConj of conj ? [true, false] : [false]) {
    const at = withConj ? 1 : 0;
    const p = norm[at] ?? '';
    if (p === 'ل' && norm[at + 1] === 'ل' && n - at - 2 >= MIN_STEM_LETTERS) {
      const rest = norm.slice(at + 2);
      const asArticle = count(counts, ARTICLE + rest);
      const asWord = count(counts, 'ل' + rest);
      if (!counts || asArticle >= asWord) {
        return finish([...(withConj ? [conj] : []), 'ل', ARTICLE], at + 1, false, rest);
      }
      return finish([...(withConj ? [conj] : []), 'ل'], at + 1, false, 'ل' + rest, true);
    }
    if ((p === 'ب' || p === 'ك' || p === 'ل') && norm.startsWith(ARTICLE, at + 1) && n - at - 3 >= MIN_STEM_LETTERS) {
      return finish([...(withConj ? [conj] : []), p, ARTICLE], at + 1, true, norm.slice(at + 3));
    }
    if (norm.startsWith(ARTICLE, at) && n - at - 2 >= MIN_STEM_LETTERS) {
      if (at === 0) return finish([ARTICLE], 0, true, norm.slice(2));
      return finish([conj, ARTICLE], 1, true, norm.slice(at + 2));
    }
  }
  // 2. Conjunction and/or preposition without the article.
  const whole = count(counts, norm);
  const candidates: Array<[string[], number]> = [];
  if (conj && PREP.has(norm[1]!)) candidates.push([[conj, norm[1]!], 2]);
  if (conj) candidates.push([[conj], 1]);
  if (PREP.has(c0)) candidates.push([[c0], 1]);
  for (const [prefixes, len] of candidates) {
    if (n - len < MIN_STEM_LETTERS + 1) continue;
    const rest = norm.slice(len);
    if (STOP_WORDS.has(rest)) continue;
    if (prefixes[prefixes.length - 1] === 'س' && !/^[يتنا]/.test(rest)) continue;
    const sure = boundary === len;
    const known = count(counts, rest);
    if (sure || (known >= MIN_STEM_COUNT && known >= whole)) {
      pos = len;
      pre.push(...prefixes);
      break;
    }
  }
  return finish(pre, pos, false, norm.slice(pos), true);

  // 3. The pronoun suffix, on whatever stem is left.
  function finish(prefixes: string[], procliticLength: number, articleWritten: boolean, rest: string, maySuffix = false): CliticAnalysis {
    let suffix = '';
    let stem = rest;
    if (maySuffix && counts) {
      for (const s of PRONOUN_SUFFIXES) {
        if (rest.length - s.length < MIN_STEM_LETTERS + 1 || !rest.endsWith(s)) continue;
        if (s === 'ه' && taMarbuta) continue;
        const base = rest.slice(0, rest.length - s.length);
        // A stem before a pronoun writes ة as ت: عملياته → عمليات, مدينته → مدينة (ه normalized).
        const known = Math.max(count(counts, base), base.endsWith('ت') ? count(counts, base.slice(0, -1) + 'ه') : 0);
        const factor = s.length === 1 ? 5 : 1;
        if (known >= MIN_STEM_COUNT && known >= factor * count(counts, rest)) {
          suffix = s;
          stem = base;
        }
        break;
      }
    }
    return { prefixes, procliticLength, articleWritten, suffix, stem };
  }
}

/**
 * Letters of the one-letter proclitics a rule sets aside by spelling, each set a string of
 * alternatives (`'وف'`). Every rule names its own sets (one allows ك, another only ب), so they
 * are parameters rather than the lists of lang/ar/clitics.ts.
 */
export interface ProcliticLetters {
  /** Conjunctions that may open the word, e.g. `'وف'`. Default: none. */
  conjunctions?: string;
  /** Prepositions that may follow the conjunction (or open the word), e.g. `'بل'`. Default: none. */
  prepositions?: string;
}

/**
 * `word` without a glued conjunction and then a glued preposition, each optional and each one
 * letter of its set, read by spelling alone (nothing checks that the rest is a word):
 * `وبمدينة` → `مدينة` with `{ conjunctions: 'وف', prepositions: 'ب' }`. Does what
 * `word.replace(/^[وف]?[ب]?/, '')` does.
 */
export function stripProclitics(word: string, letters: ProcliticLetters): string {
  const { conjunctions = '', prepositions = '' } = letters;
  let i = 0;
  if (i < word.length && conjunctions.includes(word[i]!)) i++;
  if (i < word.length && prepositions.includes(word[i]!)) i++;
  return i === 0 ? word : word.slice(i);
}

/**
 * The readings of `word` when a glued conjunction or preposition is unsure, to look up in turn:
 * the word as written, without its conjunction, then without its preposition too
 * (`وبليبيا` → `وبليبيا`, `بليبيا`, `ليبيا`). A reading is a copy of the one before it when the
 * clitic is not there, so the first reading found in a lexicon is the longest form it knows.
 */
export function procliticReadings(word: string, letters: ProcliticLetters): [string, string, string] {
  return [word, stripProclitics(word, { conjunctions: letters.conjunctions ?? '' }), stripProclitics(word, letters)];
}

/**
 * Index in `surface` where the normalized letter `k` of `norm` begins, given that
 * normalization only drops marks and tatweel; marks and tatweel right before it are skipped.
 */
export function surfaceIndex(surface: string, k: number, isDropped: (code: number) => boolean): number {
  let seen = 0;
  let i = 0;
  while (i < surface.length) {
    const c = surface.charCodeAt(i);
    if (!isDropped(c)) {
      if (seen === k) return i;
      seen++;
    }
    i++;
  }
  return surface.length;
}
