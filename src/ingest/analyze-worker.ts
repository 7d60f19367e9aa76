/** The ingest worker: runs the pipeline on raw documents and derives the store's index forms. */

import { parentPort } from 'node:worker_threads';
import { analyzeRecord, createAnalyzer } from '../pipeline/analyzer.js';
import { hasErrors, toAnalysis, type Analysis } from '../pipeline/contract.js';
import type { RawDocument } from '../record/document.js';
import { deriveForms } from '../store/derived-forms.js';
import type { DerivedForms } from '../store/knowledge-store.js';
import type { ResultMessage, TaskMessage } from './worker-pool.js';

/** What a worker returns for one document. */
export interface AnalyzeOutput {
  analysis: Analysis;
  /** True when the pipeline reported an error: nothing usable came out. */
  failed: boolean;
  derived: DerivedForms;
}

/** Analyzes one raw document (also used in-thread when no worker pool runs). */
export function analyzeForStore(raw: RawDocument, pipeline = createAnalyzer()): AnalyzeOutput {
  const record = analyzeRecord(raw, pipeline);
  const analysis = toAnalysis(record);
  return { analysis, failed: hasErrors(record), derived: deriveForms(analysis) };
}

if (parentPort) {
  const port = parentPort;
  const pipeline = createAnalyzer();
  port.on('message', ({ id, input }: TaskMessage<RawDocument>) => {
    let reply: ResultMessage<AnalyzeOutput>;
    try {
      reply = { id, output: analyzeForStore(input, pipeline) };
    } catch (error) {
      reply = { id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    if ('output' in reply) port.postMessage(reply, [reply.output.derived.signature.buffer as ArrayBuffer]);
    else port.postMessage(reply);
  });
}
