/**
 * The claims of one sentence: a left-to-right walk that keeps the clause's topic (who the clause
 * is about), reads attribution frames, and fills each trigger's roles; coordinated actors give
 * one claim each. The topic carries into the next sentence for elided subjects.
 */

import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import type { ClaimType, Modality, Polarity } from '../record/claim.js';
import { stripProclitics } from '../text/clitics.js';
import type { ActorSpan } from './actor-spans.js';
import { chainAt, readFrame, type Frame, type FrameState } from './attribution.js';
import { modalityOf, polarityOf } from './modality.js';
import { fillRoles, isAimOf, type RoleEnv } from './roles.js';
import {
  fillByReference,
  fillFromGroup,
  isComplementizer,
  isPronounComplementizer,
  isPronounWord,
  isRelative,
  type RoleFill,
  type SentenceContext,
} from './sentence-context.js';
import { findTriggers, type TriggerOcc } from './triggers.js';

/** What one sentence hands to the next. */
export interface WalkState {
  topic: RoleFill | null;
  /** The last frame read, continued by وأضاف/وتابع at the start of a sentence. */
  carry: Frame | null;
  lastPlace: RoleFill | null;
  /** The roles of the last attack with an author, for a later الهجوم that refers back to it. */
  lastAttack?: RoleEnv['lastAttack'];
}

/** A claim before ids, time, quantities and confidence. */
export interface DraftClaim {
  type: ClaimType;
  occ: TriggerOcc;
  subject: { actor: ActorSpan; fill: RoleFill } | null;
  object: { actor: ActorSpan; fill: RoleFill } | null;
  location: { actor: ActorSpan; fill: RoleFill } | null;
  chain: Frame[];
  modality: Modality;
  polarity: Polarity;
  sentence: number;
}

/** Casualty nouns that, after a consequence verb (أدى إلى مقتل), only count the claim before. */
const CASUALTY_LEMMAS = new Set(['مقتل']);

/**
 * Walks one sentence.
 *
 * 1. Triggers are found first, so windows can stop at the next verb.
 * 2. Token by token: a group at the sentence's start or after a complementizer becomes the
 *    topic (a pronoun complementizer such as أنها keeps the topic or takes a relative's
 *    antecedent); a relative pronoun records its antecedent; frames are read; triggers get
 *    their roles, and a written subject becomes the topic.
 * 3. Each claim gets its attribution chain, modality and polarity once all frames are known.
 */
export function sentenceClaims(ctx: SentenceContext, walk: WalkState): DraftClaim[] {
  const v = ctx.view;
  // 1. Triggers.
  const triggers = findTriggers(ctx);
  const byToken = new Map<number, TriggerOcc[]>();
  for (const t of triggers) byToken.set(t.token, [...(byToken.get(t.token) ?? []), t]);
  const verbTokens = new Set(triggers.filter((t) => !t.nominal).map((t) => t.token));
  const frameState: FrameState = { frames: [], topic: walk.topic, carry: walk.carry };
  const triggerTypes = new Map<number, string[]>();
  for (const t of triggers) triggerTypes.set(t.token, [...(triggerTypes.get(t.token) ?? []), t.type]);
  const env: RoleEnv = { topic: walk.topic, relative: null, relativePlace: null, lastPlace: walk.lastPlace, verbTokens, triggerTypes, topicHere: false, lastAttack: walk.lastAttack ?? null };
  const drafts: DraftClaim[] = [];
  const setTopic = (fill: RoleFill): void => {
    env.topic = fill;
    env.topicHere = true;
    frameState.topic = fill;
  };
  // 2. The walk.
  const topicBefore = walk.topic;
  let lastRelative = -1;
  let firstWord = ctx.from;
  while (firstWord < ctx.to && (v.isQuote(firstWord) || ['و', 'وكان', 'وكانت', 'كان', 'كانت', 'وكانوا'].includes(v.keys[firstWord]!))) firstWord++;
  for (let i = ctx.from; i < ctx.to; i++) {
    const g = ctx.actors.groupStartingAt(i);
    if (g) {
      if (g.place) env.lastPlace = fillFromGroup(ctx, g);
      else if (i === firstWord && g.prep === '') setTopic(fillFromGroup(ctx, g));
    }
    if (isComplementizer(ctx, i)) {
      if (isPronounComplementizer(ctx, i)) {
        // أنها refers to a relative's antecedent (التي تعتقد الوكالة أنها), else to the source
        // of the verb it completes (نفت الجبهة أنها), else to the topic.
        const frame = frameState.frames[frameState.frames.length - 1];
        // In a relative clause (التي تعتقد الوكالة أنها …) the pronoun is the relative's own: its
        // antecedent, or nobody we know when that is no actor — never the believer.
        const resumptive = !!frame && frame.scopeStart === i && lastRelative >= 0 && v.prev(frame.cue, ctx.from) === lastRelative;
        if (resumptive) {
          const ante = env.relative && env.relative.token === lastRelative ? env.relative.fill : null;
          setTopic(ante ? fillByReference(ctx, ante, i, 'pronoun') : { actors: [], via: 'pronoun', start: v.tokens[i]!.start, end: v.tokens[i]!.end, token: i });
        } else {
          const source = frame && frame.scopeStart === i && frame.sourceActors.length ? frame : null;
          const sourceFill = source ? { actors: source.sourceActors, via: 'explicit' as const, start: v.tokens[i]!.start, end: v.tokens[i]!.end, token: i } : null;
          // … else to the last actor named shortly before (يشتبه في أنهم after ثمانية أشخاص).
          const recent = ctx.actors.groupsBefore(i, Math.max(ctx.from, i - 8)).find((x) => !x.place);
          const rel = env.relative?.fill ?? sourceFill ?? (recent ? fillFromGroup(ctx, recent) : null) ?? env.topic;
          if (rel) setTopic(fillByReference(ctx, rel, i, 'pronoun'));
        }
      } else {
        const n = v.next(i, ctx.to);
        const after = n >= 0 ? ctx.actors.groupStartingAt(n) : null;
        if (after && after.prep === '' && !after.place) setTopic(fillFromGroup(ctx, after));
      }
    } else if (isRelative(ctx, i)) {
      const ante = ctx.actors.groupsBefore(i, ctx.from).find((x) => !x.place);
      env.relative = ante && i - ante.last <= 6 ? { fill: fillFromGroup(ctx, ante), token: i } : null;
      lastRelative = i;
      const nearest = ctx.actors.groupsBefore(i, ctx.from)[0];
      env.relativePlace = nearest && nearest.place && i - nearest.last <= 2 ? { fill: fillFromGroup(ctx, nearest), token: i } : null;
    } else if (isPronounWord(ctx, i) && env.topic) {
      setTopic(fillByReference(ctx, env.topic, i, 'pronoun'));
    }
    for (const f of readFrame(ctx, i, frameState)) frameState.frames.push(f);
    for (const occ of byToken.get(i) ?? []) claimsOf(occ);
  }
  function claimsOf(occ: TriggerOcc): void {
    // The aim of an attack (شنت هجوما لطرد القوات) is part of that attack, no claim of its own.
    const p = v.prev(occ.token, ctx.from);
    if (!occ.nominal && p >= 0 && (byToken.get(p) ?? []).some((o) => isAimOf(ctx, o, occ.token))) return;
    if (CASUALTY_LEMMAS.has(occ.word.lemma) && drafts.some((d) => d.type === 'ATTACK') && followsConsequence(ctx, occ.token)) return;
    const roles = fillRoles(ctx, occ, env);
    if (!roles) return;
    // اتهم X Y بتدريب Z: the accused does what the noun says, and it is only suspected.
    const accusation = drafts.filter((d) => d.type === 'ACCUSE' && d.object).pop();
    let suspectedByAccusation = false;
    if (accusation && occ.nominal && occ.type !== 'ACCUSE' && occ.token > accusation.object!.fill.token && occ.token - accusation.object!.fill.token <= 6) {
      roles.subject = accusation.object!.fill;
      roles.topical = false;
      suspectedByAccusation = true;
    }
    const info = CLAIM_TRIGGERS[occ.type];
    const subjects = roles.subject?.actors ?? [null];
    const objects = roles.object?.actors ?? [null];
    for (const s of subjects) {
      for (const o of objects) {
        if (s && o && s.id === o.id) continue;
        // Talking to a newspaper or a radio is an interview, not a contact between actors.
        if (o && info.symmetric && o.subtype === 'media') continue;
        if (!o && info.objectRequired) continue;
        if (!s && (occ.type !== 'ATTACK' || !o)) continue;
        // People a report is about (ستة أشخاص، مدنيين) attack nobody by mere reference: the
        // elided subject after their killing is the attack's, not theirs.
        if (s && occ.type === 'ATTACK' && roles.subject!.via !== 'explicit' && s.described?.subtype === 'other') continue;
        // An attack with neither a written subject nor a target says too little (الهجوم، قتلوا),
        // unless its subject was named in this very sentence (X يسعى … لشن هجمات).
        if (!o && roles.subject && roles.subject.via !== 'explicit' && !env.topicHere) continue;
        const loc = roles.location?.actors[0] ?? null;
        drafts.push({
          type: occ.type,
          occ,
          subject: s ? { actor: s, fill: roles.subject! } : null,
          object: o ? { actor: o, fill: roles.object! } : null,
          location: loc && loc.id !== o?.id ? { actor: loc, fill: roles.location! } : null,
          chain: [],
          modality: suspectedByAccusation ? 'suspected' : 'asserted',
          polarity: 'positive',
          sentence: ctx.index,
        });
      }
    }
    if (roles.subject && roles.subject.via === 'explicit' && roles.topical) setTopic(roles.subject);
    // Only an author the text writes (or one a later الهجوم already took) is remembered.
    if (occ.type === 'ATTACK' && roles.subject && roles.subject.actors.length && (roles.subject.via === 'explicit' || roles.subject.actors === env.lastAttack?.subject.actors)) {
      env.lastAttack = { subject: roles.subject, object: roles.object };
    }
  }
  // 3. Attribution, modality, polarity.
  for (const d of drafts) {
    d.chain = chainAt(frameState.frames, d.occ.token);
    if (d.modality === 'asserted') d.modality = modalityOf(ctx, d.occ, d.chain);
    d.polarity = polarityOf(ctx, d.occ, d.chain);
  }
  // A topic nobody could name (a relative clause about no actor) does not carry on.
  walk.topic = env.topic && env.topic.actors.length === 0 ? topicBefore : env.topic;
  walk.lastPlace = env.lastPlace;
  walk.lastAttack = env.lastAttack;
  const last = frameState.frames[frameState.frames.length - 1];
  if (last) walk.carry = last;
  return drafts;
}

/** True when a consequence verb (أدى إلى، أسفر عن) stands within three tokens before `i`. */
function followsConsequence(ctx: SentenceContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(ctx.from, i - 3); k--) {
    if (ctx.lex.consequence.has(ctx.view.keys[k]!) || ctx.lex.consequence.has(stripProclitics(ctx.view.keys[k]!, { conjunctions: 'و' }))) return true;
  }
  return false;
}
