/** Marsad as a library: the record, the pipeline and its stages, and the analysis contract. */

// The record and its spans
export * from './record/index.js';

// The pipeline
export { createPipeline, type Pipeline } from './pipeline/pipeline.js';
export { PipelineError, type Reporter, type Stage } from './pipeline/stage.js';
export { analyze, analyzeRecord, createAnalyzer } from './pipeline/analyzer.js';
export { hasErrors, toAnalysis, type Analysis, type ContractArticle, type ContractClaim, type ContractEntity } from './pipeline/contract.js';

// Input
export { InputError, readInput, type ReadOptions } from './ingest/read-input.js';
export { rawFromJsonLine } from './ingest/jsonl.js';

// Arabic text helpers
export { normalizeArabic, toAsciiDigits, arabicRatio } from './lang/ar/normalize.js';
