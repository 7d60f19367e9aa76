/**
 * Roles of a trigger: its subject, object and location among the sentence's actor groups, by
 * word order (VSO, SVO), prepositions, the genitive after a noun, agents (على يد X), support
 * verbs (شنت X هجوما), and the clause's topic when the subject is elided or a pronoun.
 */

import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import { PLACE_PREPOSITIONS } from '../lang/ar/clause-words.js';
import type { Group } from './actor-groups.js';
import { isSupportVerb, matchAttributionVerb } from './lexicon.js';
import {
  fillByReference,
  fillFromGroup,
  isClauseOpener,
  isComplementizer,
  isLinkAdverb,
  isPronounComplementizer,
  isRelative,
  isTemporalPrep,
  isThere,
  onlyLinksBetween,
  type RoleFill,
  type SentenceContext,
} from './sentence-context.js';
import type { TriggerOcc } from './triggers.js';
import { fold } from './word-forms.js';

const PLACE_PREPS = new Set(PLACE_PREPOSITIONS.map(fold));

/** Tokens a role may lie from its trigger, to the right. Tuned on the seed and the dev set. */
const RIGHT_WINDOW = 14;

/** What the sentence walk knows when a trigger is reached. */
export interface RoleEnv {
  topic: RoleFill | null;
  /** The antecedent of the last relative pronoun (التي، الذي) in this sentence. */
  relative: { fill: RoleFill; token: number } | null;
  /** The last place named, for هناك. */
  lastPlace: RoleFill | null;
  /** Tokens of the sentence's verb triggers, which bound a trigger's window. */
  verbTokens: ReadonlySet<number>;
}

/** The roles of one trigger; each object actor makes its own claim with each subject actor. */
export interface Roles {
  subject: RoleFill | null;
  /** True when the subject is the clause's own (not a relative clause's): it becomes the topic. */
  topical: boolean;
  object: RoleFill | null;
  location: RoleFill | null;
}

/** The token where the trigger's right window ends (exclusive). */
function rightLimit(ctx: SentenceContext, occ: TriggerOcc, env: RoleEnv): number {
  const v = ctx.view;
  const max = Math.min(ctx.to, occ.lastToken + 1 + RIGHT_WINDOW);
  for (let k = occ.lastToken + 1; k < max; k++) {
    if (v.isStop(k) || isComplementizer(ctx, k) || isClauseOpener(ctx, k) || isRelative(ctx, k)) return k;
    if (env.verbTokens.has(k)) return k;
    if (matchAttributionVerb(ctx.lex, v.readings(k))) return k;
  }
  return max;
}

function prepOk(g: Group, preps: readonly string[], requirePrep: boolean): boolean {
  if (g.prep === '') return !requirePrep && preps.includes('');
  return preps.some((p) => p !== '' && fold(p) === g.prep);
}

/** True when the verb form is plural (يسافرون، قدموا): a VSO subject would make it singular. */
function pluralVerb(occ: TriggerOcc): boolean {
  const c = occ.reading.core;
  return !occ.nominal && c !== fold(occ.word.lemma) && /(ون|وا|ان)$/.test(c);
}

/**
 * Fills the roles of `occ`.
 *
 * 1. Subject, for verbs and participles: the group right before (SVO, participles), else the
 *    group right after (VSO; a plural verb has none), else the relative antecedent or the topic.
 * 2. Subject, for nouns: the genitive (هجوم التنظيم), an agent (على يد X), a support verb's
 *    subject (شنت X هجوما), else the topic, unless a preposition of time makes the noun an
 *    event reference (بعد الهجوم) or the word wants an explicit subject (وجود X).
 * 3. Object: a genitive of an object noun (اعتقال X), else the first group in the window with
 *    one of the word's prepositions, a place for CONTROL/MOVE/LOCATED; a `بين X و Y` group of a
 *    symmetric word gives both roles; هناك stands for the last place.
 * 4. Location: a place group with a place preposition in the window, or right before.
 */
export function fillRoles(ctx: SentenceContext, occ: TriggerOcc, env: RoleEnv): Roles | null {
  const v = ctx.view;
  const info = CLAIM_TRIGGERS[occ.type];
  const w = occ.word;
  const limit = rightLimit(ctx, occ, env);
  const after = ctx.actors.groupsAfter(occ.lastToken, limit);
  const used = new Set<Group>();
  let subject: RoleFill | null = null;
  let topical = true;
  let object: RoleFill | null = null;
  let genitive: Group | null = null;
  const n = v.next(occ.lastToken, ctx.to);
  if (n >= 0 && n < limit) {
    const g = ctx.actors.groupStartingAt(n);
    if (g && g.prep === '') genitive = g;
  }
  if (!occ.nominal || w.pos === 'participle') {
    // 1. Verbs and participles.
    // `من يتبع` (who follows), `أنها اعتقلت` (that it arrested): the pronoun is the subject.
    let p = v.prev(occ.token, ctx.from);
    while (p > ctx.from && isLinkAdverb(ctx, p)) p = v.prev(p, ctx.from);
    const whoClause = p >= 0 && (v.keys[p] === 'من' || isPronounComplementizer(ctx, p)) && env.topic !== null;
    const svo = occ.reading.conj ? null : subjectBefore(ctx, occ.token);
    const adjacent = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
    const agent = after.find((g) => g.prep === 'agent' && !g.place);
    const passive = !!agent || /^[\u0621-\u064A]\u064F/.test(v.tokens[occ.token]!.text.replace(/^[وف]/, ''));
    if (passive) {
      // 1a. A passive (قُتل X على يد Y): the agent is the subject, the group after the object.
      if (agent) {
        subject = fillFromGroup(ctx, agent);
        used.add(agent);
      }
      topical = false;
      if (genitive && !genitive.place) {
        object = fillFromGroup(ctx, genitive);
        used.add(genitive);
      }
    } else if (svo) subject = fillFromGroup(ctx, svo);
    else if ((pluralVerb(occ) || w.pos === 'participle') && adjacent && !adjacent.place && onlyLinksBetween(ctx, adjacent.last, occ.token, 0)) {
      // An indefinite noun and a verb right after it: a relative clause without a pronoun
      // (تحركات لمشبوهين تنقلوا إلى …), the verb's subject is that noun.
      subject = fillFromGroup(ctx, adjacent);
      topical = false;
    } else if (whoClause) subject = fillByReference(ctx, env.topic!, occ.token, 'pronoun');
    else if (w.pos !== 'participle' && genitive && !genitive.place && !pluralVerb(occ)) {
      const direct = after.filter((g) => g.prep === '' && !g.place);
      const objectWanted = w.preps.includes('') && info.object === 'actor' && direct.length === 1 && env.topic !== null && !!occ.reading.conj;
      if (!objectWanted && onlyLinksBetween(ctx, occ.lastToken + 1, genitive.first, 2)) {
        subject = fillFromGroup(ctx, genitive);
        used.add(genitive);
      }
    }
    if (!subject && !passive && w.pos !== 'participle') {
      const rel = env.relative && occ.token - env.relative.token <= 3 ? env.relative.fill : null;
      if (rel) subject = fillByReference(ctx, rel, occ.token, 'pronoun');
      else if (env.topic) subject = fillByReference(ctx, env.topic, occ.token, env.topic.via === 'explicit' ? 'elided' : env.topic.via);
    }
  } else {
    // 2. Nouns.
    if (genitive && w.genitive === 'subject' && !genitive.place) {
      subject = fillFromGroup(ctx, genitive);
      used.add(genitive);
    }
    if (!subject) {
      const agent = after.find((g) => g.prep === 'agent');
      if (agent) {
        subject = fillFromGroup(ctx, agent);
        used.add(agent);
      }
    }
    if (!subject) subject = supportSubject(ctx, occ, env);
    const prev = v.prev(occ.token, ctx.from);
    const eventRef = prev >= 0 && (isTemporalPrep(ctx, prev) || v.keys[prev] === 'اعقاب');
    if (!subject && !eventRef && !w.explicitSubject && !w.apposition && env.topic) {
      subject = fillByReference(ctx, env.topic, occ.token, 'elided');
    }
    if (w.apposition) subject = appositionSubject(ctx, occ, genitive);
  }
  // 3. Object. After a preposition word of the trigger (التحقيق حول شبهات … بين X و Y) the object
  // may sit deeper in the phrase: any governed group in the window will do.
  const nestedOk = n >= 0 && n < limit && !ctx.actors.slotAt(n) && w.preps.some((p) => p !== '' && fold(p) === ctx.view.keys[n]);
  if (genitive && !used.has(genitive) && (w.genitive === 'object' || w.apposition) && genitive.place === (info.object === 'place')) {
    object = fillFromGroup(ctx, genitive);
    used.add(genitive);
  }
  if (!object) {
    for (const g of after) {
      if (used.has(g)) continue;
      if (info.object === 'place' ? !g.place : g.place) continue;
      // `اتصالات بين X و Y`: both roles from one group, unless the subject is written.
      if (g.prep === 'بين' && g.slots.length >= 2 && info.symmetric && subject?.via !== 'explicit') {
        subject = fillFromGroup(ctx, { ...g, slots: [g.slots[0]!], last: g.slots[0]!.last });
        object = fillFromGroup(ctx, { ...g, slots: g.slots.slice(1), first: g.slots[1]!.first });
        used.add(g);
        break;
      }
      if (g.prep === 'agent') continue;
      if (!prepOk(g, w.preps, !!w.requirePrep) && !(nestedOk && g.prep !== '')) continue;
      object = fillFromGroup(ctx, g);
      used.add(g);
      break;
    }
  }
  if (info.object === 'place' && env.lastPlace) {
    const stop = object ? ctx.view.prev(object.token, occ.lastToken) + 1 : limit;
    for (let k = occ.lastToken + 1; k < stop; k++) {
      if (isThere(ctx, k)) {
        object = fillByReference(ctx, env.lastPlace, k, 'pronoun');
        break;
      }
    }
  }
  // 4. Location.
  let location: RoleFill | null = null;
  if (info.object !== 'place') {
    const place = after.find((g) => !used.has(g) && g.place && PLACE_PREPS.has(g.prep));
    if (place) location = fillFromGroup(ctx, place);
    else {
      const before = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
      if (before && before.place && PLACE_PREPS.has(before.prep) && onlyLinksBetween(ctx, before.last, occ.token, 2)) location = fillFromGroup(ctx, before);
    }
  }
  if (!subject && !object) return null;
  return { subject, topical, object, location };
}

/**
 * The subject written before a verb (SVO): the nearest group without a preposition, stepping
 * back over places in a prepositional phrase that qualify it (أجهزة أمن في مصر، قد رصدت).
 */
function subjectBefore(ctx: SentenceContext, token: number): Group | null {
  let end = token;
  for (const g of ctx.actors.groupsBefore(token, ctx.from)) {
    if (!onlyLinksBetween(ctx, g.last, end)) return null;
    if (g.place && g.prep !== '') {
      const p = ctx.view.prev(g.first, ctx.from);
      end = p >= 0 && g.prep.length > 1 && ctx.view.keys[p]!.endsWith(g.prep) ? p : g.first;
      continue;
    }
    return g.prep === '' && !g.place ? g : null;
  }
  return null;
}

/** The subject a support verb lends a noun (شنت قوات X هجوما، وقفت وراء الهجوم). */
function supportSubject(ctx: SentenceContext, occ: TriggerOcc, env: RoleEnv): RoleFill | null {
  const v = ctx.view;
  for (let k = occ.token - 1, n = 0; k >= ctx.from && n < 4; k--, n++) {
    if (v.isStop(k) || isComplementizer(ctx, k)) break;
    if (!isSupportVerb(ctx.lex, v.readings(k))) continue;
    const between = ctx.actors.groupsAfter(k, occ.token).find((g) => g.prep === '' && !g.place);
    if (between) return fillFromGroup(ctx, between);
    const before = subjectBefore(ctx, k);
    if (before) return fillFromGroup(ctx, before);
    const rel = env.relative && k - env.relative.token <= 3 ? env.relative.fill : null;
    if (rel) return fillByReference(ctx, rel, k, 'pronoun');
    return env.topic ? fillByReference(ctx, env.topic, k, env.topic.via === 'explicit' ? 'elided' : env.topic.via) : null;
  }
  return null;
}

/** The person beside an office noun: زعيم تنظيم X أبو بكر …، or …البغدادي، زعيم التنظيم. */
function appositionSubject(ctx: SentenceContext, occ: TriggerOcc, genitive: Group | null): RoleFill | null {
  const v = ctx.view;
  if (genitive) {
    const n = v.next(genitive.last - 1, ctx.to);
    const g = n >= 0 ? ctx.actors.groupStartingAt(n) : null;
    if (g && g.prep === '' && g.slots[0]!.actor.type === 'PER') return fillFromGroup(ctx, g);
  }
  const before = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
  if (before && before.slots[0]!.actor.type === 'PER' && onlyLinksBetween(ctx, before.last, occ.token, 1)) return fillFromGroup(ctx, before);
  return null;
}
