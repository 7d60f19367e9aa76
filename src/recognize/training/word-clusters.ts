/**
 * Word clusters from unlabeled text, built here because no npm package clusters words: PPMI
 * of neighbour counts (context distribution smoothed, Levy et al. 2015), a randomized truncated
 * SVD (Halko et al. 2011) into dense vectors, then top-down spherical k-means into a three-level
 * hierarchy (coarse → mid → fine), which the tagger uses like Brown-cluster prefixes.
 */

import { seededRandom } from '../../util/seeded-random.js';

/** Settings of the clustering; defaults tuned for ~10M tokens in about a minute on one core. */
export interface ClusterOptions {
  /** Words clustered: the most frequent ones. Default 50,000. */
  vocabulary?: number;
  /** Context words (each at offsets -2, -1, +1, +2). Default 2,000. */
  contexts?: number;
  /** Dimension of the vectors. Default 100. */
  dimension?: number;
  /** Branching at each of the three levels: coarse clusters, mid per coarse, fine per mid. Default [16, 8, 8]. */
  branching?: [number, number, number];
  seed?: number;
  log?: (line: string) => void;
}

/** Clusters of the vocabulary: `fine[i]` for word `i`, and the fine → mid → coarse maps. */
export interface ClusterResult {
  fine: Int32Array;
  midOf: Int32Array;
  coarseOf: Int32Array;
  /** Unit word vectors, `dimension` per word (kept for inspection). */
  vectors: Float32Array;
}

const OFFSETS = [-2, -1, 1, 2];

/** A sparse matrix in compressed rows. */
interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  col: Int32Array;
  val: Float32Array;
}

/**
 * Clusters words of `corpus`, a stream of word ids (-1 separates documents) where ids are
 * ranks by frequency (0 most frequent).
 *
 * 1. Count (word, offset, context) pairs by sorting packed codes; PPMI into a sparse matrix.
 * 2. Randomized SVD with one power iteration; vectors U·Σ^½, normalized.
 * 3. Top-down spherical k-means: coarse, then mid inside each coarse, then fine inside each mid.
 */
export function clusterWords(corpus: Int32Array, options: ClusterOptions = {}): ClusterResult {
  const { vocabulary = 50_000, contexts = 2_000, dimension = 100, branching = [16, 8, 8], seed = 7, log } = options;
  let maxId = -1;
  for (let i = 0; i < corpus.length; i++) if (corpus[i]! > maxId) maxId = corpus[i]!;
  const V = Math.min(vocabulary, maxId + 1);
  const C = Math.min(contexts, maxId + 1);
  const random = seededRandom(seed);
  // 1. PPMI matrix.
  const a = ppmiMatrix(corpus, V, C);
  log?.(`clusters: ${V} words, ${a.col.length} non-zero PPMI cells`);
  // 2. Vectors.
  const vectors = randomizedSvd(a, dimension, random);
  normalizeRows(vectors, V, dimension);
  log?.('clusters: SVD done');
  // 3. Hierarchy.
  const [b0, b1, b2] = branching;
  const coarse = kmeansSubset(vectors, dimension, range(V), b0, random);
  const midAssign = new Int32Array(V);
  const fineAssign = new Int32Array(V);
  const midOf = new Int32Array(b0 * b1 * b2);
  const coarseOf = new Int32Array(b0 * b1);
  for (let c = 0; c < b0; c++) {
    const members = range(V).filter((w) => coarse[w] === c);
    const mids = kmeansSubset(vectors, dimension, members, b1, random);
    members.forEach((w, i) => (midAssign[w] = c * b1 + mids[i]!));
    for (let m = 0; m < b1; m++) coarseOf[c * b1 + m] = c;
  }
  for (let m = 0; m < b0 * b1; m++) {
    const members = range(V).filter((w) => midAssign[w] === m);
    const fines = kmeansSubset(vectors, dimension, members, b2, random);
    members.forEach((w, i) => (fineAssign[w] = m * b2 + fines[i]!));
    for (let f = 0; f < b2; f++) midOf[m * b2 + f] = m;
  }
  log?.('clusters: hierarchy done');
  return { fine: fineAssign, midOf, coarseOf, vectors };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function ppmiMatrix(corpus: Int32Array, V: number, C: number): Csr {
  const dims = OFFSETS.length * C;
  let pairs = 0;
  for (let i = 0; i < corpus.length; i++) {
    const w = corpus[i]!;
    if (w < 0 || w >= V) continue;
    for (const o of OFFSETS) {
      const c = corpus[i + o];
      if (c !== undefined && c >= 0 && c < C) pairs++;
    }
  }
  const codes = new Float64Array(pairs);
  let p = 0;
  for (let i = 0; i < corpus.length; i++) {
    const w = corpus[i]!;
    if (w < 0 || w >= V) continue;
    for (let oi = 0; oi < OFFSETS.length; oi++) {
      const c = corpus[i + OFFSETS[oi]!];
      if (c !== undefined && c >= 0 && c < C) codes[p++] = w * dims + oi * C + c;
    }
  }
  codes.sort();
  const ctxTotal = new Float64Array(dims);
  const rowTotal = new Float64Array(V);
  for (let i = 0; i < pairs; i++) {
    ctxTotal[codes[i]! % dims]! += 1;
    rowTotal[Math.floor(codes[i]! / dims)]! += 1;
  }
  let smoothed = 0;
  for (let j = 0; j < dims; j++) smoothed += ctxTotal[j]! ** 0.75;
  const ptr = new Int32Array(V + 1);
  const col: number[] = [];
  const val: number[] = [];
  let row = 0;
  for (let i = 0; i < pairs; ) {
    const code = codes[i]!;
    let j = i + 1;
    while (j < pairs && codes[j] === code) j++;
    const w = Math.floor(code / dims);
    const c = code % dims;
    while (row < w) ptr[++row] = col.length;
    const pmi = Math.log(((j - i) * smoothed) / (rowTotal[w]! * ctxTotal[c]! ** 0.75));
    if (pmi > 0) {
      col.push(c);
      val.push(pmi);
    }
    i = j;
  }
  while (row < V) ptr[++row] = col.length;
  return { rows: V, cols: dims, ptr, col: Int32Array.from(col), val: Float32Array.from(val) };
}

/** Standard normal deviates (Box–Muller) from a uniform generator. */
function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** Y = A·M, where M is `cols × l` row-major; Y is `rows × l` row-major. */
function mulRight(a: Csr, m: Float64Array, l: number): Float64Array {
  const y = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    for (let k = a.ptr[r]!; k < a.ptr[r + 1]!; k++) {
      const v = a.val[k]!;
      const mb = a.col[k]! * l;
      const yb = r * l;
      for (let x = 0; x < l; x++) y[yb + x]! += v * m[mb + x]!;
    }
  }
  return y;
}

/** Z = Aᵀ·Q, where Q is `rows × l`; Z is `cols × l`. */
function mulLeftT(a: Csr, q: Float64Array, l: number): Float64Array {
  const z = new Float64Array(a.cols * l);
  for (let r = 0; r < a.rows; r++) {
    const qb = r * l;
    for (let k = a.ptr[r]!; k < a.ptr[r + 1]!; k++) {
      const v = a.val[k]!;
      const zb = a.col[k]! * l;
      for (let x = 0; x < l; x++) z[zb + x]! += v * q[qb + x]!;
    }
  }
  return z;
}

/** Orthonormalizes the `l` columns of a `rows × l` row-major matrix in place (modified Gram–Schmidt). */
function orthonormalize(m: Float64Array, rows: number, l: number): void {
  for (let j = 0; j < l; j++) {
    for (let i = 0; i < j; i++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += m[r * l + i]! * m[r * l + j]!;
      for (let r = 0; r < rows; r++) m[r * l + j]! -= dot * m[r * l + i]!;
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += m[r * l + j]! ** 2;
    const inv = norm > 1e-20 ? 1 / Math.sqrt(norm) : 0;
    for (let r = 0; r < rows; r++) m[r * l + j]! *= inv;
  }
}

/** Eigen-decomposition of a symmetric `n × n` matrix by cyclic Jacobi; returns values and column vectors. */
function symmetricEigen(s: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - sn * akq;
          a[k * n + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - sn * aqk;
          a[q * n + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - sn * vkq;
          v[k * n + q] = sn * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i]!;
  return { values, vectors: v };
}

/** Rank-`d` vectors U·Σ^½ of `a` (rows × d, row-major). */
function randomizedSvd(a: Csr, d: number, random: () => number): Float32Array {
  const l = d + 10;
  const omega = new Float64Array(a.cols * l);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(random);
  let q = mulRight(a, omega, l);
  orthonormalize(q, a.rows, l);
  const z = mulLeftT(a, q, l);
  orthonormalize(z, a.cols, l);
  q = mulRight(a, z, l);
  orthonormalize(q, a.rows, l);
  // B = Qᵀ A, kept transposed (cols × l); M = B Bᵀ = Σ_c Bt[c]ᵀ Bt[c].
  const bt = mulLeftT(a, q, l);
  const m = new Float64Array(l * l);
  for (let c = 0; c < a.cols; c++) {
    const b = c * l;
    for (let i = 0; i < l; i++) {
      const bi = bt[b + i]!;
      if (bi === 0) continue;
      for (let j = 0; j < l; j++) m[i * l + j]! += bi * bt[b + j]!;
    }
  }
  const { values, vectors } = symmetricEigen(m, l);
  const order = range(l).sort((x, y) => values[y]! - values[x]!).slice(0, d);
  const out = new Float32Array(a.rows * d);
  for (let r = 0; r < a.rows; r++) {
    for (let k = 0; k < d; k++) {
      const e = order[k]!;
      let s = 0;
      for (let i = 0; i < l; i++) s += q[r * l + i]! * vectors[i * l + e]!;
      out[r * d + k] = s * Math.sqrt(Math.sqrt(Math.max(values[e]!, 0)));
    }
  }
  return out;
}

function normalizeRows(m: Float32Array, rows: number, d: number): void {
  for (let r = 0; r < rows; r++) {
    let s = 0;
    for (let x = 0; x < d; x++) s += m[r * d + x]! ** 2;
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let x = 0; x < d; x++) m[r * d + x]! *= inv;
  }
}

/** Spherical k-means of the rows `members` of `m` into `k` clusters; returns cluster per member. */
function kmeansSubset(m: Float32Array, d: number, members: number[], k: number, random: () => number, iterations = 15): Int32Array {
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const centroids = new Float32Array(k * d);
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let i = Math.floor(random() * n);
    while (picked.has(i)) i = (i + 1) % n;
    picked.add(i);
    centroids.set(m.subarray(members[i]! * d, members[i]! * d + d), c * d);
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const rb = members[i]! * d;
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = 0;
        const cb = c * d;
        for (let x = 0; x < d; x++) s += m[rb + x]! * centroids[cb + x]!;
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const cb = assign[i]! * d;
      sizes[assign[i]!]!++;
      const rb = members[i]! * d;
      for (let x = 0; x < d; x++) centroids[cb + x]! += m[rb + x]!;
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) {
        const i = Math.floor(random() * n);
        centroids.set(m.subarray(members[i]! * d, members[i]! * d + d), c * d);
      }
    }
    normalizeRows(centroids, k, d);
    if (moved === 0) break;
  }
  return assign;
}
