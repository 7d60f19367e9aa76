/**
 * Trains the tagger as an averaged structured perceptron (Collins 2002) over Viterbi decoding,
 * with "frustratingly easy" domain adaptation (Daumé 2007): every feature has a shared weight
 * and one per domain; the exported model adds the shared weights to those of the target domain
 * (news), so tagging costs the same.
 */

import type { SentenceFeatures } from '../features.js';
import { TAG_COUNT } from '../tags.js';
import { PAIR_FEATURES, START_TAG, decodeViterbi, pairFeatures } from '../tagger.js';
import type { WeightLookup } from '../weight-table.js';
import { AveragedWeights } from './averaged-weights.js';
import { seededRandom } from '../../util/seeded-random.js';

/** One training sentence: its features, gold tag indices and domain index. */
export interface TrainingExample {
  sf: SentenceFeatures;
  gold: Int32Array;
  domain: number;
}

/** Training settings (defaults in `train`). */
export interface TrainOptions {
  /** Passes over the data. Default 10. */
  epochs?: number;
  /** Seed of the shuffling. Default 1. */
  seed?: number;
  /** Number of domains (examples' `domain` is below it). Default 1 (no adaptation). */
  domains?: number;
  /** Called after each epoch with its number and the share of tokens tagged wrong. */
  onEpoch?: (epoch: number, errorRate: number) => void;
}

/** The trained weights, before export. */
export interface TrainedModel {
  shared: AveragedWeights;
  perDomain: AveragedWeights[];
  steps: number;
}

/**
 * Trains on `examples`.
 *
 * 1. Each epoch shuffles the examples with the seeded generator.
 * 2. Each sentence is decoded with the current weights; where the guess differs from gold,
 *    the gold tag's features (and gold transition's) gain 1 and the guess's lose 1, in the
 *    shared and the domain weights alike.
 */
export function train(examples: readonly TrainingExample[], options: TrainOptions = {}): TrainedModel {
  const { epochs = 10, seed = 1, domains = 1, onEpoch } = options;
  const shared = new AveragedWeights();
  const perDomain = Array.from({ length: domains }, () => new AveragedWeights());
  const random = seededRandom(seed);
  const order = examples.map((_, i) => i);
  const feats = new Int32Array(PAIR_FEATURES);
  let step = 1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    // 1. Shuffle (Fisher–Yates).
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    // 2. Decode and update.
    for (const idx of order) {
      const ex = examples[idx]!;
      const dom = perDomain[ex.domain]!;
      const both: WeightLookup = domains > 1
        ? { addTo: (h, s) => { shared.addTo(h, s); dom.addTo(h, s); } }
        : shared;
      const update = (h: number, tag: number, delta: number): void => {
        shared.update(h, tag, delta, step);
        if (domains > 1) dom.update(h, tag, delta, step);
      };
      const { hashes, offsets, infos } = ex.sf;
      const guess = decodeViterbi(ex.sf, both);
      for (let i = 0; i < ex.gold.length; i++) {
        const g = ex.gold[i]!;
        const p = guess[i]!;
        const gp = i === 0 ? START_TAG : ex.gold[i - 1]!;
        const pp = i === 0 ? START_TAG : guess[i - 1]!;
        tokens++;
        if (g !== p) {
          errors++;
          for (const h of infos[i]!.self) {
            update(h, g, 1);
            update(h, p, -1);
          }
          for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
            update(hashes[k]!, g, 1);
            update(hashes[k]!, p, -1);
          }
        }
        if (g !== p || gp !== pp) {
          pairFeatures(gp, infos[i]!, feats);
          for (let k = 0; k < PAIR_FEATURES; k++) update(feats[k]!, g, 1);
          pairFeatures(pp, infos[i]!, feats);
          for (let k = 0; k < PAIR_FEATURES; k++) update(feats[k]!, p, -1);
        }
      }
      step++;
    }
    onEpoch?.(epoch, tokens === 0 ? 0 : errors / tokens);
  }
  return { shared, perDomain, steps: step };
}

/** Weights ready for a `WeightTable`: `TAG_COUNT` weights per key, row after row. */
export interface ExportedWeights {
  keys: Int32Array;
  weights: Float32Array;
}

/**
 * The weights for tagging `domain`: averaged shared plus averaged domain weights, rows whose
 * largest absolute weight is at most `prune` dropped.
 */
export function exportWeights(model: TrainedModel, domain: number, prune = 0): ExportedWeights {
  const shared = model.shared.averaged(model.steps);
  const dom = model.perDomain[domain];
  const domAvg = dom ? dom.averaged(model.steps) : null;
  const keys: number[] = [];
  const weights: number[] = [];
  const row = new Float64Array(TAG_COUNT);
  for (const [h, r] of model.shared.rows) {
    for (let t = 0; t < TAG_COUNT; t++) row[t] = shared[r * TAG_COUNT + t]!;
    const dr = dom?.rows.get(h);
    if (domAvg && dr !== undefined) for (let t = 0; t < TAG_COUNT; t++) row[t]! += domAvg[dr * TAG_COUNT + t]!;
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(row[t]!));
    if (max <= prune) continue;
    keys.push(h | 0);
    for (let t = 0; t < TAG_COUNT; t++) weights.push(row[t]!);
  }
  return { keys: Int32Array.from(keys), weights: Float32Array.from(weights) };
}

/**
 * The mean of models trained on the same data with different seeds (shuffling orders): a
 * feature a model lacks counts 0 there. A perceptron's weights depend on the order it saw the
 * sentences in; the mean of three orders tagged ANERcorp-dev 0.8 F1 better than one
 * (resources/ner/NOTES.md). Rows whose largest absolute mean is at most `prune` are dropped.
 */
export function meanWeights(parts: readonly ExportedWeights[], prune = 0): ExportedWeights {
  const sums = new Map<number, Float64Array>();
  for (const { keys, weights } of parts) {
    for (let r = 0; r < keys.length; r++) {
      let row = sums.get(keys[r]!);
      if (!row) sums.set(keys[r]!, (row = new Float64Array(TAG_COUNT)));
      for (let t = 0; t < TAG_COUNT; t++) row[t]! += weights[r * TAG_COUNT + t]! / parts.length;
    }
  }
  const keys: number[] = [];
  const weights: number[] = [];
  for (const [h, row] of sums) {
    let max = 0;
    for (let t = 0; t < TAG_COUNT; t++) max = Math.max(max, Math.abs(row[t]!));
    if (max <= prune) continue;
    keys.push(h);
    for (let t = 0; t < TAG_COUNT; t++) weights.push(row[t]!);
  }
  return { keys: Int32Array.from(keys), weights: Float32Array.from(weights) };
}
