/** MinHash signatures and LSH band keys: near-duplicate candidates without comparing every pair. */

import { fmix32 } from './shingles.js';

/**
 * Signature length and banding. With b bands of r rows, two texts of Jaccard similarity s
 * share a band with probability 1 - (1 - s^r)^b; at b = 16, r = 6 the curve's midpoint
 * (1/b)^(1/r) is about 0.63, a pair at s = 0.8 is found 99.6% of the time and one at s = 0.4
 * 6.5%. Candidates are then kept only when the estimated Jaccard reaches `NEAR_DUPLICATE_JACCARD`.
 * Measured with `npx tsx scripts/eval-near-duplicates.ts` (see that script); rerun it after a change.
 */
export const MINHASH_BANDS = 16;
export const MINHASH_ROWS = 6;
export const MINHASH_SIZE = MINHASH_BANDS * MINHASH_ROWS;

/**
 * Estimated Jaccard similarity of word 4-shingles from which two documents count as copies of
 * one story. Measured by scripts/eval-near-duplicates.ts on 1,800 pairs from the first 4,000
 * corpus articles: exact copies (300, all found), copies with another dateline and a credit line
 * (300, est. Jaccard ≥ 0.86, all found), copies with the last paragraph cut (300, 292 found),
 * different stories on one topic (900, median 0.07, max 0.58, none called a copy): precision
 * 1.000, recall 0.991 at 0.5; recall falls to 0.953 at 0.8 and stays 0.991 down to 0.3.
 */
export const NEAR_DUPLICATE_JACCARD = 0.5;

/** Seeds of the hash family, fixed so signatures stored in a database stay comparable. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(MINHASH_SIZE);
  let x = 0x9e3779b9;
  for (let i = 0; i < MINHASH_SIZE; i++) {
    x = fmix32(x + 0x6d2b79f5);
    seeds[i] = x;
  }
  return seeds;
})();

/**
 * The MinHash signature of a set of hashed shingles: for each of `MINHASH_SIZE` hash functions
 * `h_i(x) = fmix32(x ^ seed_i)`, the minimum over the set. An empty set gives all 0xffffffff.
 */
export function minhashSignature(shingles: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = fmix32(x ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Share of equal positions of two signatures: an unbiased estimate of Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * One key per band: a 32-bit hash of the band's rows mixed with the band number, so equal keys
 * in the same band mean (almost surely) equal rows. Signed, to fit SQLite integers and JS alike.
 */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < MINHASH_BANDS; b++) {
    let h = fmix32(b + 1);
    for (let r = 0; r < MINHASH_ROWS; r++) h = fmix32(h ^ sig[b * MINHASH_ROWS + r]!) ;
    keys.push(h | 0);
  }
  return keys;
}

/** True when the signature holds no shingle (an empty text): it must match nothing. */
export function isEmptySignature(sig: Uint32Array): boolean {
  return sig.every((v) => v === 0xffffffff);
}
