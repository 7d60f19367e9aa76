/** Entity resolution: mentions → actors, governments and places, whatever the spelling. */

// The stage and the contract view
export { createResolveStage } from './resolve-stage.js';
export { toContractEntities } from './contract-entities.js';
export { resolveMentions, type ResolveOptions } from './resolve-document.js';

// Resources (loaded once, outside stages)
export { loadGazetteer, loadKnowledgeBase, loadResolveResources, type KnowledgeBaseOptions, type ResolveResources } from './resources.js';
export { KnowledgeBase, type Actor } from './knowledge-base.js';
export { Gazetteer, type Place } from './gazetteer.js';

// Matching pieces
export { matchActors, type ActorMatch } from './actor-matcher.js';
export { geocode, type GeoContext, type PlaceCandidate } from './geocoder.js';
export { countryRole, countryOfName, type CountryRole } from './country-role.js';
export { editDistance, nameKey, skeletonKey } from './name-key.js';
export { AliasScanner } from './alias-scan.js';
