/**
 * Label consistency over a document: a name tagged once (`عبد المالك درودكال` PER) is tagged
 * again where the tagger left the same word alone (`… من يتبع درودكال`), as news repeats names
 * in short forms. A light form of Ratinov & Roth's (2009) non-local features, as a post-pass.
 * On ANERcorp-dev (30-sentence windows) it added 0.7 F1 with the count limit below.
 */

import { isInside, tagOf, tagType, ENTITY_TYPES } from './tags.js';
import { TRIGGER, type WordInfo } from './word-info.js';
import type { EntityType } from '../record/mention.js';

/**
 * Labels spread within blocks of this many sentences (a news article, or a stretch of a long
 * one): on ANERcorp-dev 10 to 30 gave 74.0 F1, a whole 700-sentence file 73.5; on AQMAR's long
 * articles, longer blocks lost more precision.
 */
export const CONSISTENCY_WINDOW = 30;

/** Words seen more often than this in the news corpus are common words, never propagated. */
const MAX_COUNT = 1000;
/** Trigger bits that rule a word out (stop words, titles, head nouns, place nouns). */
const NOT_A_NAME = TRIGGER.stop | TRIGGER.title | TRIGGER.orgHead | TRIGGER.placeNoun | TRIGGER.direction | TRIGGER.speech;

/** True when `info` may take a label from elsewhere in the document. */
function propagatable(info: WordInfo): boolean {
  return (info.kind === 'arabic' || info.kind === 'latin') && info.key.length >= 2 && info.count <= MAX_COUNT && !(info.trig & NOT_A_NAME);
}

/**
 * Re-tags, in place, untagged single words of a document whose key was tagged elsewhere in the
 * same block of `CONSISTENCY_WINDOW` sentences.
 * `tags[s]` and `infos[s]` are sentence `s`'s; `sources[s][i]` is set to 2 for such words.
 *
 * 1. Count, per word key, the types of the chunks it makes alone, and the PER chunks it ends
 *    (a surname: `درودكال` of `عبد المالك درودكال`); words inside longer ORG, LOC or MISC names
 *    are common words (`أنصار`, `الاستخبارات`) and do not vote.
 * 2. Give an untagged word, standing alone between untagged neighbours, the majority type of
 *    its key when that type has at least half of the votes.
 */
export function propagateLabels(infos: readonly (readonly WordInfo[])[], tags: readonly Int32Array[], sources: readonly Int32Array[]): void {
  for (let b = 0; b < infos.length; b += CONSISTENCY_WINDOW) {
    const e = b + CONSISTENCY_WINDOW;
    propagateBlock(infos.slice(b, e), tags.slice(b, e), sources.slice(b, e));
  }
}

/** `propagateLabels` over one block of sentences. */
function propagateBlock(infos: readonly (readonly WordInfo[])[], tags: readonly Int32Array[], sources: readonly Int32Array[]): void {
  // 1. Votes.
  const votes = new Map<string, Int32Array>();
  infos.forEach((sent, s) => {
    const t = tags[s]!;
    for (let i = 0; i < sent.length; i++) {
      const type = tagType(t[i]!);
      if (!type || !propagatable(sent[i]!)) continue;
      const starts = !isInside(t[i]!);
      const ends = i + 1 >= sent.length || !isInside(t[i + 1]!);
      if (!(starts && ends) && !(type === 'PER' && ends)) continue;
      let v = votes.get(sent[i]!.key);
      if (!v) votes.set(sent[i]!.key, (v = new Int32Array(ENTITY_TYPES.length)));
      v[ENTITY_TYPES.indexOf(type)]!++;
    }
  });
  if (votes.size === 0) return;
  // 2. Propagation.
  infos.forEach((sent, s) => {
    const t = tags[s]!;
    for (let i = 0; i < sent.length; i++) {
      if (t[i] !== 0 || (i > 0 && t[i - 1] !== 0) || (i + 1 < sent.length && isInside(t[i + 1]!))) continue;
      const v = votes.get(sent[i]!.key);
      if (!v || !propagatable(sent[i]!)) continue;
      let best = 0;
      let total = 0;
      for (let k = 0; k < v.length; k++) {
        total += v[k]!;
        if (v[k]! > v[best]!) best = k;
      }
      if (2 * v[best]! < total) continue;
      t[i] = tagOf(ENTITY_TYPES[best] as EntityType, false);
      sources[s]![i] = 2;
    }
  });
}
