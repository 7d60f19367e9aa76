/**
 * A country (or its capital) named as an actor becomes its government; named as a place it
 * stays the place. Decided from the words around the mention, as data-driven rules over
 * src/lang/ar/actor-cues.ts: a preposition or place noun before it → place; `بين X و Y` after a
 * relation noun, `ضد X`, a verb of speech or action right before it (VSO) or after it, the
 * genitive of an agent noun (`تدريب واشنطن`), the subject of a complement clause (`قال إن
 * الجزائر …`), coordination with an organization → actor; the members of a list share the
 * actor reading of one of them. The seed title and test/fixtures/resolve are the fixtures.
 */

import { ACTOR_NOUNS, ACTOR_PREPOSITIONS, ACTOR_VERB_STEMS, ACTOR_VERBS, PLACE_CUES, PLACE_PROCLITICS, RELATION_NOUNS, SPATIAL_NOUNS } from '../lang/ar/actor-cues.js';
import { ATTRIBUTION_VERBS, COMPLEMENTIZERS } from '../lang/ar/attribution-verbs.js';
import { CLAIM_TRIGGERS, SUPPORT_VERBS } from '../lang/ar/claim-triggers.js';
import { RELATIVE_PRONOUNS } from '../lang/ar/clause-words.js';
import { COUNTRY_NAMES } from '../lang/ar/country-demonyms.js';
import { verbForms } from '../lang/ar/verb-forms.js';
import type { Token } from '../record/token.js';
import { nameKey } from './name-key.js';

/** The role of a country mention and the rule that decided it. */
export interface CountryRole {
  role: 'actor' | 'place';
  rule: string;
}

/** How many tokens before `بين` a relation noun may stand (`تنسيق أمني بين`). */
export const RELATION_WINDOW = 3;

const key = (w: string): string => nameKey(w);

/**
 * Verbs whose subject after them is an actor: the lists of actor-cues.ts, the reporting and
 * support verbs (`تشنها الولايات المتحدة`), and the claim verbs whose object is an actor (not `زار مصر`, `دخل سوريا`: there the country is
 * the place visited).
 */
const VERBS = new Set<string>(ACTOR_VERBS.map(key));
for (const [past, present] of ACTOR_VERB_STEMS) for (const f of verbForms(past, present)) VERBS.add(key(f));
for (const v of [...ATTRIBUTION_VERBS, ...SUPPORT_VERBS]) for (const f of verbForms(v.past, v.present, v.forms)) VERBS.add(key(f));
for (const info of Object.values(CLAIM_TRIGGERS)) {
  if (info.object !== 'actor') continue;
  for (const w of info.triggers) if (w.pos === 'verb') for (const f of verbForms(w.lemma, w.present ?? '', w.forms)) VERBS.add(key(f));
}
/** Nouns whose genitive is their agent: the list of actor-cues.ts and the subject-genitive claim nouns (`قصف تركيا`). */
const AGENT_NOUNS = new Set<string>(ACTOR_NOUNS.map(key));
for (const info of Object.values(CLAIM_TRIGGERS)) {
  if (info.object !== 'actor') continue;
  for (const w of info.triggers) if (w.pos === 'noun' && w.genitive === 'subject') for (const f of w.forms ?? [w.lemma]) AGENT_NOUNS.add(key(f));
}
const PLACE = new Set(PLACE_CUES.map(key));
const RELATION = new Set(RELATION_NOUNS.map(key));
const SPATIAL = new Set(SPATIAL_NOUNS.map(key));
const ACTOR_PREPS = new Set(ACTOR_PREPOSITIONS.map(key));
const COMPLEMENTS = new Set(COMPLEMENTIZERS.filter((c) => !/(ه|ها|هم)$/.test(c)).map(key));
const RELATIVES = new Set(RELATIVE_PRONOUNS.map(key));
const BETWEEN = key('بين');
const OBJECT_PRONOUNS = ['هما', 'هم', 'ها', 'ه'];

/** Token keys without a glued conjunction (`وقالت` → `قالت`). */
function bare(t: Token): string {
  const k = key(t.text);
  return k.length > 3 && (k.startsWith('و') || k.startsWith('ف')) ? k.slice(1) : k;
}

/** True when the token is a verb of VERBS, a glued conjunction and an object pronoun allowed (`وتقوده`). */
function isVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'arabic') return false;
  const k = bare(t);
  if (VERBS.has(k)) return true;
  for (const p of OBJECT_PRONOUNS) if (k.endsWith(p) && k.length - p.length >= 2 && VERBS.has(k.slice(0, -p.length))) return true;
  return false;
}

/**
 * True when the token reads as a finite verb opening a predicate: one of VERBS, or a present
 * tense form (`تبذل`, `ترحب`: ت/ي + three letters or more, no article).
 */
function isPredicateVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== 'arabic') return false;
  if (isVerb(t)) return true;
  const k = bare(t);
  return /^(?:س?[تي])[^\s]{3,}$/.test(k) && !k.startsWith('ال');
}

/** Country codes whose name or capital has this key, and whether it is the capital. */
export function countryOfName(name: string): { code: string; capital: boolean } | null {
  const k = nameKey(name);
  for (const [code, c] of Object.entries(COUNTRY_NAMES)) {
    if (c.names.some((n) => nameKey(n) === k)) return { code, capital: false };
  }
  for (const [code, c] of Object.entries(COUNTRY_NAMES)) {
    if (c.capitals.some((n) => nameKey(n) === k)) return { code, capital: true };
  }
  return null;
}

/**
 * Decides the role of the mention covering tokens `[first, last]`. Numbered steps:
 * 1. a glued `ب` or a place cue before it, or a place name right before it (`afterPlace`) →
 * place; 2. `بين X و Y` after a relation noun → actor
 * (after a spatial noun → place); 3. `ضد`, `بقيادة` before it → actor; 4. a speech/action verb
 * right before (VSO) or right after (SVO) → actor; 5. the genitive of an agent noun → actor;
 * 6. right after a complementizer (`إن`, `بأن`) with a verb or a relative pronoun after it → actor;
 * 7. coordination with an organization mention → actor; 8. otherwise place.
 */
export function countryRole(tokens: readonly Token[], first: number, last: number, mentionStart: number, orgNeighbour: boolean, afterPlace = false): CountryRole {
  const tok = tokens[first];
  let p = first - 1;
  while (p >= 0 && isQuote(tokens[p]!)) p--;
  const prev = tokens[p];
  const next = tokens[nextWord(tokens, last + 1)];
  // 1. A preposition glued to the name, or a place cue word before it.
  const glued = tok && mentionStart > tok.start ? nameKey(tok.text.slice(0, mentionStart - tok.start)) : '';
  if (PLACE_PROCLITICS.some((p) => glued.endsWith(p))) return { role: 'place', rule: 'glued-preposition' };
  const gluedPrep = /[بلك]$/.test(glued);
  if (prev && PLACE.has(bare(prev))) return { role: 'place', rule: 'place-cue' };
  // A town and its country (`في طرابلس ليبيا`).
  if (afterPlace) return { role: 'place', rule: 'after-place' };
  // 2. بين X و Y: look back from X (or from Y, through و) for بين and the noun before it.
  const betweenAt = findBetween(tokens, first, mentionStart);
  if (betweenAt >= 0) {
    for (let i = betweenAt - 1; i >= Math.max(0, betweenAt - RELATION_WINDOW); i--) {
      const k = bare(tokens[i]!);
      if (SPATIAL.has(k)) return { role: 'place', rule: 'between-spatial' };
      if (RELATION.has(k)) return { role: 'actor', rule: 'between-relation' };
    }
  }
  // 3. Against or led by.
  if (prev && ACTOR_PREPS.has(bare(prev))) return { role: 'actor', rule: 'actor-preposition' };
  // 4. Verb of speech or action before (VSO) or after (SVO) the name.
  // A subject takes no preposition: `دعمها لمالي` is the one supported.
  if (isVerb(prev) && !gluedPrep) return { role: 'actor', rule: 'verb-before' };
  if (isVerb(next)) return { role: 'actor', rule: 'verb-after' };
  // 5. The agent of a noun (تدريب واشنطن، حليفة الولايات المتحدة).
  if (prev && AGENT_NOUNS.has(bare(prev))) return { role: 'actor', rule: 'agent-genitive' };
  // 6. The subject of a complement clause (قال إن الجزائر «جددت …»، بأن المملكة … التي).
  if (prev && COMPLEMENTS.has(bare(prev))) {
    const n = nextWord(tokens, last + 1);
    if (isPredicateVerb(tokens[n]) || (n >= 0 && RELATIVES.has(key(tokens[n]!.text)))) return { role: 'actor', rule: 'complement-subject' };
  }
  // 7. Coordinated with an organization.
  if (orgNeighbour) return { role: 'actor', rule: 'coordinated-with-actor' };
  // 8.
  return { role: 'place', rule: 'default-place' };
}

function isQuote(t: Token): boolean {
  return t.kind !== 'arabic' && /^["«»“”']$/.test(t.text);
}

/** Index of the first token from `i` that is not a quotation mark, or -1. */
function nextWord(tokens: readonly Token[], i: number): number {
  while (i < tokens.length && isQuote(tokens[i]!)) i++;
  return i < tokens.length ? i : -1;
}

/** A country mention's tokens and the role decided for it. */
export interface CountryMention {
  first: number;
  last: number;
  mentionStart: number;
  role: CountryRole;
}

/** Rules that a list does not override: the place is written (`في`, `بـ`, `إلى`), or a border runs between. */
const FIRM_PLACE = new Set(['glued-preposition', 'place-cue', 'after-place', 'between-spatial']);

/**
 * Countries in one list share the actor reading of one of them (`الكاميرون وتشاد والنيجر
 * ونيجيريا تبذل`, `انضمت الكاميرون مع تشاد والنيجر`): members joined by `و`, a comma or `مع`
 * become actors, unless their own words make them places. `list` is in text order; roles are
 * updated in place.
 */
export function shareListRoles(tokens: readonly Token[], list: CountryMention[]): void {
  let runStart = 0;
  for (let i = 1; i <= list.length; i++) {
    if (i < list.length && linked(tokens, list[i - 1]!, list[i]!)) continue;
    const run = list.slice(runStart, i);
    const actor = run.find((m) => m.role.role === 'actor' && m.role.rule !== 'coordinated-with-actor');
    if (actor && run.length > 1) {
      for (const m of run) if (m.role.role === 'place' && !FIRM_PLACE.has(m.role.rule)) m.role = { role: 'actor', rule: `list-with-${actor.role.rule}` };
    }
    runStart = i;
  }
}

/** True when only `و`, `مع` or a comma lies between two country mentions (a glued `و` counts). */
function linked(tokens: readonly Token[], a: CountryMention, b: CountryMention): boolean {
  if (b.first <= a.last) return false;
  const tb = tokens[b.first]!;
  const glued = b.mentionStart > tb.start && /^[و]/.test(tb.text);
  let words = 0;
  for (let i = a.last + 1; i < b.first; i++) {
    const k = key(tokens[i]!.text);
    if (tokens[i]!.text === '،' || tokens[i]!.text === ',') continue;
    if (k === 'و' || k === 'مع' || k === 'ومع') {
      words++;
      continue;
    }
    return false;
  }
  return glued || words > 0 || b.first === a.last + 1;
}

/** Index of `بين` governing the mention at token `first`: right before it, or before `X و` when the mention is Y. */
function findBetween(tokens: readonly Token[], first: number, mentionStart: number): number {
  const prev = tokens[first - 1];
  if (prev && key(prev.text) === BETWEEN) return first - 1;
  const tok = tokens[first];
  const conj = tok && mentionStart > tok.start && tok.text.startsWith('و');
  const andTok = prev && key(prev.text) === 'و';
  if (!conj && !andTok) return -1;
  const xEnd = andTok ? first - 2 : first - 1;
  for (let i = xEnd; i >= Math.max(0, xEnd - 3); i--) {
    if (key(tokens[i]!.text) === BETWEEN) return i;
  }
  return -1;
}
