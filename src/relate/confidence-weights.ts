/**
 * Weights of the claim confidence model (confidence.ts). Fitted by `npm run eval:claims -- --fit`
 * (logistic regression, L2 0.1) on the development set in test/fixtures/claims with oracle
 * entities; rerun it after changing the triggers, the roles or the features, and paste its output here.
 */

/** Intercept and one weight per feature, in `CONFIDENCE_FEATURES` order. */
export const CONFIDENCE_WEIGHTS: readonly number[] = [-1.0, 2.0, -0.8, -0.4, -0.2, 0.3, -0.2, -0.3, -0.4];
