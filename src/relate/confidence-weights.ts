/**
 * Weights of the claim confidence model (confidence.ts). Fitted by `npm run eval:claims -- --fit`
 * (logistic regression, L2 1) on the development set in test/fixtures/claims run through the full
 * pipeline (recognize → resolve → relate; 147 distinct predicted claims, 46% right): Brier 0.179
 * in-sample and 0.227 held out (five folds by article) against 0.248 for a constant. Rerun it after
 * changing the triggers, the roles, the features or the recognizer and resolver, and paste the
 * printed weights here.
 */

/** Intercept and one weight per feature, in `CONFIDENCE_FEATURES` order. */
export const CONFIDENCE_WEIGHTS: readonly number[] = [0.652, -0.456, -0.998, -1.253, 0.207, -0.274, 1.612, -0.268, -1.296, 1.305];
