/** The repair stage: the article body and title with broken characters and spacing repaired, mapped back to the input. */

import type { Reporter, Stage } from '../pipeline/stage.js';
import type { Block, DocumentRecord, TextLayer } from '../record/document.js';
import { composeMaps, toSourceSpan } from '../record/offset-map.js';
import { repairText, type RepairOptions } from './repair/repair-text.js';

export type { RepairChange, RepairOptions, RepairResult } from './repair/repair-text.js';
export { REPAIR_PASSES, repairText } from './repair/repair-text.js';

/** Longest `before`/`after` a message carries; longer runs (a whole mojibake paragraph) are cut. */
const MAX_QUOTED = 200;

const cut = (s: string): string => (s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED)}…` : s);

/**
 * Builds the repair stage (requires `article`, assigns `text`).
 * 1. Repair the body (see repairText for the passes and their order).
 * 2. Compose the repair map with the extraction map, so the text maps to `input.text`.
 * 3. Carry the blocks into the repaired text.
 * 4. Report one `info` message per change (plus a warning where a repair found a problem), with
 *    its span in the repaired text, its span in the input, and what stood before and after.
 * 5. Repair the title the same way; its messages carry no spans.
 */
export function createRepairStage(options: Pick<RepairOptions, 'passes'> = {}): Stage {
  return {
    name: 'repair',
    requires: ['article'],
    assigns: ['text'],
    run(doc: DocumentRecord, report: Reporter): DocumentRecord {
      const article = doc.article;
      if (!article) throw new Error('repair stage: the record has no article layer');
      const language = article.language;
      // 1. Body.
      const body = repairText(article.body, { ...options, language });
      // 2. Map to the input.
      const map = composeMaps(body.map, article.map);
      const input = doc.input?.text;
      // 3. Blocks.
      const blocks: Block[] = article.blocks.map((b) => ({ kind: b.kind, ...body.forward(b) }));
      // 4. Messages.
      for (const c of body.changes) {
        const src = toSourceSpan(article.map, { start: c.sourceStart, end: c.sourceEnd });
        const before = input !== undefined ? input.slice(src.start, src.end) : article.body.slice(c.sourceStart, c.sourceEnd);
        const spans = { start: c.start, end: c.end, inputStart: src.start, inputEnd: src.end };
        const texts = { before: cut(before), after: cut(body.text.slice(c.start, c.end)) };
        report({ severity: 'info', rule: c.rule, message: c.message, ...spans, ...texts });
        if (c.warning) report({ severity: 'warning', rule: c.warning.rule, message: c.warning.message, ...spans, ...texts });
      }
      // 5. Title.
      let title = article.title;
      if (title !== null) {
        const repaired = repairText(title, { ...options, language });
        for (const c of repaired.changes) {
          const texts = { before: cut(title.slice(c.sourceStart, c.sourceEnd)), after: cut(repaired.text.slice(c.start, c.end)) };
          report({ severity: 'info', rule: c.rule, message: `In the title: ${c.message}`, ...texts });
          if (c.warning) report({ severity: 'warning', rule: c.warning.rule, message: `In the title: ${c.warning.message}`, ...texts });
        }
        title = repaired.text;
      }
      const text: TextLayer = { text: body.text, map, blocks, title };
      return { ...doc, text };
    },
  };
}

/** The repair stage with the default passes. */
export const repairStage: Stage = createRepairStage();
