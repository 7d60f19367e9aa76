/** Stages: pure steps that read the record and add layers to it. */

import type { DocumentRecord, Layer } from '../record/document.js';
import type { Message } from '../record/message.js';

/**
 * A pipeline step. It reads the layers it `requires`, adds the layers it `assigns`, and reports
 * data problems with `report`; it does no I/O and throws only on a programmer error.
 */
export interface Stage {
  /** Kebab-case name, also the `stage` of the messages it raises. */
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: DocumentRecord, report: Reporter): DocumentRecord;
}

/** Records a data problem on the document being processed. */
export type Reporter = (message: Omit<Message, 'stage'>) => void;

/** Thrown when a pipeline is built wrongly: a configuration error, never a data problem. */
export class PipelineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'PipelineError';
  }
}
