/** Edits: what a repair rule proposes on a text, how edits are applied, and how spans follow them. */

import { MappedTextBuilder, type OffsetMap } from '../../record/offset-map.js';
import type { Span } from '../../record/span.js';

/** Stable ids of the repairs, as the `rule` of their messages. */
export type RepairRuleId =
  | 'repair-legacy-quote'
  | 'repair-mojibake'
  | 'repair-missing-space'
  | 'repair-run-together'
  | 'repair-tatweel'
  | 'repair-invisible-char'
  | 'repair-presentation-form';

/**
 * One change a rule proposes: `text` replaces `[start, end)` of the rule's input. An empty span
 * inserts, an empty `text` deletes. Each edit becomes one message.
 */
export interface Edit {
  rule: RepairRuleId;
  start: number;
  end: number;
  text: string;
  /** One sentence for the message. */
  message: string;
  /**
   * Finer mapping inside the edit: consecutive `[start, end, text]` pieces that cover
   * `[start, end)` and whose texts join to `text`, so each repaired letter maps to its own
   * source characters (a mojibake pair, a presentation form) instead of the whole run.
   */
  pieces?: Array<[start: number, end: number, text: string]>;
  /** A data problem found while repairing, reported as a warning on the same span. */
  warning?: { rule: string; message: string };
}

/** What a rule sees: the text of its pass and the options of the repair. */
export interface RepairContext {
  /** BCP 47 primary language of the document, when known. */
  language: string | null;
}

/** A repair rule: finds the edits it would make on `text`, sorted and not overlapping. */
export interface RepairRule {
  readonly id: RepairRuleId;
  find(text: string, context: RepairContext): Edit[];
}

/**
 * Merges the edits of several rules on one text: sorted by position (insertions first at a
 * position), and an edit that overlaps one already kept is dropped (earlier rules win).
 */
export function mergeEdits(lists: readonly Edit[][]): Edit[] {
  const all = lists.flat().sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const kept: Edit[] = [];
  let frontier = 0;
  for (const e of all) {
    const prev = kept[kept.length - 1];
    if (e.start < frontier) continue;
    if (e.start === e.end && prev && prev.start === e.start && prev.end === e.start) continue; // two insertions at one place
    kept.push(e);
    frontier = e.end;
  }
  return kept;
}

/**
 * Applies sorted, non-overlapping edits to `source`. Returns the new text, its map back to
 * `source`, and the span each edit's text occupies in the new text.
 */
export function applyEdits(source: string, edits: readonly Edit[]): { text: string; map: OffsetMap; outSpans: Span[] } {
  const b = new MappedTextBuilder(source);
  const outSpans: Span[] = [];
  let pos = 0;
  for (const e of edits) {
    b.copy(pos, e.start);
    const outStart = b.size;
    if (e.pieces) for (const [s, t, text] of e.pieces) b.replace(text, s, t);
    else b.replace(e.text, e.start, e.end);
    outSpans.push({ start: outStart, end: b.size });
    pos = e.end;
  }
  b.copy(pos, source.length);
  const { text, map } = b.build();
  return { text, map, outSpans };
}

/**
 * Follows positions of a text through the edits applied to it, into the edited text.
 * A start position moves past insertions made at it; an end position stays before them, so a
 * span never swallows a neighbouring insertion. A position inside a replaced run moves to the
 * run's start (start) or end (end) in the edited text.
 */
export class EditForwarder {
  /** `delta[i]`: length change made by edits `[0, i)`. */
  private readonly delta: number[] = [0];

  constructor(private readonly edits: readonly Edit[]) {
    let d = 0;
    for (const e of edits) {
      d += e.text.length - (e.end - e.start);
      this.delta.push(d);
    }
  }

  /** Where `pos` of the unedited text lands. */
  position(pos: number, bias: 'start' | 'end'): number {
    // 1. First edit whose end is at or after pos (binary search; ends are non-decreasing).
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.edits[mid]!.end < pos) lo = mid + 1;
      else hi = mid;
    }
    // 2. Edits ending exactly at pos count as before it, except insertions at pos for an end.
    let i = lo;
    while (i < this.edits.length) {
      const e = this.edits[i]!;
      if (e.end !== pos || (e.start === pos && bias === 'end')) break;
      i++;
    }
    const e = this.edits[i];
    // 3. Inside a replaced run.
    if (e && e.start < pos && pos < e.end) {
      const at = e.start + this.delta[i]!;
      return bias === 'start' ? at : at + e.text.length;
    }
    return pos + this.delta[i]!;
  }

  /** Where a span of the unedited text lands. */
  span(span: Span): Span {
    const start = this.position(span.start, 'start');
    return { start, end: Math.max(start, this.position(span.end, 'end')) };
  }
}
