/**
 * Modality and polarity of a claim: the closest cue before its trigger in the same clause
 * (شبهات، يسعى، بهدف), else the innermost attribution frame's verb (تعتقد → believed); a
 * negator right before the trigger (لم، لن، لا، عدم، غير) or a denial frame (نفى) negates it.
 */

import type { Modality, Polarity } from '../record/claim.js';
import type { Frame } from './attribution.js';
import { matchAttributionVerb, matchSequence } from './lexicon.js';
import { isComplementizer, isClauseOpener, type SentenceContext } from './sentence-context.js';
import type { TriggerOcc } from './triggers.js';

/** How far back (tokens) a modality cue reaches. Tuned on the seed: يسعى … للتواصل is 11 away. */
const CUE_REACH = 16;

/**
 * The modality of the claim of `occ` whose attribution chain is `chain` (outermost first).
 *
 * 1. A future prefix on the trigger verb (سيهاجم) makes it intended.
 * 2. The closest cue before the trigger, not across a complementizer, clause opener, stop or
 *    attribution verb.
 * 3. The innermost frame whose verb is not plainly assertive (تعتقد، يرجح).
 */
export function modalityOf(ctx: SentenceContext, occ: TriggerOcc, chain: readonly Frame[]): Modality {
  const v = ctx.view;
  // 1. Future.
  if (!occ.nominal && occ.reading.prep === 'س') return 'intended';
  // 2. Cues.
  const lo = Math.max(ctx.from, occ.token - CUE_REACH);
  for (let k = occ.token - 1; k >= lo; k--) {
    if (v.isStop(k) || isComplementizer(ctx, k) || isClauseOpener(ctx, k)) break;
    const seq = matchSequence(ctx.lex.modality, v.keys, k, occ.token);
    if (seq) return seq.value;
    if (k < occ.token - 1 && matchAttributionVerb(ctx.lex, v.readings(k))) break;
  }
  // 3. Frames, innermost first.
  for (let i = chain.length - 1; i >= 0; i--) {
    const m = chain[i]!.modality;
    if (m !== 'asserted') return m;
  }
  return 'asserted';
}

/**
 * The polarity of the claim of `occ`: negative under a denial frame, or when a negator stands
 * right before the trigger (with at most two gap words such as قد، يكن، يتم) and is not part of
 * a phrase that does not negate (ما لا يقل عن، لا سيما).
 */
export function polarityOf(ctx: SentenceContext, occ: TriggerOcc, chain: readonly Frame[]): Polarity {
  if (chain.some((f) => f.negates && f.scopeStart <= occ.token)) return 'negative';
  const v = ctx.view;
  let k = v.prev(occ.token, ctx.from);
  for (let gap = 0; k >= ctx.from && gap <= 2; gap++) {
    const key = v.keys[k]!;
    if (ctx.lex.negators.has(key)) {
      for (let s = Math.max(ctx.from, k - 2); s <= k; s++) {
        const seq = matchSequence(ctx.lex.nonNegating, v.keys, s, ctx.to);
        if (seq && s + seq.words.length > k) return 'positive';
      }
      // `ما` negates only a past verb (ما هاجم); before a noun it is a relative (ما بعد).
      if ((key === 'ما' || key === 'وما') && occ.nominal) return 'positive';
      return 'negative';
    }
    if (!ctx.lex.negationGap.has(key)) break;
    k = v.prev(k, ctx.from);
  }
  return 'positive';
}
