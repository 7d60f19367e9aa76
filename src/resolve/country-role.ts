/**
 * A country (or its capital) named as an actor becomes its government; named as a place it
 * stays the place. Decided from the words around the mention, as data-driven rules over
 * src/lang/ar/actor-cues.ts: a preposition or place noun before it → place; a verb of speech or
 * action right before it (VSO) or after it → actor; `بين X و Y` after a relation noun → actor;
 * coordination with an organization → actor. The seed title is the fixture.
 */

import { ACTOR_VERBS, PLACE_CUES, PLACE_PROCLITICS, RELATION_NOUNS, SPATIAL_NOUNS } from '../lang/ar/actor-cues.js';
import { COUNTRY_NAMES } from '../lang/ar/country-demonyms.js';
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
const VERBS = new Set(ACTOR_VERBS.map(key));
const PLACE = new Set(PLACE_CUES.map(key));
const RELATION = new Set(RELATION_NOUNS.map(key));
const SPATIAL = new Set(SPATIAL_NOUNS.map(key));
const BETWEEN = key('بين');

/** Token keys without a glued conjunction (`وقالت` → `قالت`). */
function bare(t: Token): string {
  const k = key(t.text);
  return k.length > 3 && (k.startsWith('و') || k.startsWith('ف')) ? k.slice(1) : k;
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
 * 1. a glued `ب` or a place cue before it → place; 2. `بين X و Y` after a relation noun → actor
 * (after a spatial noun → place); 3. a speech/action verb right before or right after → actor;
 * 4. coordination with an organization mention → actor; 5. otherwise place.
 */
export function countryRole(tokens: readonly Token[], first: number, last: number, mentionStart: number, orgNeighbour: boolean): CountryRole {
  const tok = tokens[first];
  const prev = tokens[first - 1];
  // 1. A preposition glued to the name, or a place cue word before it.
  if (tok && mentionStart > tok.start) {
    const glued = nameKey(tok.text.slice(0, mentionStart - tok.start));
    if (PLACE_PROCLITICS.some((p) => glued.endsWith(p))) return { role: 'place', rule: 'glued-preposition' };
  }
  if (prev && PLACE.has(bare(prev))) return { role: 'place', rule: 'place-cue' };
  // 2. بين X و Y: look back from X (or from Y, through و) for بين and the noun before it.
  const betweenAt = findBetween(tokens, first, mentionStart);
  if (betweenAt >= 0) {
    for (let i = betweenAt - 1; i >= Math.max(0, betweenAt - RELATION_WINDOW); i--) {
      const k = bare(tokens[i]!);
      if (SPATIAL.has(k)) return { role: 'place', rule: 'between-spatial' };
      if (RELATION.has(k)) return { role: 'actor', rule: 'between-relation' };
    }
  }
  // 3. Verb of speech or action before (VSO) or after (SVO) the name.
  if (prev && VERBS.has(bare(prev))) return { role: 'actor', rule: 'verb-before' };
  const next = tokens[last + 1];
  if (next && VERBS.has(bare(next))) return { role: 'actor', rule: 'verb-after' };
  // 4. Coordinated with an organization.
  if (orgNeighbour) return { role: 'actor', rule: 'coordinated-with-actor' };
  // 5.
  return { role: 'place', rule: 'default-place' };
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
