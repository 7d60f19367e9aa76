/** Messages: problems with the data, carried on the record with the span they concern. */

/** How bad a data problem is. `error` means nothing usable came out of a step. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One data problem or repair, as vfile's `file.message(reason, {place, ruleId})`.
 *
 * `start`/`end` index `article.text` when the message concerns the repaired text;
 * `inputStart`/`inputEnd` index the decoded input (`input.text`) and are set whenever the
 * problem can be traced to it. Repairs also carry `before` (what the input had) and `after`.
 */
export interface Message {
  severity: Severity;
  /** Stable kebab-case rule id, e.g. `repair-legacy-quote`. */
  rule: string;
  /** One sentence a person can act on. */
  message: string;
  /** The stage that raised it. */
  stage?: string;
  start?: number;
  end?: number;
  inputStart?: number;
  inputEnd?: number;
  before?: string;
  after?: string;
}
