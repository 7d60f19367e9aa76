/** The runner: checks stage order once when built, then passes each record through every stage. */

import type { DocumentRecord, Layer } from '../record/document.js';
import { PipelineError, type Reporter, type Stage } from './stage.js';

/** A built, frozen pipeline. */
export interface Pipeline {
  readonly stages: readonly Stage[];
  /** Runs every stage on `doc` in order and returns the enriched record. */
  run(doc: DocumentRecord): DocumentRecord;
}

/**
 * Builds a pipeline from `stages`, checking that every layer a stage requires is given
 * (`initial`, by default the raw document) or assigned by an earlier stage.
 *
 * @throws PipelineError E001 when a stage requires a layer nothing before it assigns;
 *   E002 when two stages share a name.
 */
export function createPipeline(stages: readonly Stage[], initial: readonly Layer[] = ['raw']): Pipeline {
  const available = new Set<Layer>(initial);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new PipelineError('E002', `two stages are named '${stage.name}'`);
    names.add(stage.name);
    for (const layer of stage.requires) {
      if (!available.has(layer)) {
        throw new PipelineError(
          'E001',
          `stage '${stage.name}' requires '${layer}', which no earlier stage assigns (have: ${[...available].join(', ')})`,
        );
      }
    }
    for (const layer of stage.assigns) available.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    stages: frozen,
    run(doc: DocumentRecord): DocumentRecord {
      let current = doc;
      for (const stage of frozen) {
        const report: Reporter = (m) => current.messages.push({ ...m, stage: stage.name });
        current = stage.run(current, report);
        if (hasFatalError(current, stage)) break;
      }
      return current;
    },
  });
}

/**
 * True when a stage reported an error and did not assign its layers: later stages would have
 * nothing to work on, so the runner stops and the error message says why.
 */
function hasFatalError(doc: DocumentRecord, stage: Stage): boolean {
  return stage.assigns.some((layer) => doc[layer] === undefined);
}
