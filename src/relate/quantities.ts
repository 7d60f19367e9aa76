/**
 * Quantities: numbers in digits or words (4، أربعة، 1,700، عشرات، ثلاثة آلاف) with their hedge
 * (ما لا يقل عن، حوالي) and what they count (قتلى، جرحى، مسلحين، مجموعة), read over tokens.
 */

import { NUMBER_WORDS, VAGUE_AMOUNTS } from '../lang/ar/number-words.js';
import { CASUALTY_LEADS, QUANTITY_UNITS } from '../lang/ar/quantity-hedges.js';
import type { Quantity, QuantityHedge, QuantityUnit } from '../record/claim.js';
import { matchSequence, type Lexicon } from './lexicon.js';
import type { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

const NUMBER_VALUES = new Map(NUMBER_WORDS.map(([w, n]) => [fold(w), n] as const));
const VAGUE_VALUES = new Map(VAGUE_AMOUNTS.map(([w, n]) => [fold(w), n] as const));
const MULTIPLIERS = new Map([
  [fold('ألف'), 1000],
  [fold('آلاف'), 1000],
  [fold('ألفا'), 1000],
  [fold('مليون'), 1_000_000],
  [fold('ملايين'), 1_000_000],
]);
const UNITS = new Map<string, Exclude<QuantityUnit, 'other'>>();
for (const [unit, words] of Object.entries(QUANTITY_UNITS) as [Exclude<QuantityUnit, 'other'>, readonly string[]][]) {
  for (const w of words) UNITS.set(fold(w), unit);
}
const LEADS = new Map<string, 'killed' | 'wounded' | 'arrested'>();
for (const [unit, words] of Object.entries(CASUALTY_LEADS) as ['killed' | 'wounded' | 'arrested', readonly string[]][]) {
  for (const w of words) LEADS.set(fold(w), unit);
}

/** Last three letters of every number word and vague amount: a fast first test. */
const NUMBERISH = new Set([...NUMBER_VALUES.keys(), ...VAGUE_VALUES.keys()].map((w) => w.slice(-3)));

/** A number read at a token: its value, where it ends, and whether it is vague (عشرات). */
export interface NumberRead {
  value: number;
  tokenEnd: number;
  vague: boolean;
}

/** Parses digits with thousands separators (1,700 / 1.700 / 1٬700); null when not a number. */
function digitValue(norm: string): number | null {
  const s = norm.replace(/[م]$/, '');
  if (/^\d{1,3}([,.\u066C]\d{3})+$/.test(s)) return Number(s.replace(/[,.\u066C]/g, ''));
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return null;
}

/**
 * Reads a number starting at token `i`: digits, a number word (ثلاثة، عشرين), a vague amount
 * (عشرات، مئات), optionally followed by a multiplier (ثلاثة آلاف، 10 آلاف). A glued و (و١٢ is
 * split by the tokenizer; وثلاثة is not) is allowed on a number word.
 */
export function readNumber(view: TokenView, i: number, end: number): NumberRead | null {
  if (i >= end) return null;
  const t = view.tokens[i]!;
  let value: number | null = null;
  let vague = false;
  if (t.kind === 'number' || t.kind === 'mixed') value = digitValue(t.norm);
  else if (t.kind === 'arabic') {
    if (!NUMBERISH.has(view.keys[i]!.slice(-3))) return null;
    for (const r of view.readings(i)) {
      if (r.prep || r.suffix) continue;
      const core = r.article ? 'ال' + r.core : r.core;
      if (NUMBER_VALUES.has(r.core) && !r.article) {
        value = NUMBER_VALUES.get(r.core)!;
        break;
      }
      if (VAGUE_VALUES.has(core) || VAGUE_VALUES.has(r.core)) {
        value = VAGUE_VALUES.get(core) ?? VAGUE_VALUES.get(r.core)!;
        vague = true;
        break;
      }
    }
  }
  if (value === null) return null;
  let tokenEnd = i + 1;
  if (tokenEnd < end && !vague) {
    const m = MULTIPLIERS.get(view.keys[tokenEnd]!);
    if (m && value < 1000) {
      value *= m;
      tokenEnd++;
    }
  }
  // `عدد` and `عدة` only count when a noun follows: they are too common otherwise.
  return { value, tokenEnd, vague };
}

/** A quantity found in a sentence, with the tokens it covers. */
export interface QuantityMatch extends Quantity {
  tokenStart: number;
  tokenEnd: number;
}

/**
 * Finds the quantities of tokens `[from, to)`.
 *
 * 1. A number, with the hedge phrase that ends right before it (ما لا يقل عن 100).
 * 2. What it counts: a unit noun after it (4 أشخاص، 1700 مجموعة), or a casualty noun before
 *    it or its hedge (مقتل 4 أشخاص → killed, إصابة 10 → wounded).
 */
export function findQuantities(view: TokenView, lex: Lexicon, text: string, from: number, to: number): QuantityMatch[] {
  const out: QuantityMatch[] = [];
  for (let i = from; i < to; i++) {
    const num = readNumber(view, i, to);
    if (!num) continue;
    const t = view.tokens[i]!;
    // Years and clock times are not quantities.
    if ((t.kind === 'number' || t.kind === 'mixed') && num.value >= 1900 && num.value <= 2100 && !view.keys[i]!.includes(',')) continue;
    // 1. The hedge right before.
    let first = i;
    let hedge: QuantityHedge = num.vague ? 'vague' : 'exact';
    for (let len = 4; len >= 1; len--) {
      const at = i - len;
      if (at < from) continue;
      const seq = matchSequence(lex.hedges, view.keys, at, i);
      if (seq && seq.words.length === len) {
        hedge = seq.value;
        first = at;
        break;
      }
    }
    // 2. The unit after, or the casualty noun before.
    let unit: QuantityUnit = 'other';
    let last = num.tokenEnd;
    if (last < to) {
      const u = unitOf(view, last);
      if (u) {
        unit = u;
        last++;
      }
    }
    const before = first - 1 >= from ? leadOf(view, first - 1) : null;
    if (before && (unit === 'people' || unit === 'other' || unit === 'fighters')) unit = before;
    if (unit === 'other' && num.vague) continue;
    const start = view.tokens[first]!.start;
    const end = view.tokens[last - 1]!.end;
    out.push({ value: num.value, hedge, unit, text: text.slice(start, end), start, end, tokenStart: first, tokenEnd: last });
    i = last - 1;
  }
  return out;
}

function unitOf(view: TokenView, i: number): Exclude<QuantityUnit, 'other'> | null {
  for (const r of view.readings(i)) {
    if (r.prep || r.suffix) continue;
    const u = UNITS.get(r.core) ?? (r.article ? undefined : UNITS.get(view.keys[i]!));
    if (u) return u;
  }
  return null;
}

function leadOf(view: TokenView, i: number): 'killed' | 'wounded' | 'arrested' | null {
  for (const r of view.readings(i)) {
    if (r.suffix) continue;
    const l = LEADS.get(r.core) ?? (r.article ? LEADS.get('ال' + r.core) : undefined);
    if (l) return l;
  }
  return null;
}
