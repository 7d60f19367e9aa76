/**
 * Weights of an averaged perceptron while it trains: rows created on first update, and the
 * running sum trick (Daumé 2006) so averaging costs nothing per step: after `c` steps the
 * average is `w - u / c`, where each update of `d` at step `c` adds `c * d` to `u`.
 */

import { TAG_COUNT } from '../tags.js';
import type { WeightLookup } from '../weight-table.js';

/** Trainable weights keyed by feature hash. */
export class AveragedWeights implements WeightLookup {
  readonly rows = new Map<number, number>();
  private w: Float64Array = new Float64Array(1 << 16);
  private u: Float64Array = new Float64Array(1 << 16);

  addTo(h: number, scores: Float64Array): void {
    const r = this.rows.get(h);
    if (r === undefined) return;
    const base = r * TAG_COUNT;
    const w = this.w;
    for (let t = 0; t < TAG_COUNT; t++) scores[t]! += w[base + t]!;
  }

  /** Adds `delta` to the weight of feature `h` for tag `tag`, at step `step`. */
  update(h: number, tag: number, delta: number, step: number): void {
    let r = this.rows.get(h);
    if (r === undefined) {
      r = this.rows.size;
      this.rows.set(h, r);
      if ((r + 1) * TAG_COUNT > this.w.length) {
        const grow = (a: Float64Array): Float64Array => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    const i = r * TAG_COUNT + tag;
    this.w[i]! += delta;
    this.u[i]! += step * delta;
  }

  /** Averaged weights of every row after `steps` steps, row after row. */
  averaged(steps: number): Float64Array {
    const n = this.rows.size * TAG_COUNT;
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.w[i]! - this.u[i]! / steps;
    return out;
  }
}
