import { describe, expect, it } from 'vitest';
import { TAG_COUNT } from '../tags.js';
import { meanWeights } from './trainer.js';

/** One exported row per key, its weights `value` for tag 1 and 0 elsewhere. */
function part(rows: Record<number, number>): { keys: Int32Array; weights: Float32Array } {
  const keys = Object.keys(rows).map(Number);
  const weights = new Float32Array(keys.length * TAG_COUNT);
  keys.forEach((k, r) => (weights[r * TAG_COUNT + 1] = rows[k]!));
  return { keys: Int32Array.from(keys), weights };
}

describe('meanWeights', () => {
  it('averages models over the union of their features, a missing feature counting 0', () => {
    const { keys, weights } = meanWeights([part({ 7: 6, 9: 3 }), part({ 7: 2, 11: -9 })]);
    const byKey = new Map(Array.from(keys, (k, r) => [k, weights[r * TAG_COUNT + 1]]));
    expect(byKey).toEqual(new Map([[7, 4], [9, 1.5], [11, -4.5]]));
  });

  it('drops rows whose largest absolute mean is at most the pruning bound', () => {
    const { keys } = meanWeights([part({ 7: 6, 9: 3 }), part({ 7: 2, 11: -9 })], 3);
    expect(Array.from(keys).sort((a, b) => a - b)).toEqual([7, 11]);
  });
});
