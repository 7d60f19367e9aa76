/** What the relate stage's steps share about one sentence: tokens, actors, lexicons, clause words. */

import { CLAUSE_OPENERS, LINK_ADVERBS, PRONOUN_WORDS, RELATIVE_PRONOUNS, TEMPORAL_PREPOSITIONS, THERE_WORDS } from '../lang/ar/clause-words.js';
import type { RoleSource } from '../record/claim.js';
import type { ActorSpan } from './actor-spans.js';
import type { Group, SentenceActors } from './actor-groups.js';
import type { Lexicon } from './lexicon.js';
import type { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

const RELATIVES = new Set(RELATIVE_PRONOUNS.map(fold));
const OPENERS = new Set(CLAUSE_OPENERS.map(fold));
const ADVERBS = new Set(LINK_ADVERBS.map(fold));
const PRONOUNS = new Set(PRONOUN_WORDS.map(fold));
const TEMPORAL = new Set(TEMPORAL_PREPOSITIONS.map(fold));
const THERE = new Set(THERE_WORDS.map(fold));

/** One sentence, ready for the claim steps. */
export interface SentenceContext {
  view: TokenView;
  lex: Lexicon;
  text: string;
  /** Index in `tokens.sentences`. */
  index: number;
  /** Token range `[from, to)`. */
  from: number;
  to: number;
  actors: SentenceActors;
}

/** The actors that fill a role, and how. */
export interface RoleFill {
  actors: ActorSpan[];
  via: RoleSource;
  /** What stands for them in this clause: the name, or the pronoun or verb that refers back. */
  start: number;
  end: number;
  /** Token of that span (for distances). */
  token: number;
}

/** A role filled by a group written in the clause. */
export function fillFromGroup(ctx: SentenceContext, g: Group): RoleFill {
  const first = g.slots[0]!;
  const last = g.slots[g.slots.length - 1]!;
  return { actors: g.slots.map((s) => s.actor), via: 'explicit', start: first.actor.start, end: last.actor.end, token: first.first };
}

/** A role filled by reference (a pronoun or an elided subject) at token `i`. */
export function fillByReference(ctx: SentenceContext, topic: RoleFill, i: number, via: RoleSource): RoleFill {
  const t = ctx.view.tokens[i]!;
  return { actors: topic.actors, via, start: t.start, end: t.end, token: i };
}

/** Folded key of token `i` without a glued conjunction. */
export function bareKey(ctx: SentenceContext, i: number): string {
  const k = ctx.view.keys[i] ?? '';
  return (k.startsWith('و') || k.startsWith('ف')) && k.length > 3 ? k.slice(1) : k;
}

export function isComplementizer(ctx: SentenceContext, i: number): boolean {
  const k = ctx.view.keys[i] ?? '';
  return ctx.lex.complementizers.has(k) || (k.startsWith('و') && ctx.lex.complementizers.has(k.slice(1)));
}

/** True for a complementizer with a pronoun (أنها، إنه): it stands for an actor named before. */
export function isPronounComplementizer(ctx: SentenceContext, i: number): boolean {
  return isComplementizer(ctx, i) && /(ه|ها|هم)$/.test(ctx.view.keys[i]!);
}

export function isRelative(ctx: SentenceContext, i: number): boolean {
  return RELATIVES.has(ctx.view.keys[i] ?? '');
}

export function isClauseOpener(ctx: SentenceContext, i: number): boolean {
  return OPENERS.has(ctx.view.keys[i] ?? '');
}

export function isLinkAdverb(ctx: SentenceContext, i: number): boolean {
  const k = ctx.view.keys[i] ?? '';
  return ADVERBS.has(k) || ADVERBS.has(bareKey(ctx, i));
}

export function isPronounWord(ctx: SentenceContext, i: number): boolean {
  return PRONOUNS.has(ctx.view.keys[i] ?? '');
}

export function isTemporalPrep(ctx: SentenceContext, i: number): boolean {
  return TEMPORAL.has(bareKey(ctx, i));
}

export function isThere(ctx: SentenceContext, i: number): boolean {
  return THERE.has(bareKey(ctx, i));
}

/** True when the tokens strictly between `a` and `b` are only quotes, commas and link adverbs. */
export function onlyLinksBetween(ctx: SentenceContext, a: number, b: number, maxWords = 3): boolean {
  let words = 0;
  for (let i = a; i < b; i++) {
    if (ctx.view.isQuote(i) || ctx.view.isComma(i)) continue;
    if (!isLinkAdverb(ctx, i)) return false;
    if (++words > maxWords) return false;
  }
  return true;
}
