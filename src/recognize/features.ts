/**
 * Sentence features for the tagger, beyond each token's own (word-info.ts): a ±2 window
 * of words, stems and clusters, the neighbours' first and last two letters, word bigrams, trigger words before and after, and gazetteer
 * matches as B/I features. Tag-history features are added while decoding (tagger.ts).
 */

import { feature, feature2 } from './feature-hash.js';
import { GAZETTEER_KINDS, type Gazetteer, type GazetteerMatch } from './gazetteer.js';
import type { WordInfo } from './word-info.js';

/** Templates of the window features (ids above those of word-info.ts). */
const T = {
  wM1: 40, wP1: 41, wM2: 42, wP2: 43, sM1: 44, sP1: 45, clM1: 46, clP1: 47, clfM1: 48, clfP1: 49,
  biM: 50, biP: 51, trigM1: 52, trigM2: 53, trigP1: 54, gaz: 55, gazM1: 56, gazP1: 57, trigM1Cl: 58,
  kindM1: 59, kindP1: 60, gazTrig: 61, trigM1W: 62, trigM2W: 63, sufM1: 68, sufP1: 69, preP1: 70, preM1: 71,
} as const;

const BOS = 0x51f15e;
const EOS = 0x2e05;

/** Context features of a sentence: `offsets[i]..offsets[i+1]` index token i's hashes in `hashes`. */
export interface SentenceFeatures {
  hashes: Int32Array;
  offsets: Int32Array;
  infos: WordInfo[];
  /** The sentence's gazetteer matches (null without gazetteers). */
  gaz: GazetteerMatch | null;
}

/**
 * Indices of the gazetteer kinds that are features of the tagger: all but `club`, which only the
 * club rules read (club-rules.ts). The model was trained without it; as a feature it would
 * change every model.
 */
const FEATURE_KINDS = Int32Array.from(GAZETTEER_KINDS.flatMap((kind, k) => (kind === 'club' ? [] : [k])));

/** Gazetteer code of token i for kind bit k: 0 none, 1 single-word begin, 2 longer begin, 3 inside. */
function gazCode(begin: number, single: number, inside: number, bit: number): number {
  if (begin & bit) return single & bit ? 1 : 2;
  return inside & bit ? 3 : 0;
}

/**
 * Computes the context features of every token of a sentence.
 *
 * 1. Gazetteer matches over the sentence (keys and normalized forms).
 * 2. Per token: window, trigger and gazetteer features (its own features stay on its info).
 */
export function sentenceFeatures(infos: WordInfo[], gazetteer: Gazetteer | null): SentenceFeatures {
  const n = infos.length;
  // 1. Gazetteer.
  const gaz = gazetteer ? gazetteer.match(infos.map((x) => x.key), infos.map((x) => x.norm)) : null;
  // 2. Token features, into a buffer that grows when needed.
  let out = new Int32Array(Math.max(64, n * 40));
  let len = 0;
  const push = (h: number): void => {
    if (len === out.length) {
      const bigger = new Int32Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    out[len++] = h;
  };
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    const w = infos[i]!;
    const m1 = infos[i - 1];
    const m2 = infos[i - 2];
    const p1 = infos[i + 1];
    const p2 = infos[i + 2];
    push(feature(T.wM1, m1 ? m1.hNorm : BOS)); push(feature(T.wP1, p1 ? p1.hNorm : EOS));
    push(feature(T.wM2, m2 ? m2.hNorm : BOS)); push(feature(T.wP2, p2 ? p2.hNorm : EOS));
    push(feature(T.sM1, m1 ? m1.hStem : BOS)); push(feature(T.sP1, p1 ? p1.hStem : EOS));
    push(feature(T.clM1, m1 ? m1.clusterMid : -2)); push(feature(T.clP1, p1 ? p1.clusterMid : -2));
    push(feature(T.clfM1, m1 ? m1.cluster : -2)); push(feature(T.clfP1, p1 ? p1.cluster : -2));
    push(feature2(T.biM, m1 ? m1.hNorm : BOS, w.hNorm)); push(feature2(T.biP, w.hNorm, p1 ? p1.hNorm : EOS));
    push(feature(T.sufM1, m1 ? m1.hSuf2 : -2)); push(feature(T.sufP1, p1 ? p1.hSuf2 : -2));
    push(feature(T.preM1, m1 ? m1.hPre2 : -2)); push(feature(T.preP1, p1 ? p1.hPre2 : -2));
    push(feature(T.kindM1, m1 ? m1.hKind : -2)); push(feature(T.kindP1, p1 ? p1.hKind : -2));
    if (m1?.trig) {
      push(feature(T.trigM1, m1.trig)); push(feature2(T.trigM1Cl, m1.trig, w.clusterMid));
      if (m1.trig & ~64) push(feature2(T.trigM1W, m1.trig, w.hNorm));
    }
    if (m2?.trig) {
      push(feature(T.trigM2, m2.trig));
      if (m2.trig & ~64) push(feature2(T.trigM2W, m2.trig, w.hNorm));
    }
    if (p1?.trig) push(feature(T.trigP1, p1.trig));
    if (gaz) {
      for (let f = 0; f < FEATURE_KINDS.length; f++) {
        const k = FEATURE_KINDS[f]!;
        const bit = 1 << k;
        const c0 = gazCode(gaz.begin[i]!, gaz.single[i]!, gaz.inside[i]!, bit);
        if (c0) {
          push(feature(T.gaz, k * 4 + c0));
          if (m1?.trig) push(feature2(T.gazTrig, k * 4 + c0, m1.trig));
        }
        if (i > 0) {
          const c1 = gazCode(gaz.begin[i - 1]!, gaz.single[i - 1]!, gaz.inside[i - 1]!, bit);
          if (c1) push(feature(T.gazM1, k * 4 + c1));
        }
        if (i + 1 < n) {
          const c2 = gazCode(gaz.begin[i + 1]!, gaz.single[i + 1]!, gaz.inside[i + 1]!, bit);
          if (c2) push(feature(T.gazP1, k * 4 + c2));
        }
      }
    }
  }
  offsets[n] = len;
  return { hashes: out.subarray(0, len), offsets, infos, gaz };
}
