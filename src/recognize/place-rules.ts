/**
 * A rule over the tagger for place names that no list knows, after a settlement noun in
 * construct form: `بلدة غت` (the seed spells Ghat غت, GeoNames غات), `قرية X`, `مخيم X`.
 * The word must be Arabic, untagged, not a stop word, and rare in the news corpus (common words
 * after `مدينة` are adjectives and nouns: مدينة كبيرة، منطقة عازلة). Measured by eval:ner.
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import { SETTLEMENT_NOUNS } from '../lang/ar/place-nouns.js';
import { tagOf } from './tags.js';
import type { WordInfo } from './word-info.js';

const SETTLEMENTS = new Set(SETTLEMENT_NOUNS.map((w) => normalizeArabic(w)));
/** A word seen at most this often in the news corpus counts as rare. */
const MAX_COUNT = 20;
const B_LOC = tagOf('LOC', false);

/** Applies the rule to one sentence's tags in place; `sources[i]` becomes 1 where it fires. */
export function applyPlaceRules(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array): void {
  for (let i = 0; i + 1 < infos.length; i++) {
    const head = infos[i]!;
    if (head.kind !== 'arabic' || head.key.startsWith('ال') || !SETTLEMENTS.has(head.key)) continue;
    const w = infos[i + 1]!;
    if (tags[i + 1] !== 0 || w.kind !== 'arabic' || w.trig || w.count > MAX_COUNT || w.procliticLength > 0) continue;
    if (i + 2 < infos.length && tags[i + 2] !== 0) continue;
    tags[i + 1] = B_LOC;
    sources[i + 1] = 1;
  }
}
