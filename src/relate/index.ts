/** The relate stage: claims between entities, with attribution, modality, time and quantities. */

// The stage
export { createRelateStage, extractClaims } from './relate-stage.js';
export type { RelateStageOptions } from './relate-stage.js';

// The analysis contract
export { toContractClaims, toContractDescribedEntities } from './contract-claims.js';
export type { ContractClaimOut } from './contract-claims.js';

// Lexicons, confidence and helpers for scripts and tests
export { buildLexicon } from './lexicon.js';
export type { Lexicon } from './lexicon.js';
export { CONFIDENCE_FEATURES, claimConfidence, confidenceFeatures, sigmoid } from './confidence.js';
export type { ConfidenceInput } from './confidence.js';
export { entitiesFromNames } from './oracle-entities.js';
export type { EntityName } from './oracle-entities.js';
export { resolveTime, parseDay } from './time-resolve.js';
