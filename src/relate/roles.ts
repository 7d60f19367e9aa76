/**
 * Roles of a trigger: its subject, object and location among the sentence's actor groups, by
 * word order (VSO, SVO), prepositions, the genitive after a noun, agents (على يد X), support
 * verbs (شنت X هجوما), and the clause's topic when the subject is elided or a pronoun.
 */

import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import { DETERMINER_WORDS, PLACE_PREPOSITIONS, TARGET_NOUNS } from '../lang/ar/clause-words.js';
import { stripProclitics } from '../text/clitics.js';
import type { Group } from './actor-groups.js';
import { isSupportVerb, matchAttributionVerb, matchTriggers } from './lexicon.js';
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
const TARGETS = new Set(TARGET_NOUNS.flatMap((w) => [fold(w), `${fold(w)}ا`]));
const DETERMINERS = new Set(DETERMINER_WORDS.map(fold));

/** Tokens after a trigger in which an agent (نسبت إلى X) is still its author. Dev set. */
const AGENT_WINDOW = 9;

/** True when a full stop, a colon or a comma stands strictly between tokens `a` and `b`. */
function stopBetween(ctx: SentenceContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (ctx.view.isStop(k) || ctx.view.isComma(k)) return true;
  return false;
}

/** Words between an attack noun and a support verb that refers back to it (غارات الطائرات بدون طيار التي تشنها). Dev set. */
const SUPPORT_AFTER = 5;

/** Tokens a role may lie from its trigger, to the right. Tuned on the seed and the dev set. */
const RIGHT_WINDOW = 14;

/** What the sentence walk knows when a trigger is reached. */
export interface RoleEnv {
  topic: RoleFill | null;
  /** The antecedent of the last relative pronoun (التي، الذي) in this sentence. */
  relative: { fill: RoleFill; token: number } | null;
  /** The last place named, for هناك. */
  lastPlace: RoleFill | null;
  /** The place a relative pronoun refers to (المكلا التي يسيطرون عليها), for عليها/فيها. */
  relativePlace: { fill: RoleFill; token: number } | null;
  /** Whether the topic was named in this sentence (a topic from far back is a weaker subject). */
  topicHere: boolean;
  /** The roles of the last attack told (in this sentence or an earlier one), for الهجوم that refers back to it. */
  lastAttack: { subject: RoleFill; object: RoleFill | null } | null;
  /** Tokens of the sentence's verb triggers, which bound a trigger's window. */
  verbTokens: ReadonlySet<number>;
  /** Claim types of the triggers at each token: a trigger of the same type bounds the window too. */
  triggerTypes: ReadonlyMap<number, readonly string[]>;
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
    if (v.isStop(k) || isComplementizer(ctx, k) || isClauseOpener(ctx, k) || isRelative(ctx, k) || isTemporalPrep(ctx, k)) return k;
    // The aim right after an attack noun (هجوما لطرد القوات): its object is the attack's target.
    const aim = k === occ.lastToken + 1 && isAimOf(ctx, occ, k);
    if (!aim && (env.verbTokens.has(k) || env.triggerTypes.get(k)?.includes(occ.type))) return k;
    if (matchAttributionVerb(ctx.lex, v.readings(k))) return k;
  }
  return max;
}

/** True when token `k` is a verb of purpose (ل + verb) right after the attack noun `occ`: the attack's aim. */
export function isAimOf(ctx: SentenceContext, occ: TriggerOcc, k: number): boolean {
  return occ.type === 'ATTACK' && occ.nominal && ctx.view.readings(k).some((r) => r.prep === 'ل' && !r.article && r.core.length > 2);
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
  let inRelative = false;
  let object: RoleFill | null = null;
  let genitive: Group | null = null;
  /** True when the genitive stands after a prepositional pronoun of the verb (يسيطر عليها الأكراد). */
  let pastPronoun = false;
  /** The earlier attack a definite attack noun refers to (its target stands in when none is written). */
  let anaphoric: RoleEnv['lastAttack'] = null;
  const n = v.next(occ.lastToken, ctx.to);
  if (n >= 0 && n < limit) {
    const g = ctx.actors.groupStartingAt(n);
    if (g && g.prep === '') genitive = g;
    // A verb's prepositional pronoun before its subject (التي يسيطر عليها الأكراد): the group after it.
    const n2 = v.next(n, ctx.to);
    if (!g && !occ.nominal && /^(علي|في|من|الي|عن|ب|ل)(ها|ه|هم|هما)$/.test(v.keys[n]!) && n2 >= 0 && n2 < limit) {
      const g2 = ctx.actors.groupStartingAt(n2);
      if (g2 && g2.prep === '' && !g2.place) {
        genitive = g2;
        pastPronoun = true;
      }
    }
  }
  // A two-word verb with its subject inside (فتح مسلحون النار): that group.
  const inner = occ.lastToken > occ.token ? ctx.actors.groupStartingAt(v.next(occ.token, ctx.to)) : null;
  if (inner && inner.prep === '' && inner.last <= occ.lastToken) genitive = inner;
  // The agent (على يد X، من قبل X، نسبت إلى X) may stand past a verb that ends the window
  // (هجمات ضد القوات نسبت إلى المقاتلين): a few tokens more are looked at for it.
  const agent =
    after.find((g) => g.prep === 'agent' && !g.place) ??
    ctx.actors.groupsAfter(occ.lastToken, Math.min(ctx.to, occ.lastToken + AGENT_WINDOW)).find((g) => g.prep === 'agent' && !g.place && !stopBetween(ctx, occ.lastToken, g.first)) ??
    null;
  const take = (g: Group): RoleFill => {
    used.add(g);
    return fillFromGroup(ctx, g);
  };
  if (!occ.nominal || w.pos === 'participle') {
    // 1. Verbs and participles.
    // `من يتبع` (who follows), `أنها اعتقلت` (that it arrested): the pronoun is the subject.
    let p = v.prev(occ.token, ctx.from);
    while (p > ctx.from && isLinkAdverb(ctx, p)) p = v.prev(p, ctx.from);
    const whoClause = p >= 0 && (v.keys[p] === 'من' || isPronounComplementizer(ctx, p)) && env.topic !== null;
    // After a relative pronoun whose antecedent is no actor (الهجمات التي تستهدف الجيش), the
    // group after the verb is its object.
    const afterRelative = p >= 0 && isRelative(ctx, p) && !(env.relative && env.relative.token === p);
    // The subject of a relative clause (التحالف الذي تقوده الولايات المتحدة) is not the sentence's topic.
    inRelative = p >= 0 && isRelative(ctx, p);
    if (w.patient) {
      // لقي X مصرعه: X (inside the verb phrase, or right before it) is the one killed.
      const patient = genitive && !genitive.place ? genitive : adjacentOf(ctx, occ);
      if (!patient) return null;
      return { subject: agent ? take(agent) : null, topical: false, object: take(patient), location: placeAfter(ctx, after, used) };
    }
    if (w.backedBy) {
      // قوات التمرد المدعومة من فلول صالح: the backer is the subject, the noun before the object.
      const backer = after.find((g) => !g.place && g.first - occ.lastToken <= 4);
      const backed = ctx.actors.groupsBefore(occ.token, Math.max(ctx.from, occ.token - 3)).find((g) => !g.place);
      if (!backer || !backed) return null;
      return { subject: take(backer), topical: false, object: take(backed), location: null };
    }
    const svo = occ.reading.conj ? null : subjectBefore(ctx, occ.token);
    const adjacent = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
    const adjacentOk = !!adjacent && !adjacent.place && onlyLinksBetween(ctx, adjacent.last, occ.token, 0) && (w.pos === 'participle' ? !occ.reading.conj : true);
    const direct = after.filter((g) => g.prep === '' && !g.place);
    const marked = /^[\u0621-\u064A]\u064F/.test(stripProclitics(v.tokens[occ.token]!.text, { conjunctions: 'وف' }));
    // A verb news writes in the passive (قتل 5 جنود، جنود قتلوا في …) with no second group.
    const proneSingle = !!w.passiveProne && !pluralVerb(occ) && direct.length === 1 && !svo && !whoClause && genitive === direct[0];
    const proneBefore = !!w.passiveProne && !genitive && adjacentOk;
    if (agent || marked || proneSingle || proneBefore) {
      // 1a. A passive (قُتل X على يد Y): the agent is the subject, the patient the object.
      if (agent) subject = take(agent);
      topical = false;
      if (genitive && !genitive.place) object = take(genitive);
      else if (adjacentOk && (marked || proneBefore)) object = take(adjacent!);
    } else if (svo) subject = take(svo);
    else if (occ.reading.prep === 'ل' && !occ.reading.article) {
      // A verb of purpose (أطلقت تركيا حملة جوية لقصف مواقع …) has the subject of the verb it serves.
      const support = supportSubject(ctx, occ, env, after);
      if (support) {
        subject = support.fill;
        if (support.group) used.add(support.group);
        topical = false;
      }
    }
    else if ((pluralVerb(occ) || w.pos === 'participle') && adjacentOk) {
      // An indefinite noun and a verb right after it: a relative clause without a pronoun
      // (تحركات لمشبوهين تنقلوا إلى …), the verb's subject is that noun.
      subject = take(adjacent!);
      topical = false;
    } else if (whoClause) subject = fillByReference(ctx, env.topic!, occ.token, 'pronoun');
    else if (w.pos === 'participle' && env.relative && occ.token - env.relative.token <= 3) {
      // الخلية التي كانت مرتبطة بـ…: the relative's antecedent.
      subject = fillByReference(ctx, env.relative.fill, occ.token, 'pronoun');
    }
    else if (w.pos !== 'participle' && genitive && !genitive.place && !pluralVerb(occ) && !afterRelative && (pastPronoun || onlyLinksBetween(ctx, occ.lastToken + 1, genitive.first, 2))) {
      subject = take(genitive);
    }
    // A passive without an agent has no subject; nor has a verb after a relative with no actor.
    const passiveNoAgent = !topical && !agent;
    // An attack noun right before the verb is its subject (الضربات استهدفت، الغارة دمرت): the
    // verb tells more of that attack, whose author is the last one named, not the clause's topic.
    const byAttack = !subject && !passiveNoAgent && p >= 0 && !ctx.actors.slotAt(p) && attackNounAt(ctx, p);
    if (byAttack) {
      if (env.lastAttack) subject = fillByReference(ctx, env.lastAttack.subject, occ.token, 'elided');
    } else if (!subject && !passiveNoAgent && w.pos !== 'participle' && !afterRelative) {
      const rel = env.relative && occ.token - env.relative.token <= 3 ? env.relative.fill : null;
      if (rel) subject = fillByReference(ctx, rel, occ.token, 'pronoun');
      else if (env.topic) subject = fillByReference(ctx, env.topic, occ.token, env.topic.via === 'explicit' ? 'elided' : env.topic.via);
    }
  } else {
    // 2. Nouns.
    const prev = v.prev(occ.token, ctx.from);
    const subjected = subjectedTo(ctx, occ, env);
    if (subjected) {
      // تعرضت الدورية لهجوم من مسلحين: the one subjected is the target, the من group the attacker.
      object = subjected.target.via === 'explicit' ? subjected.target : fillByReference(ctx, subjected.target, occ.token, 'pronoun');
      if (subjected.attacker) subject = take(subjected.attacker);
    }
    if (!subject && genitive && w.genitive === 'subject' && !genitive.place) subject = take(genitive);
    // قصف مدفعي للحوثيين: a ل right after a noun whose genitive is its subject marks the subject.
    if (!subject && !genitive && w.genitive === 'subject') {
      const lam = after.find((g) => g.prep === 'ل' && !g.place && g.first - occ.lastToken <= 2);
      if (lam) subject = take(lam);
    }
    // Backing: مقاتلون بدعم من الحكومة → the من group backs the group before.
    if (!subject && occ.reading.prep === 'ب' && (occ.type === 'COOPERATE' || occ.type === 'AID')) {
      const from = after.find((g) => g.prep === 'من' && !g.place && g.first - occ.lastToken <= 2);
      const backed = ctx.actors.groupsBefore(occ.token, Math.max(ctx.from, occ.token - 3)).find((g) => !g.place);
      if (from && backed) {
        subject = take(from);
        object = take(backed);
        topical = false;
      }
    }
    if (!subject && agent) subject = take(agent);
    if (!subject) {
      const support = supportSubject(ctx, occ, env, after);
      if (support) {
        subject = support.fill;
        if (support.group) used.add(support.group);
      }
    }
    const eventRef = prev >= 0 && (isTemporalPrep(ctx, prev) || v.keys[prev] === 'اعقاب');
    // A possessive pronoun on a noun whose genitive is its object (لاستعادتها) is that object.
    if (!object && occ.reading.suffix !== '' && w.genitive === 'object') {
      const ref = info.object === 'place' ? env.lastPlace : (ctx.actors.groupsBefore(occ.token, Math.max(ctx.from, occ.token - 6)).find((g) => !g.place) ?? null);
      if (ref) object = 'slots' in ref ? take(ref) : fillByReference(ctx, ref, occ.token, 'pronoun');
    }
    // A possessive pronoun (زيارته، سيطرتها) is its subject: the last actor named shortly before, or the topic.
    if (!subject && occ.reading.suffix !== '' && !w.apposition && w.genitive !== 'object') {
      const recent = ctx.actors.groupsBefore(occ.token, Math.max(ctx.from, occ.token - 6)).find((g) => !g.place);
      const ref = recent ? fillFromGroup(ctx, recent) : env.topic;
      if (ref) subject = fillByReference(ctx, ref, occ.token, 'pronoun');
    }
    // A definite attack noun with no author of its own (الهجوم، الغارات) refers back to the
    // attack told before; with none before, the clause's topic is no safer a guess.
    const definiteAttack = occ.type === 'ATTACK' && occ.reading.article && !subject && !subjected;
    if (definiteAttack && env.lastAttack && !eventRef) {
      subject = fillByReference(ctx, env.lastAttack.subject, occ.token, 'elided');
      anaphoric = env.lastAttack;
    } else if (!subject && !definiteAttack && !eventRef && !w.explicitSubject && !w.apposition && !subjected && env.topic) {
      subject = fillByReference(ctx, env.topic, occ.token, 'elided');
    }
  }
  // 3. Object. After a preposition word of the trigger (التحقيق حول شبهات … بين X و Y) the object
  // may sit deeper in the phrase: any group in the window will do.
  const nestedOk =
    n >= 0 &&
    n < limit &&
    !ctx.actors.slotAt(n) &&
    (w.preps.some((p) => p !== '' && fold(p) === ctx.view.keys[n]) ||
      // A purpose after an attack noun (هجوما لطرد القوات الحكومية): its object is the target.
      (occ.type === 'ATTACK' && occ.nominal && ctx.view.readings(n).some((r) => r.prep === 'ل' && !r.article && r.core.length > 2)));
  if (!object && genitive && !used.has(genitive) && (w.genitive === 'object' || w.apposition) && genitive.place === (info.object === 'place')) {
    object = take(genitive);
  }
  if (!object) {
    for (const g of after) {
      if (used.has(g)) continue;
      if (info.object === 'place' ? !g.place : g.place) continue;
      // `بين X و Y من جهة، و Z من جهة أخرى`: the two sides.
      const side = g.prep === 'بين' ? otherSide(ctx, g, limit) : null;
      if (side && subject?.via !== 'explicit') {
        subject = take(g);
        object = take(side);
        break;
      }
      // `اتصالات بين X و Y`: both roles from one group, unless the subject is written.
      if (g.prep === 'بين' && g.slots.length >= 2 && w.preps.includes('بين') && subject?.via !== 'explicit') {
        subject = fillFromGroup(ctx, { ...g, slots: [g.slots[0]!], last: g.slots[0]!.last });
        object = fillFromGroup(ctx, { ...g, slots: g.slots.slice(1), first: g.slots[1]!.first });
        used.add(g);
        break;
      }
      if (g.prep === 'agent') continue;
      // A facility of an actor right after a direct-object word (اقتحموا مركزا للشرطة): the actor.
      const owner = g.prep === 'ل' && w.preps.includes('') && !w.requirePrep && info.object === 'actor' && (g.first - occ.lastToken <= 3 || afterTargetNoun(ctx, g, occ));
      const nested = nestedOk && (info.object === 'actor' || g.prep === '');
      if (!prepOk(g, w.preps, !!w.requirePrep) && !nested && !owner) continue;
      object = take(g);
      break;
    }
  }
  // A place under someone's control, named before (مدينة درعا الخاضعة لسيطرة المعارضة).
  if (!object && info.object === 'place' && occ.reading.prep === 'ل') {
    const before = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
    if (before && before.place && occ.token - before.last <= 4) object = take(before);
  }
  if (!object && info.object === 'place' && env.relativePlace && occ.token - env.relativePlace.token <= 4) {
    for (let k = occ.lastToken + 1; k < Math.min(limit, occ.lastToken + 3); k++) {
      if (/^(علي|في|الي|ب)(ها|ه|هم)$/.test(ctx.view.keys[k]!)) {
        object = fillByReference(ctx, env.relativePlace.fill, k, 'pronoun');
        break;
      }
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
  if (!object && anaphoric?.object) object = fillByReference(ctx, anaphoric.object, occ.token, 'elided');
  if (w.apposition && object && object.token - occ.lastToken > 5) object = null;
  if (w.apposition) {
    // Nouns of office: the person (or organization) beside the noun and its organization.
    const org = object ? ctx.actors.groupsAfter(occ.lastToken, limit).find((g) => fillFromGroup(ctx, g).token === object!.token) ?? null : null;
    subject = appositionSubject(ctx, occ, org, w.appositionTypes ?? ['PER']);
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
  return { subject, topical: topical && !inRelative, object, location };
}

/** The actor group right before the trigger, only links between (SVO): عناصر التنظيم لقوا مصرعهم. */
function adjacentOf(ctx: SentenceContext, occ: TriggerOcc): Group | null {
  const g = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
  return g && !g.place && g.prep === '' && onlyLinksBetween(ctx, g.last, occ.token, 0) ? g : null;
}

/** A place group with a place preposition among `after`, not yet used: the claim's location. */
function placeAfter(ctx: SentenceContext, after: readonly Group[], used: ReadonlySet<Group>): RoleFill | null {
  const place = after.find((g) => !used.has(g) && g.place && PLACE_PREPS.has(g.prep));
  return place ? fillFromGroup(ctx, place) : null;
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

/**
 * The subject a support verb lends a noun: شنت قوات X هجوما (between), X شن هجوما (before),
 * تبنت الهجوم جماعة X (after the noun), or after it with a pronoun (هجوم نفذه X، غارات شنتها X).
 */
function supportSubject(ctx: SentenceContext, occ: TriggerOcc, env: RoleEnv, after: readonly Group[]): { fill: RoleFill; group: Group | null } | null {
  const v = ctx.view;
  // After the noun, with a pronoun for it: هجوم نفذه X، ضربات جوية شنتها X، غارات الطائرات
  // التي تشنها X (a few words of the noun's phrase or a relative pronoun between).
  const k1 = v.next(occ.lastToken, ctx.to);
  for (let k = k1, n = 0; k >= 0 && k < ctx.to && n <= SUPPORT_AFTER; k++, n++) {
    if (v.isStop(k) || v.isComma(k) || ctx.actors.slotAt(k) || (n > 0 && isComplementizer(ctx, k))) break;
    if (!/(ه|ها|هم)$/.test(v.keys[k]!) || !isSupportVerb(ctx.lex, v.readings(k))) continue;
    const g = ctx.actors.groupsAfter(k, Math.min(ctx.to, k + 6)).find((x) => !x.place && (x.prep === '' || x.prep === 'من'));
    if (g) return { fill: fillFromGroup(ctx, g), group: g };
    break;
  }
  void after;
  // A possessive noun (غاراته) lends its support verb a longer reach: نفذ التحالف … أشد غاراته.
  let reach = occ.reading.suffix ? 8 : 4;
  for (let k = occ.token - 1, n = 0; k >= ctx.from && n < reach; k--, n++) {
    if (v.isStop(k) || isComplementizer(ctx, k)) break;
    // أعلنت الجماعة مسؤوليتها عن الهجوم: the support verb stands further back.
    if (v.keys[k]!.startsWith('مسووليت') || v.keys[k]!.startsWith('مسؤوليت')) reach = Math.max(reach, n + 5);
    // تبنى التنظيم غالبية هذه الهجمات: determiners do not count, nor do a name's other words.
    const slot = ctx.actors.slotAt(k);
    if (DETERMINERS.has(v.keys[k]!) || (slot && k > slot.first)) reach++;
    if (!isSupportVerb(ctx.lex, v.readings(k))) continue;
    // Who announces a death (أعلن الجيش مقتل جنود) is not who killed; who claims it (تبنى) is.
    if (occ.word.explicitSubject && !v.readings(k).some((r) => /^[يت]?تبن/.test(r.core))) return null;
    const between = ctx.actors.groupsAfter(k, occ.token).find((g) => g.prep === '' && !g.place);
    if (between) return { fill: fillFromGroup(ctx, between), group: between };
    const before = subjectBefore(ctx, k);
    if (before) return { fill: fillFromGroup(ctx, before), group: before };
    // V-O-S: تبنت الهجوم جماعة X.
    const vos = k1 >= 0 && occ.word.genitive === 'subject' ? ctx.actors.groupStartingAt(k1) : null;
    if (vos && vos.prep === '' && !vos.place) return { fill: fillFromGroup(ctx, vos), group: vos };
    const rel = env.relative && k - env.relative.token <= 3 ? env.relative.fill : null;
    if (rel) return { fill: fillByReference(ctx, rel, k, 'pronoun'), group: null };
    return env.topic ? { fill: fillByReference(ctx, env.topic, k, env.topic.via === 'explicit' ? 'elided' : env.topic.via), group: null } : null;
  }
  return null;
}

/** True when token `k` is a definite attack noun (الهجوم، الغارات، الضربات). */
function attackNounAt(ctx: SentenceContext, k: number): boolean {
  return matchTriggers(ctx.lex, ctx.view.keys[k]!, ctx.view.readings(k)).some((t) => t.type === 'ATTACK' && t.word.pos === 'noun' && t.reading.article);
}

/**
 * True when an attack's target noun stands right before the group (an adjective allowed between):
 * قصفت … سبعة أهداف لحزب العمال، استهدفت معسكرات تدريبية لجماعة خراسان.
 */
function afterTargetNoun(ctx: SentenceContext, g: Group, occ: TriggerOcc): boolean {
  if (occ.type !== 'ATTACK') return false;
  for (let k = ctx.view.prev(g.first, occ.lastToken + 1), n = 0; k > occ.lastToken && n < 2; k = ctx.view.prev(k, occ.lastToken + 1), n++) {
    if (ctx.view.readings(k).some((r) => r.suffix === '' && r.prep === '' && TARGETS.has(r.core))) return true;
  }
  return false;
}

/** The group after `من جهة، و…`, the other side of a `بين X من جهة و Y من جهة أخرى`. */
function otherSide(ctx: SentenceContext, g: Group, limit: number): Group | null {
  const v = ctx.view;
  const a = v.next(g.last - 1, ctx.to);
  if (a < 0 || v.keys[a] !== 'من' || v.keys[a + 1] !== 'جهه') return null;
  return ctx.actors.groupsAfter(a + 1, Math.min(ctx.to, Math.max(limit, a + 6))).find((x) => !x.place && x.first - a <= 4) ?? null;
}

/** `تعرض ل<هجوم> من X`: the topic was attacked, by the group after من (or an agent). */
function subjectedTo(ctx: SentenceContext, occ: TriggerOcc, env: RoleEnv): { target: RoleFill; attacker: Group | null } | null {
  if (occ.type !== 'ATTACK' || occ.reading.prep !== 'ل') return null;
  // The verb of being subjected, up to six tokens back (تعرضت مفرزة للجيش لإطلاق نار).
  let verb = -1;
  for (let k = occ.token - 1; k >= Math.max(ctx.from, occ.token - 6) && verb < 0; k--) {
    if (ctx.view.readings(k).some((r) => /^(تعرض|يتعرض|تتعرض)/.test(r.core))) verb = k;
  }
  if (verb < 0) return null;
  // إثر تعرضهم لإطلاق نار: the pronoun is the last actor named before.
  if (/(هم|ها|ه)$/.test(ctx.view.keys[verb]!)) {
    const recent = ctx.actors.groupsBefore(verb, Math.max(ctx.from, verb - 8)).find((g) => !g.place);
    if (recent) {
      const attacker = ctx.actors.groupsAfter(occ.lastToken, Math.min(ctx.to, occ.lastToken + 6)).find((g) => !g.place && (g.prep === 'من' || g.prep === 'agent')) ?? null;
      return { target: fillFromGroup(ctx, recent), attacker };
    }
  }
  const attacker = ctx.actors.groupsAfter(occ.lastToken, Math.min(ctx.to, occ.lastToken + 6)).find((g) => !g.place && (g.prep === 'من' || g.prep === 'agent')) ?? null;
  const between = ctx.actors.groupsAfter(verb, occ.token).find((g) => !g.place);
  const target = between ? fillFromGroup(ctx, between) : env.topic;
  return target ? { target, attacker } : null;
}

/**
 * The person (or, for جناح/فرع, the organization) beside an office noun: زعيم تنظيم X فلان،
 * فلان، زعيم التنظيم; `org` is the organization group the noun governs.
 */
function appositionSubject(ctx: SentenceContext, occ: TriggerOcc, org: Group | null, types: readonly ('PER' | 'ORG')[]): RoleFill | null {
  const v = ctx.view;
  const ok = (g: Group | null | undefined): g is Group => !!g && !g.place && (types as readonly string[]).includes(g.slots[0]!.actor.type);
  if (org) {
    const n = v.next(org.last - 1, ctx.to);
    const g = n >= 0 ? ctx.actors.groupStartingAt(n) : null;
    if (ok(g) && g.prep === '' && g.slots[0]!.actor.type === 'PER') return fillFromGroup(ctx, g);
  }
  const before = ctx.actors.groupsBefore(occ.token, ctx.from)[0];
  if (ok(before) && onlyLinksBetween(ctx, before.last, occ.token, 1)) return fillFromGroup(ctx, before);
  return null;
}
