/** Trigger occurrences: the words of a sentence that signal a claim, one reading chosen per word. */

import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import { GOVERNING_PREPOSITIONS } from '../lang/ar/clause-words.js';
import type { ClaimType } from '../record/claim.js';
import type { TriggerWord } from '../lang/ar/claim-triggers.js';
import { stripProclitics } from '../text/clitics.js';
import { matchTriggers, type TriggerMatch } from './lexicon.js';
import type { SentenceContext } from './sentence-context.js';
import type { Reading } from './word-forms.js';
import { fold } from './word-forms.js';

/** A trigger at a token. */
export interface TriggerOcc {
  token: number;
  type: ClaimType;
  word: TriggerWord;
  reading: Reading;
  /** True when the word is read as a noun or participle (هجوم), false for a verb (هاجم). */
  nominal: boolean;
  /** Last token of the trigger (the `next` word of a two-word trigger). */
  lastToken: number;
}

const PREPS = new Set(GOVERNING_PREPOSITIONS.map(fold));
const nextCache = new WeakMap<TriggerWord, Set<string>>();

function nextSet(w: TriggerWord): Set<string> {
  let s = nextCache.get(w);
  if (!s) {
    s = new Set((w.next ?? []).map((x) => fold(x)));
    nextCache.set(w, s);
  }
  return s;
}

/**
 * The triggers of a sentence, skipping words inside actor names (التحالف in «التحالف العربي»).
 *
 * 1. Words with a required next word (شن هجوما، ألقى القبض) count only when it follows.
 * 2. A form that is both verb and noun (قتل، دعم، رصد) is a noun after the article, a glued
 *    preposition or a preposition word, and a verb otherwise.
 * 3. Among the senses left, the one with a satisfied next word wins, then the strongest.
 * 4. A sense with the other kind of object (place or actor) close behind is kept as well.
 */
export function findTriggers(ctx: SentenceContext): TriggerOcc[] {
  const v = ctx.view;
  const out: TriggerOcc[] = [];
  for (let i = ctx.from; i < ctx.to; i++) {
    if (v.tokens[i]!.kind !== 'arabic' || ctx.actors.slotAt(i)) continue;
    const matches = matchTriggers(ctx.lex, v.keys[i]!, v.readings(i));
    if (matches.length === 0) continue;
    // وقف إطلاق النار، وقف القتال: a ceasefire is no attack.
    const before = i > ctx.from ? v.keys[v.prev(i, ctx.from)] ?? '' : '';
    if (/^[وفل]?وقف$/.test(before) || before === 'لوقف') continue;
    const n = v.next(i, ctx.to);
    const prevKey = i > ctx.from ? v.keys[v.prev(i, ctx.from)] ?? '' : '';
    // `من` and `ما` before a verb are pronouns (من يتبع = who follows), not prepositions.
    const bareprev = stripProclitics(prevKey, { conjunctions: 'و' });
    const afterPrep = bareprev !== 'من' && bareprev !== 'ما' && PREPS.has(bareprev);
    const scored: { m: TriggerMatch; score: number; last: number }[] = [];
    for (const m of matches) {
      let last = i;
      let score = m.word.strength;
      // 1. Required next word, possibly after the verb's subject (فتح مسلحون النار).
      if (m.word.next) {
        let nn = n;
        const g = nn >= 0 ? ctx.actors.groupStartingAt(nn) : null;
        if (g && m.word.pos === 'verb') nn = v.next(g.last - 1, ctx.to);
        // لقي عشرات من عناصر التنظيم، مصرعهم: a comma may close the subject.
        if (g && nn >= 0 && v.isComma(nn)) nn = v.next(nn, ctx.to);
        if (nn < 0 || !v.readings(nn).some((r) => nextSet(m.word).has(r.core) || nextSet(m.word).has(v.keys[nn]!))) continue;
        last = nn;
        score += 1;
      }
      // 2. Verb or noun.
      const nounish = m.reading.article || m.reading.prep === 'ب' || m.reading.prep === 'ك' || (m.reading.prep === 'ل' && m.word.pos !== 'verb') || afterPrep;
      if (m.word.pos === 'verb' && nounish) continue;
      if (m.word.pos !== 'verb' && !nounish && matches.some((x) => x.word.pos === 'verb' && x.reading.core === m.reading.core)) score -= 0.5;
      scored.push({ m, score, last });
    }
    if (scored.length === 0) continue;
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0]!;
    // 4. A sense whose object is of the other kind (a visit to a place is MOVE, to a person
    // CONTACT) is kept too: the roles decide which finds its object.
    const other = scored.find((s) => CLAIM_TRIGGERS[s.m.type].object !== CLAIM_TRIGGERS[best.m.type].object && s.score >= best.score - 0.3);
    for (const s of other ? [best, other] : [best]) {
      out.push({ token: i, type: s.m.type, word: s.m.word, reading: s.m.reading, nominal: s.m.word.pos !== 'verb', lastToken: s.last });
    }
  }
  return out;
}
