/**
 * Claim confidence: a small logistic model over a few features of how a claim was read (trigger
 * strength, distance to its roles, inferred roles, noun or verb, modality, source, described
 * actors, missing object, and how sure the resolver was of the roles' entities). Its weights are data (confidence-weights.ts), fitted on the
 * development set by scripts/eval-claims.ts.
 */

import type { AttributionKind, Modality } from '../record/claim.js';
import { CONFIDENCE_WEIGHTS } from './confidence-weights.js';

/** The features, in weight order (after the intercept). */
export const CONFIDENCE_FEATURES = [
  'triggerStrength',
  'distance',
  'inferredRole',
  'nominal',
  'asserted',
  'anonymous',
  'described',
  'noObject',
  'entityConfidence',
] as const;

/** What the model looks at. */
export interface ConfidenceInput {
  triggerStrength: number;
  /** Tokens from the trigger to the farthest written role. */
  distance: number;
  inferredRole: boolean;
  nominal: boolean;
  modality: Modality;
  attribution: AttributionKind;
  /** True when an actor is a description (مسلحون) rather than a name. */
  described: boolean;
  noObject: boolean;
  /** Lowest resolver confidence of the roles' entities, 0..1. */
  entityConfidence: number;
}

/** The feature vector (without the intercept). */
export function confidenceFeatures(x: ConfidenceInput): number[] {
  return [
    x.triggerStrength,
    Math.min(x.distance, 30) / 10,
    x.inferredRole ? 1 : 0,
    x.nominal ? 1 : 0,
    x.modality === 'asserted' ? 1 : 0,
    x.attribution === 'anonymous' ? 1 : 0,
    x.described ? 1 : 0,
    x.noObject ? 1 : 0,
    x.entityConfidence,
  ];
}

/** The logistic function. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Probability that a claim read this way is right, 0..1, rounded to 3 decimals. */
export function claimConfidence(x: ConfidenceInput, weights: readonly number[] = CONFIDENCE_WEIGHTS): number {
  const f = confidenceFeatures(x);
  let z = weights[0] ?? 0;
  for (let i = 0; i < f.length; i++) z += (weights[i + 1] ?? 0) * f[i]!;
  return Math.round(sigmoid(z) * 1000) / 1000;
}
