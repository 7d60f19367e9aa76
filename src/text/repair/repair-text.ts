/** The repair passes in order, run over one text: the repaired text, its map back, and each change. */

import { composeMaps, identityMap, toSourceSpan, type OffsetMap } from '../../record/offset-map.js';
import type { Span } from '../../record/span.js';
import { invisibleCharsRule } from './invisible-chars.js';
import { legacyQuotesRule } from './legacy-quotes.js';
import { missingSpaceRule } from './missing-space.js';
import { mojibakeRule } from './mojibake.js';
import { presentationFormsRule } from './presentation-forms.js';
import { EditForwarder, applyEdits, mergeEdits, type Edit, type RepairContext, type RepairRule, type RepairRuleId } from './repair-edit.js';
import { runTogetherRule } from './run-together.js';
import { tatweelRule } from './tatweel.js';

/**
 * The passes, each a list of rules that look at the same text; each pass sees the previous
 * one's output.
 * 1. Mojibake first: its runs contain `Œ`, `˜` and other characters later rules would touch.
 * 2. Invisible characters and presentation forms: character-level clean-up, so that the rules
 *    after it see plain letters (`Œ\u200Fالقاعدة` is in Arabic context).
 * 3. Tatweel, which looks at the letters next to it (`أنـ\u200Dﹰ` is a stretched word only
 *    once the joiner is gone and the isolated fathatan is a mark).
 * 4. Legacy quotes, which need to see the letters around them.
 * 5. Missing spaces after punctuation, so that words glued by punctuation are apart…
 * 6. …before run-together words are looked up in the word list.
 * The property test in repair-stage.test.ts checks that a second run changes nothing more.
 */
export const REPAIR_PASSES: readonly (readonly RepairRule[])[] = [
  [mojibakeRule],
  [invisibleCharsRule, presentationFormsRule],
  [tatweelRule],
  [legacyQuotesRule],
  [missingSpaceRule],
  [runTogetherRule],
];

/** One change made by a repair. */
export interface RepairChange {
  rule: RepairRuleId;
  message: string;
  /** Span of the change in the repaired text (empty for a deletion). */
  start: number;
  end: number;
  /** Span of what was changed in the source text (empty for an insertion). */
  sourceStart: number;
  sourceEnd: number;
  /** A data problem found on the way, reported as a warning on the same spans. */
  warning?: { rule: string; message: string };
}

/** The result of repairText. */
export interface RepairResult {
  text: string;
  /** Maps `text` back to the source text. */
  map: OffsetMap;
  changes: RepairChange[];
  /** Where a span of the source text lands in `text` (for blocks). */
  forward(span: Span): Span;
}

/** Options of repairText. */
export interface RepairOptions {
  /** Language of the text (BCP 47 primary tag); null when unknown. Default null. */
  language?: string | null;
  /** The passes to run. Default REPAIR_PASSES. */
  passes?: readonly (readonly RepairRule[])[];
}

/**
 * Runs the repair passes over `source`.
 * 1. For each pass, every rule finds its edits on the current text; overlapping ones are dropped.
 * 2. The edits are applied; each change keeps its span in the source (through the maps so far)
 *    and its span in the pass output.
 * 3. The maps compose into one map back to `source`; change spans follow the later passes.
 */
export function repairText(source: string, options: RepairOptions = {}): RepairResult {
  const context: RepairContext = { language: options.language ?? null };
  const passes = options.passes ?? REPAIR_PASSES;
  let text = source;
  let map = identityMap(source.length);
  const forwarders: EditForwarder[] = [];
  const pending: Array<{ edit: Edit; out: Span; pass: number; source: Span }> = [];
  for (const rules of passes) {
    // 1. Find.
    const edits = mergeEdits(rules.map((r) => r.find(text, context)));
    if (edits.length === 0) continue;
    // 2. Apply.
    const applied = applyEdits(text, edits);
    edits.forEach((edit, k) => {
      const src = toSourceSpan(map, { start: edit.start, end: edit.end });
      pending.push({ edit, out: applied.outSpans[k]!, pass: forwarders.length, source: src });
    });
    forwarders.push(new EditForwarder(edits));
    // 3. Compose.
    map = composeMaps(applied.map, map);
    text = applied.text;
  }
  const forwardFrom = (span: Span, pass: number): Span => {
    let s = span;
    for (let k = pass; k < forwarders.length; k++) s = forwarders[k]!.span(s);
    return s;
  };
  const changes = pending.map(({ edit, out, pass, source: src }): RepairChange => {
    const final = forwardFrom(out, pass + 1);
    const change: RepairChange = {
      rule: edit.rule,
      message: edit.message,
      start: final.start,
      end: final.end,
      sourceStart: src.start,
      sourceEnd: src.end,
    };
    if (edit.warning) change.warning = edit.warning;
    return change;
  });
  changes.sort((a, b) => a.start - b.start || a.sourceStart - b.sourceStart);
  return { text, map, changes, forward: (span) => forwardFrom(span, 0) };
}
