/**
 * Weights of the claim confidence model (confidence.ts). Fitted by `npm run eval:claims -- --fit`
 * (logistic regression, L2 1) on the development set in test/fixtures/claims run through the full
 * pipeline (recognize → resolve → relate; 152 distinct predicted claims, 60% right): Brier 0.172
 * in-sample and 0.221 held out (five folds by article) against 0.240 for a constant (the weights
 * before this refit scored 0.188 in-sample: too low a confidence once recall rose). Rerun it after
 * changing the triggers, the roles, the features or the recognizer and resolver, and paste the
 * printed weights here.
 */

/** Intercept and one weight per feature, in `CONFIDENCE_FEATURES` order. */
export const CONFIDENCE_WEIGHTS: readonly number[] = [2.183, -0.469, -0.941, -1.356, 0.295, -0.504, 1.382, -0.897, -1.672, 0.783];
