/**
 * A rule over the tagger for the titles of works: a quoted name after a noun that introduces a
 * work (`برنامج «حوار من القلب»`, `فيلم «…»`, `بعنوان «…»`) is a MISC name, the title without
 * its quotes, as ANERcorp and WikiFANE tag works. The tagger sees ordinary words inside the
 * quotes (`الناس وأنا`) and leaves them untagged or tags a piece. Written by hand: no Arabic
 * resource lists these patterns. Measured by eval:ner (`tagger + rules` against `tagger only`).
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import { ARABIC_CLAUSE_MARKS, LATIN_CLAUSE_MARKS, NAME_CLOSE_QUOTES, NAME_OPEN_QUOTES } from '../lang/ar/punctuation.js';
import { WORK_NOUNS } from '../lang/ar/work-nouns.js';
import { procliticReadings } from '../text/clitics.js';
import { spanIsFree, tagOf } from './tags.js';
import type { WordInfo } from './word-info.js';

const WORKS = new Set(WORK_NOUNS.map((w) => normalizeArabic(w)));
/** Punctuation that makes a quote a quotation, not a title (a colon may sit in a title). */
const isClauseMark = (s: string): boolean => ARABIC_CLAUSE_MARKS.has(s) || (LATIN_CLAUSE_MARKS.has(s) && s !== ':');
/**
 * Longest title taken, in tokens; a longer quote is a quotation, not a name. The titles of
 * ANERcorp-dev's arts page have up to four; rerun eval:ner and `sample-rules.ts titles` after a change.
 */
const MAX_TITLE = 6;
const B_MISC = tagOf('MISC', false);
const I_MISC = tagOf('MISC', true);

/**
 * True when `info` introduces a work: it is a work noun after at most a conjunction (و/ف) and a
 * preposition (ب/ل/ك), read by spelling (`وببرنامج`, `بعنوان`), as the clitic analysis keeps rare
 * forms whole.
 */
function introducesWork(info: WordInfo): boolean {
  if (info.kind !== 'arabic') return false;
  const w = info.norm;
  return WORKS.has(info.key) || procliticReadings(w, { conjunctions: 'وف', prepositions: 'بلك' }).some((r) => WORKS.has(r));
}

/**
 * Applies the rule to one sentence's tags in place; `sources[i]` becomes 1 where it made the
 * title starting at i. Each opening quote is paired with the next closing one, so the closing
 * `"` of a quotation never opens a title. A title that a chunk crosses (one that starts inside
 * the quotes and runs past them, or the reverse) is left alone, and so is a quote with a clause
 * mark (،) or longer than `MAX_TITLE` tokens: a quotation.
 */
export function applyWorkTitleRules(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array): void {
  const n = infos.length;
  for (let q = 0; q < n; q++) {
    if (!NAME_OPEN_QUOTES.has(infos[q]!.surface)) continue;
    let e = q + 1;
    while (e < n && !NAME_CLOSE_QUOTES.has(infos[e]!.surface)) e++;
    if (e >= n) return;
    const title = q > 0 && introducesWork(infos[q - 1]!) && e > q + 1 && e - q - 1 <= MAX_TITLE;
    if (title && !infos.slice(q + 1, e).some((w) => isClauseMark(w.surface)) && spanIsFree(tags, q + 1, e)) {
      for (let k = q + 1; k < e; k++) tags[k] = k === q + 1 ? B_MISC : I_MISC;
      sources[q + 1] = 1;
    }
    q = e;
  }
}
