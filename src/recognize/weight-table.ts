/**
 * The trained weights at run time: an open-addressing hash table from feature hash to a row of
 * one weight per tag. Built once when the model loads; lookups allocate nothing.
 */

import { TAG_COUNT } from './tags.js';

/** Anything that can add a feature's weights to a score vector. */
export interface WeightLookup {
  /** Adds the weights of feature `h` to `scores` (length `TAG_COUNT`); no-op for unknown features. */
  addTo(h: number, scores: Float64Array): void;
}

/** A frozen table of weights. */
export class WeightTable implements WeightLookup {
  /** Key and row interleaved per slot (one cache line for both); key 0 marks an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /**
   * @param keys feature hashes, one per row (non-zero, distinct)
   * @param weights `keys.length * TAG_COUNT` weights, row after row
   */
  constructor(
    readonly keys: Int32Array,
    readonly weights: Float32Array,
  ) {
    let cap = 16;
    while (cap < keys.length * 2) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    for (let r = 0; r < keys.length; r++) {
      const k = keys[r]!;
      let s = (k ^ (k >>> 15)) & this.mask;
      while (this.slots[2 * s] !== 0 && this.slots[2 * s] !== k) s = (s + 1) & this.mask;
      this.slots[2 * s] = k;
      this.slots[2 * s + 1] = r;
    }
  }

  /** Number of features (rows). */
  get size(): number {
    return this.keys.length;
  }

  /** Row of feature `h`, or -1. */
  rowOf(h: number): number {
    const k = h | 0;
    let s = (k ^ (k >>> 15)) & this.mask;
    for (;;) {
      const v = this.slots[2 * s]!;
      if (v === k) return this.slots[2 * s + 1]!;
      if (v === 0) return -1;
      s = (s + 1) & this.mask;
    }
  }

  addTo(h: number, scores: Float64Array): void {
    const r = this.rowOf(h);
    if (r < 0) return;
    const w = this.weights;
    const base = r * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += w[base + t]!;
  }
}
