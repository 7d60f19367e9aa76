/** The default pipeline, as a list of stages: decode → extract → repair. */

import { decodeStage } from '../extract/decode-stage.js';
import { extractStage } from '../extract/extract-stage.js';
import { createRecord, type DocumentRecord, type RawDocument } from '../record/document.js';
import { repairStage } from '../text/repair-stage.js';
import { toAnalysis, type Analysis } from './contract.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** Builds the default pipeline once; reuse it for every document. */
export function createAnalyzer(): Pipeline {
  return createPipeline([decodeStage, extractStage, repairStage]);
}

let shared: Pipeline | undefined;

/** Runs the default pipeline on raw bytes and returns the enriched record. */
export function analyzeRecord(raw: RawDocument, pipeline: Pipeline = (shared ??= createAnalyzer())): DocumentRecord {
  return pipeline.run(createRecord(raw));
}

/** Runs the default pipeline on raw bytes and returns the analysis contract. */
export function analyze(raw: RawDocument, pipeline?: Pipeline): Analysis {
  return toAnalysis(analyzeRecord(raw, pipeline));
}
