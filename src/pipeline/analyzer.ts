/** The default pipeline, as a list of stages: decode → extract → repair → tokenize → recognize → resolve → relate. */

import { decodeStage } from '../extract/decode-stage.js';
import { extractStage } from '../extract/extract-stage.js';
import { createRecognizeStage } from '../recognize/recognize-stage.js';
import { loadNerResources } from '../recognize/resources.js';
import { createRecord, type DocumentRecord, type RawDocument } from '../record/document.js';
import { createRelateStage } from '../relate/relate-stage.js';
import { createResolveStage } from '../resolve/resolve-stage.js';
import { loadResolveResources } from '../resolve/resources.js';
import { repairStage } from '../text/repair-stage.js';
import { createTokenStage } from '../text/token-stage.js';
import { toAnalysis, type Analysis } from './contract.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';
import { createTitleStage } from './title-stage.js';

/** How far the analyzer goes; each level includes the ones before it. */
export type AnalyzerLevel = 'article' | 'names' | 'claims';

/** Options settled when the pipeline is built. */
export interface AnalyzerOptions {
  /** `article`: decode, extract, repair; `names`: also tokens, mentions and entities; `claims` (default): also claims. */
  level?: AnalyzerLevel;
  /** Folders of the user's own actor files, added to the built-in knowledge base. */
  actorDirs?: string[];
}

/**
 * Builds the pipeline once, loading its resources (NER model, gazetteers, actor knowledge base)
 * here so that the stages themselves do no I/O; reuse it for every document.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Pipeline {
  const level = options.level ?? 'claims';
  const stages: Stage[] = [decodeStage, extractStage, repairStage];
  if (level !== 'article') {
    // The tokenizer splits clitics with the recognizer's corpus counts, as the model was trained.
    const ner = loadNerResources();
    stages.push(createTokenStage({ counts: ner.stats.counts }), createRecognizeStage(ner));
    stages.push(createResolveStage(loadResolveResources({ extraDirs: options.actorDirs ?? [] })));
  }
  if (level === 'claims') stages.push(createRelateStage());
  if (level !== 'article') stages.push(createTitleStage(stages.slice(3)));
  return createPipeline(stages);
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
