/**
 * Rules over the tagger for place names.
 *
 * 1. A place name that no list knows, after a settlement noun in construct form: `بلدة غت` (the
 *    seed spells Ghat غت, GeoNames غات), `قرية X`, `مخيم X`. The word must be Arabic, untagged,
 *    not a stop word, and rare in the news corpus (common words after `مدينة` are adjectives
 *    and nouns: مدينة كبيرة، منطقة عازلة).
 * 2. A country whose name has several words, of which the tagger found only part as a place:
 *    `جنوب [أفريقيا]`, `[كوت] ديفوار`. The place covers the whole name (South Africa is not
 *    Africa), when the other words are untagged.
 *
 * Measured by eval:ner.
 */

import { normalizeArabic } from '../lang/ar/normalize.js';
import { SETTLEMENT_NOUNS } from '../lang/ar/place-nouns.js';
import { GAZETTEER_KINDS, type GazetteerMatch } from './gazetteer.js';
import { tagOf } from './tags.js';
import type { WordInfo } from './word-info.js';

const SETTLEMENTS = new Set(SETTLEMENT_NOUNS.map((w) => normalizeArabic(w)));
/** A word seen at most this often in the news corpus counts as rare. */
const MAX_COUNT = 20;
const B_LOC = tagOf('LOC', false);
const I_LOC = tagOf('LOC', true);
const COUNTRY = 1 << GAZETTEER_KINDS.indexOf('country');

/** Applies the rules to one sentence's tags in place; `sources[i]` becomes 1 where one fires. */
export function applyPlaceRules(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array, gaz: GazetteerMatch | null): void {
  afterSettlementNouns(infos, tags, sources);
  if (gaz) wholeCountryNames(tags, sources, gaz);
}

/** Rule 1. */
function afterSettlementNouns(infos: readonly WordInfo[], tags: Int32Array, sources: Int32Array): void {
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

/** Rule 2: the words of a country match are untagged or LOC, with LOC among them, and no chunk runs in or out. */
function wholeCountryNames(tags: Int32Array, sources: Int32Array, gaz: GazetteerMatch): void {
  const n = tags.length;
  for (let i = 0; i < n; i++) {
    if (!(gaz.begin[i]! & COUNTRY)) continue;
    let end = i + 1;
    while (end < n && gaz.inside[end]! & COUNTRY) end++;
    if (end - i < 2 || (end < n && tags[end] === I_LOC) || tags[i] === I_LOC) continue;
    let places = 0;
    let others = 0;
    let whole = tags[i] === B_LOC;
    for (let k = i; k < end; k++) {
      if (tags[k] === B_LOC) places++;
      else if (tags[k] !== 0 && tags[k] !== I_LOC) others++;
      if (k > i && tags[k] !== I_LOC) whole = false;
    }
    if (places === 0 || others > 0 || whole) continue;
    tags[i] = B_LOC;
    for (let k = i + 1; k < end; k++) tags[k] = I_LOC;
    sources[i] = 1;
    i = end - 1;
  }
}
