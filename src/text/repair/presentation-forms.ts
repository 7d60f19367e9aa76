/**
 * Presentation-form repair: Arabic presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFE), which PDF
 * extraction and old systems emit, become their base letters by NFKC (`ﻻ` → `لا`, 1 → 2).
 */

import type { Edit, RepairRule } from './repair-edit.js';

const FORM_RUN = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/g;

/**
 * The base text of one presentation form, or null when NFKC leaves it as it is (ornate
 * parentheses, the Bismillah ligature, noncharacters). Isolated harakat (U+FE70…) decompose to
 * a space and a mark, and medial ones to tatweel and a mark: only the mark is kept.
 */
function baseOf(form: string): string | null {
  const base = form.normalize('NFKC');
  if (base === form) return null;
  return base.replace(/^[ \u0640]+(?=[\u064B-\u0652])/, '').replace(/\u0640/g, '');
}

/** Replaces each run of presentation forms with its base letters, one edit per run. */
export const presentationFormsRule: RepairRule = {
  id: 'repair-presentation-form',
  find(text: string): Edit[] {
    const edits: Edit[] = [];
    for (const m of text.matchAll(FORM_RUN)) {
      let pieces: Array<[number, number, string]> = [];
      const flush = (): void => {
        if (pieces.length === 0) return;
        const start = pieces[0]![0];
        const end = pieces[pieces.length - 1]![1];
        const out = pieces.map((p) => p[2]).join('');
        edits.push({
          rule: 'repair-presentation-form',
          start,
          end,
          text: out,
          message: `Arabic presentation forms replaced by their base letters (${out}).`,
          pieces,
        });
        pieces = [];
      };
      for (let i = 0; i < m[0].length; i++) {
        const pos = m.index + i;
        const base = baseOf(m[0][i]!);
        if (base === null) flush();
        else pieces.push([pos, pos + 1, base]);
      }
      flush();
    }
    return edits;
  },
};
