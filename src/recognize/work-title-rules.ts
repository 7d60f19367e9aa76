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
import { isInside, tagOf } from './tags.js';
import type { WordInfo } from './word-info.js';

const WORKS = new Set(WORK_NOUNS.map((w) => normalizeArabic(w)));
/** Punctuation that makes a quote a quotation, not a title (a colon may sit in a title). */
const isClauseMark = (s: string): boolean => ARABIC_CLAUSE_MARKS.has(s) || (LATIN_CLAUSE_MARKS.has(s) && s !== ':');
/** Longest title taken, in tokens; a longer quote is a quotation, not a name. */
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
  if (WORKS.has(w) || WORKS.has(info.key)) return true;
  const conj = /^[وف]/.test(w) ? 1 : 0;
  if (conj && WORKS.has(w.slice(1))) return true;
  return /^[بلك]/.test(w.slice(conj)) && WORKS.has(w.slice(conj + 1));
}

/**
 * Applies the rule to one sentence's tags in place; `sources[i]` becomes 1 where it made the
 * title starting at i. A title that a chunk crosses (starts inside, ends outside) is left alone,
 * and so is a quote with a clause mark (،) or longer than `MAX_TITLE` tokens: a quotation.
 */
export function applyWorkTitleRules(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array): void {
  const n = infos.length;
  for (let q = 1; q < n; q++) {
    if (!NAME_OPEN_QUOTES.has(infos[q]!.surface) || !introducesWork(infos[q - 1]!)) continue;
    let e = q + 1;
    while (e < n && e - q <= MAX_TITLE + 1 && !NAME_CLOSE_QUOTES.has(infos[e]!.surface) && !isClauseMark(infos[e]!.surface)) e++;
    if (e >= n || !NAME_CLOSE_QUOTES.has(infos[e]!.surface) || e === q + 1 || e - q > MAX_TITLE + 1) continue;
    if (isInside(tags[q + 1]!) || (e < n && isInside(tags[e]!))) continue;
    for (let k = q + 1; k < e; k++) tags[k] = k === q + 1 ? B_MISC : I_MISC;
    sources[q + 1] = 1;
    q = e;
  }
}
