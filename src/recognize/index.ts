/** The recognizer: names of persons, organizations, places and other entities in Arabic news. */

// The stage and its model
export { createRecognizeStage } from './recognize-stage.js';
export { NerModel, tagDocuments } from './ner-model.js';
export type { NerOptions, NerResources, TaggedTokens } from './ner-model.js';
export { loadNerModel, loadNerResources, loadGazetteer, loadWordStats, MODEL_PATH, WORD_STATS_PATH, GAZETTEER_PATH } from './resources.js';
export type { NerModelPaths } from './resources.js';

// Tags, mentions and layers over the tagger
export { ENTITY_TYPES, TAGS, TAG_COUNT, normalizeTag, normalizeType, tagIndex } from './tags.js';
export { mentionsFromTags, nameStart } from './mention-spans.js';
export { applyOrgRules } from './org-rules.js';
export { propagateLabels } from './document-consistency.js';

// Gazetteers and word statistics
export { Gazetteer, GAZETTEER_KINDS } from './gazetteer.js';
export type { GazetteerKind, GazetteerMatch } from './gazetteer.js';
export type { WordStats } from './word-stats.js';

// CoNLL files and scoring
export { conllDocuments, parseConll, writeConll } from './conll.js';
export type { ConllFile, ConllLine, ConllSentence } from './conll.js';
export { chunksOf, evaluate, formatEval } from './conlleval.js';
export type { Chunk, EvalResult, TypeScore } from './conlleval.js';
