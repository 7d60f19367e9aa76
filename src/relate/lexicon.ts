/** The relate stage's lexicons, compiled once from the data in src/lang/ar into lookup tables. */

import { ATTRIBUTION_PHRASES, ATTRIBUTION_VERBS, COMPLEMENTIZERS, SOURCE_HEADS, type AttributionVerb } from '../lang/ar/attribution-verbs.js';
import { CLAIM_TRIGGERS, CONSEQUENCE_WORDS, SUPPORT_VERBS, type TriggerWord } from '../lang/ar/claim-triggers.js';
import { MODALITY_CUES } from '../lang/ar/modality-cues.js';
import { NEGATION_GAP_WORDS, NEGATORS, NON_NEGATING_PHRASES } from '../lang/ar/negation.js';
import { QUANTITY_HEDGES } from '../lang/ar/quantity-hedges.js';
import type { AttributionKind, ClaimType, Modality, QuantityHedge } from '../record/claim.js';
import { fold, nounForms, readings, verbForms, type Reading } from './word-forms.js';

/** A trigger word of one claim type. */
export interface TriggerSense {
  type: ClaimType;
  word: TriggerWord;
}

/** A trigger found on a token, with the reading that matched. */
export interface TriggerMatch extends TriggerSense {
  reading: Reading;
}

/** A compiled multi-word sequence and what it means. */
export interface Sequence<T> {
  words: string[];
  value: T;
}

/** Sequences indexed by their first word, longest first within each. */
export interface SequenceList<T> {
  byFirst: Map<string, Sequence<T>[]>;
}

/** Indexes `list` by first word for `matchSequence`. */
export function compileSequences<T>(list: readonly Sequence<T>[]): SequenceList<T> {
  const byFirst = new Map<string, Sequence<T>[]>();
  for (const s of list) add(byFirst, s.words[0]!, s);
  for (const l of byFirst.values()) l.sort((a, b) => b.words.length - a.words.length);
  return { byFirst };
}

/** Every lookup table the stage needs, built by `buildLexicon`. */
export interface Lexicon {
  triggers: Map<string, TriggerSense[]>;
  attribution: Map<string, AttributionVerb>;
  support: Set<string>;
  attributionPhrases: SequenceList<null>;
  complementizers: Set<string>;
  sourceHeads: Map<string, Exclude<AttributionKind, 'outlet' | 'named_person' | 'named_org'>>;
  modality: SequenceList<Exclude<Modality, 'asserted'>>;
  negators: Set<string>;
  negationGap: Set<string>;
  nonNegating: SequenceList<null>;
  hedges: SequenceList<QuantityHedge>;
  consequence: Set<string>;
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sequences<T>(list: readonly (readonly string[])[], value: (i: number) => T): Sequence<T>[] {
  return list.map((words, i) => ({ words: words.map(fold), value: value(i) }));
}

/** Compiles the lexicons (a few thousand forms; milliseconds). */
export function buildLexicon(): Lexicon {
  const triggers = new Map<string, TriggerSense[]>();
  for (const [type, info] of Object.entries(CLAIM_TRIGGERS) as [ClaimType, (typeof CLAIM_TRIGGERS)[ClaimType]][]) {
    for (const word of info.triggers) {
      const forms = word.pos === 'verb' ? verbForms(word.lemma, word.present ?? '', word.forms) : nounForms(word.forms ?? [word.lemma]);
      for (const f of forms) add(triggers, f, { type, word });
    }
  }
  const attribution = new Map<string, AttributionVerb>();
  for (const verb of ATTRIBUTION_VERBS) for (const f of verbForms(verb.past, verb.present, verb.forms)) if (!attribution.has(f)) attribution.set(f, verb);
  const support = new Set<string>();
  for (const s of SUPPORT_VERBS) for (const f of verbForms(s.past, s.present, s.forms)) support.add(f);
  const sourceHeads = new Map<string, Exclude<AttributionKind, 'outlet' | 'named_person' | 'named_org'>>();
  for (const [kind, heads] of Object.entries(SOURCE_HEADS) as [Exclude<AttributionKind, 'outlet' | 'named_person' | 'named_org'>, readonly string[]][]) {
    for (const h of heads) {
      const k = fold(h).replace(/^ال/, '');
      if (!sourceHeads.has(k)) sourceHeads.set(k, kind);
    }
  }
  const modality: Sequence<Exclude<Modality, 'asserted'>>[] = [];
  for (const [m, list] of Object.entries(MODALITY_CUES) as [Exclude<Modality, 'asserted'>, readonly (readonly string[])[]][]) {
    modality.push(...sequences(list, () => m));
  }
  return {
    triggers,
    attribution,
    support,
    attributionPhrases: compileSequences(sequences(ATTRIBUTION_PHRASES, () => null)),
    complementizers: new Set(COMPLEMENTIZERS.map(fold)),
    sourceHeads,
    modality: compileSequences(modality),
    negators: new Set(NEGATORS.map(fold)),
    negationGap: new Set(NEGATION_GAP_WORDS.map(fold)),
    nonNegating: compileSequences(sequences(NON_NEGATING_PHRASES, () => null)),
    hedges: compileSequences(sequences(QUANTITY_HEDGES.map((h) => h.words), (i) => QUANTITY_HEDGES[i]!.hedge)),
    consequence: new Set(CONSEQUENCE_WORDS.map(fold)),
  };
}

/**
 * The triggers a token (its folded key) may be: verbs take no article and only ل/س before them;
 * nouns and participles take no س. An article or a preposition rules out the verb reading
 * (بعد قتل، القتل), so a form that is both (قتل) is read by its clitics.
 */
export function matchTriggers(lex: Lexicon, key: string, list: readonly Reading[] = readings(key)): TriggerMatch[] {
  // Readings are cached per word, so their array identifies the word: cache its matches too.
  let byLex = triggerCache.get(list);
  if (!byLex) triggerCache.set(list, (byLex = new WeakMap()));
  const hit = byLex.get(lex);
  if (hit) return hit;
  const out = computeTriggers(lex, list);
  byLex.set(lex, out);
  return out;
}

const triggerCache = new WeakMap<readonly Reading[], WeakMap<Lexicon, TriggerMatch[]>>();

function computeTriggers(lex: Lexicon, list: readonly Reading[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const seen = new Set<TriggerWord>();
  for (const r of list) {
    const senses = lex.triggers.get(r.core);
    if (!senses) continue;
    for (const s of senses) {
      if (seen.has(s.word)) continue;
      if (s.word.pos === 'verb' && (r.article || (r.prep !== '' && r.prep !== 'ل' && r.prep !== 'س'))) continue;
      if (s.word.pos !== 'verb' && r.prep === 'س') continue;
      seen.add(s.word);
      out.push({ ...s, reading: r });
    }
  }
  return out;
}

/** The attribution verb a token (its readings) is, if any (with a conjunction or future prefix allowed). */
export function matchAttributionVerb(lex: Lexicon, list: readonly Reading[]): { verb: AttributionVerb; reading: Reading } | null {
  for (const r of list) {
    if (r.article || (r.prep !== '' && r.prep !== 'س')) continue;
    const verb = lex.attribution.get(r.core);
    if (verb) return { verb, reading: r };
  }
  return null;
}

/** True when the token is a support verb (شن، نفذ، تبنى، وقف …). */
export function isSupportVerb(lex: Lexicon, list: readonly Reading[]): boolean {
  return list.some((r) => !r.article && r.prep === '' && lex.support.has(r.core));
}

/**
 * The longest sequence of `list` that matches the folded keys at `at` (and ends by `end`), the
 * first word allowed to carry a glued و or ف; null when none does.
 */
export function matchSequence<T>(list: SequenceList<T>, keys: readonly string[], at: number, end = keys.length): Sequence<T> | null {
  const k0 = keys[at];
  if (k0 === undefined) return null;
  const candidates = [list.byFirst.get(k0), k0.length > 2 && (k0[0] === 'و' || k0[0] === 'ف') ? list.byFirst.get(k0.slice(1)) : undefined];
  for (const l of candidates) {
    if (!l) continue;
    for (const seq of l) {
      if (at + seq.words.length > end) continue;
      let ok = true;
      for (let j = 1; j < seq.words.length && ok; j++) ok = keys[at + j] === seq.words[j];
      if (ok) return seq;
    }
  }
  return null;
}

/** The conjunction-free key of a token (`وقالت` → `قالت`) when the rest is at least 2 letters. */
export function withoutConj(key: string): string {
  return (key.startsWith('و') || key.startsWith('ف')) && key.length > 3 ? key.slice(1) : key;
}

export { fold };
