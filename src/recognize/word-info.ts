/**
 * What the tagger knows about one word type, computed once per distinct surface form and
 * cached: normalized form, clitic analysis, shape, corpus count, clusters, trigger-list
 * membership, what its spelling says (char-name-model.ts), and the hashes of its own features.
 */

import { DIRECTIONS, PLACE_NOUNS, PLACE_PREPOSITIONS } from '../lang/ar/place-nouns.js';
import { ORG_HEADS, ARMED_GROUP_HEADS } from '../lang/ar/org-heads.js';
import { PERSON_TITLES, SPEECH_VERBS } from '../lang/ar/titles.js';
import { STOP_WORDS } from '../lang/ar/stop-words.js';
import { normalizeArabic } from '../lang/ar/normalize.js';
import type { TokenKind } from '../record/token.js';
import { analyzeClitics } from '../text/clitics.js';
import { normalizeToken } from '../text/tokenize-analyze.js';
import { tokenize } from '../text/tokenize.js';
import { feature, hashString } from './feature-hash.js';
import type { CharNameModel } from './char-name-model.js';
import type { WordStats } from './word-stats.js';

/** Trigger-list bits of a word (on its form without conjunction and preposition). */
export const TRIGGER = {
  title: 1,
  orgHead: 2,
  armedHead: 4,
  placeNoun: 8,
  direction: 16,
  speech: 32,
  stop: 64,
  placePrep: 128,
} as const;

function normSet(words: readonly string[]): Set<string> {
  return new Set(words.map((w) => normalizeArabic(w)));
}

const TRIGGER_SETS: Array<[number, Set<string>]> = [
  [TRIGGER.title, normSet(PERSON_TITLES)],
  [TRIGGER.orgHead, normSet(ORG_HEADS)],
  [TRIGGER.armedHead, normSet(ARMED_GROUP_HEADS)],
  [TRIGGER.placeNoun, normSet(PLACE_NOUNS)],
  [TRIGGER.direction, normSet(DIRECTIONS)],
  [TRIGGER.speech, normSet(SPEECH_VERBS)],
  [TRIGGER.placePrep, normSet(PLACE_PREPOSITIONS)],
];

/** Feature templates of a word itself (neighbour and tag templates are in features.ts). */
const T = {
  bias: 1, norm: 2, stem: 3, pre: 4, suf: 8, normSuf: 12, clitic: 14, enclitic: 15, shape: 16, count: 17,
  clFine: 18, clMid: 19, clCoarse: 20, trig: 21, gram: 22, key: 23, len: 24, stemClMid: 25, profile: 26, charName: 27,
} as const;

/** One word type. */
export interface WordInfo {
  surface: string;
  kind: TokenKind;
  norm: string;
  stem: string;
  /** Form without conjunction/preposition, article kept (`بالقاهرة` → `القاهره`): gazetteer key. */
  key: string;
  /** Normalized letters of conjunction and preposition (0 when none). */
  procliticLength: number;
  /** True when ل + the elided article (`للأمم`): the surface has no span for `ال…`. */
  elidedArticle: boolean;
  count: number;
  /** Corpus count of `key` (0 when unknown): tells a name that merely starts like ب/ك + ال. */
  keyCount: number;
  /** Letters of a conjunction (و/ف) before a preposition, 0 or 1, and the corpus count of `norm` without it. */
  conjunctionLength: number;
  bareCount: number;
  /** Fine, mid and coarse cluster (-1 when unknown). */
  cluster: number;
  clusterMid: number;
  trig: number;
  /** Entity profile code from the news corpus (0 when none); see `WordStats.profiles`. */
  profile: number;
  hNorm: number;
  hStem: number;
  /** Hashes of the last two letters of `norm` and the first two of `key` (for neighbours). */
  hSuf2: number;
  hPre2: number;
  /** Hash of `kind`. */
  hKind: number;
  /** Hashes of the word's own features. */
  self: Int32Array;
  /** Scores of the word under a fixed model, cached by the tagger (see `typeScores`). */
  scores?: Float32Array;
}

/**
 * The spelling model's features of a word: for each class of name whose posterior is at least
 * 0.5, 0.9 or 0.99 (naive Bayes posteriors crowd near 0 and 1, so the buckets are coarse and
 * high; not tuned), one feature of the class and bucket.
 */
export function spellingFeatures(model: CharNameModel, key: string): number[] {
  const post = model.posterior(key);
  const out: number[] = [];
  for (let c = 1; c < post.length; c++) {
    const b = post[c]! >= 0.99 ? 3 : post[c]! >= 0.9 ? 2 : post[c]! >= 0.5 ? 1 : 0;
    if (b) out.push(feature(T.charName, c * 4 + b));
  }
  return out;
}

/** Token kind of a string read from a CoNLL column. */
export function kindOf(surface: string): TokenKind {
  const raws = tokenize(surface);
  if (raws.length === 1) return raws[0]!.kind;
  if (raws.length === 0) return 'symbol';
  return raws.every((r) => r.kind === 'arabic') ? 'arabic' : 'mixed';
}

function shapeOf(surface: string, kind: TokenKind): string {
  if (kind !== 'latin' && kind !== 'mixed') return kind === 'punct' || kind === 'symbol' ? surface.slice(0, 3) : kind;
  return surface
    .replace(/[A-Z]+/g, 'X')
    .replace(/[a-z]+/g, 'x')
    .replace(/[0-9]+/g, 'd')
    .slice(0, 6);
}

/** Computes word infos with a cache (cleared when it grows past `maxCache` entries). */
export class WordInfoCache {
  private readonly cache = new Map<string, WordInfo>();

  constructor(
    private readonly stats: WordStats,
    private readonly maxCache = 200_000,
  ) {}

  /** The info of `surface` (a token as written). */
  get(surface: string): WordInfo {
    let info = this.cache.get(surface);
    if (info) return info;
    if (this.cache.size >= this.maxCache) this.cache.clear();
    info = this.compute(surface);
    this.cache.set(surface, info);
    return info;
  }

  /**
   * 1. Normalize and analyse clitics (with the corpus counts).
   * 2. Look up count, clusters and trigger lists.
   * 3. Hash the word's own features.
   */
  private compute(surface: string): WordInfo {
    const { stats } = this;
    // 1. Normalization and clitics.
    const kind = kindOf(surface);
    const norm = normalizeToken(surface, kind);
    let stem = norm;
    let key = norm;
    let procliticLength = 0;
    let elidedArticle = false;
    let cliticStr = '';
    let enclitic = '';
    if (kind === 'arabic' && !surface.endsWith('.')) {
      const t = surface.indexOf('\u0640');
      const a = analyzeClitics(norm, stats.counts, t > 0 ? normalizeArabic(surface.slice(0, t)).length : -1, surface.endsWith('\u0629'));
      stem = a.stem;
      procliticLength = a.procliticLength;
      elidedArticle = a.prefixes.includes('ال') && !a.articleWritten;
      key = elidedArticle ? 'ال' + a.stem : norm.slice(a.procliticLength);
      cliticStr = a.prefixes.join('+');
      enclitic = a.suffix;
    }
    // 2. Lookups.
    const count = stats.counts.get(norm) ?? 0;
    const keyCount = key === norm ? count : (stats.counts.get(key) ?? 0);
    const conjunctionLength = procliticLength > 1 && /^[\u0648\u0641]/.test(norm) ? 1 : 0;
    const bareCount = conjunctionLength ? (stats.counts.get(norm.slice(1)) ?? 0) : count;
    const cluster = stats.clusters.get(norm) ?? stats.clusters.get(key) ?? -1;
    const clusterMid = cluster >= 0 ? (stats.midOf[cluster] ?? -1) : -1;
    const stemCluster = stats.clusters.get(stem) ?? -1;
    let trig = STOP_WORDS.has(norm) ? TRIGGER.stop : 0;
    for (const [bit, set] of TRIGGER_SETS) if (set.has(key) || set.has(norm)) trig |= bit;
    // 3. Own features.
    const f: number[] = [];
    const hNorm = hashString(norm);
    const hStem = hashString(stem);
    f.push(feature(T.bias, 0), feature(T.norm, hNorm), feature(T.stem, hStem), feature(T.key, hashString(key)));
    const L = stem.length;
    for (let k = 1; k <= 4 && k < L; k++) {
      f.push(feature(T.pre + k - 1, hashString(stem.slice(0, k))), feature(T.suf + k - 1, hashString(stem.slice(L - k))));
    }
    for (let k = 1; k <= 2 && k < norm.length; k++) f.push(feature(T.normSuf + k - 1, hashString(norm.slice(norm.length - k))));
    if (L >= 5) for (let k = 0; k + 3 <= L && k < 8; k++) f.push(feature(T.gram, hashString(stem.slice(k, k + 3))));
    f.push(feature(T.clitic, hashString(cliticStr)), feature(T.enclitic, hashString(enclitic)));
    f.push(feature(T.shape, hashString(shapeOf(surface, kind))), feature(T.len, Math.min(L, 12)));
    f.push(feature(T.count, count === 0 ? 0 : 1 + Math.min(20, Math.floor(Math.log2(count)))));
    if (cluster >= 0) {
      f.push(feature(T.clFine, cluster), feature(T.clMid, clusterMid), feature(T.clCoarse, stats.coarseOf[clusterMid] ?? -1));
    } else f.push(feature(T.clFine, -1));
    if (stemCluster >= 0 && stem !== norm) f.push(feature(T.stemClMid, stats.midOf[stemCluster] ?? -1));
    if (trig) f.push(feature(T.trig, trig));
    const profile = stats.profiles?.get(key) ?? 0;
    if (profile) for (let k = 0; k < 4; k++) if ((profile >> (4 * k)) & 15) f.push(feature(T.profile, (k << 4) | ((profile >> (4 * k)) & 15)));
    if (stats.charModel && kind === 'arabic') f.push(...spellingFeatures(stats.charModel, key));
    return {
      surface, kind, norm, stem, key, procliticLength, elidedArticle, count, keyCount, conjunctionLength, bareCount, cluster, clusterMid, trig, profile, hNorm, hStem,
      hSuf2: hashString(norm.slice(-2)), hPre2: hashString(key.slice(0, 2)), hKind: hashString(kind),
      self: Int32Array.from(f),
    };
  }
}
