/**
 * Time expressions of a sentence, read over tokens: dates (يوم 11 سبتمبر الماضي، مارس 2015),
 * years (عام 2012), relative days (أمس، أول أمس), weekdays (الخميس الماضي), periods (الأسبوع
 * الماضي، بنهاية العام الماضي) and spans ago (منذ ثلاثة أعوام). Resolution is time-resolve.ts.
 */

import { WEEKDAYS } from '../lang/ar/date-words.js';
import { DATE_NAMED_EVENTS } from '../lang/ar/known-events.js';
import { GREGORIAN_MONTHS } from '../lang/ar/months.js';
import { AGO_WORDS, PERIOD_NOUNS, PERIOD_PARTS, PERIOD_QUALIFIERS, RELATIVE_DAYS, YEAR_LEADS } from '../lang/ar/time-words.js';
import { stripProclitics, type ProcliticLetters } from '../text/clitics.js';
import { compileSequences, matchSequence } from './lexicon.js';
import { readNumber } from './quantities.js';
import type { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

/** What a time expression says, before it is resolved. */
export type TimeSpec =
  | { kind: 'date'; day: number | null; month: number; year: number | null; offset: number | null }
  | { kind: 'year'; year: number }
  | { kind: 'day'; offset: number }
  | { kind: 'weekday'; weekday: number; offset: number | null }
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; offset: number; part: 'start' | 'middle' | 'end' | null }
  | { kind: 'ago'; unit: 'day' | 'week' | 'month' | 'year'; count: number };

/** A time expression of the text. */
export interface TimeMatch {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  text: string;
  spec: TimeSpec;
}

const MONTHS = compileSequences(GREGORIAN_MONTHS.map((m) => ({ words: m.name.split(/\s+/).map(fold), value: m.month })));
const WEEKDAY_FORMS = new Map<string, number>();
WEEKDAYS.forEach((forms, i) => forms.forEach((f) => WEEKDAY_FORMS.set(fold(f), i)));
const RELATIVE = compileSequences(RELATIVE_DAYS.map((d) => ({ words: d.words.map(fold), value: d.offset })));
const PERIODS = new Map<string, 'day' | 'week' | 'month' | 'year'>();
for (const p of PERIOD_NOUNS) for (const w of p.words) PERIODS.set(fold(w), p.unit);
const QUALIFIERS = new Map<string, number>();
for (const q of PERIOD_QUALIFIERS) for (const w of q.words) QUALIFIERS.set(fold(w), q.offset);
const PARTS = new Map<string, 'start' | 'middle' | 'end'>();
for (const p of PERIOD_PARTS) for (const w of p.words) PARTS.set(stripProclitics(fold(w), { prepositions: 'ب' }), p.part);
/** The proclitics a time word is looked up without: و or ف, then ب or ل (`وبنهاية` → `نهاية`). */
const TIME_PROCLITICS: ProcliticLetters = { conjunctions: 'وف', prepositions: 'بل' };
const AGO = new Set(AGO_WORDS.map(fold));
const YEAR_LEAD = new Set(YEAR_LEADS.map(fold));
const NAMED = new Set(DATE_NAMED_EVENTS.map(fold));
const DUALS = new Set(['يومين', 'اسبوعين', 'شهرين', 'عامين', 'سنتين'].map(fold));
/** Words a time expression can begin with (besides digits): a fast first test. */
const STARTERS = new Set<string>([
  ...MONTHS.byFirst.keys(),
  ...RELATIVE.byFirst.keys(),
  ...WEEKDAY_FORMS.keys(),
  ...PERIODS.keys(),
  ...PARTS.keys(),
  ...AGO,
  ...YEAR_LEAD,
  ...['يوم', 'صباح', 'مساء', 'ليل', 'فجر', 'ظهر', 'هذا', 'هذه'],
]);

/** The value of a digit token in `[lo, hi]`, or null. */
function digits(view: TokenView, i: number, lo: number, hi: number): number | null {
  const t = view.tokens[i];
  if (!t || (t.kind !== 'number' && t.kind !== 'mixed')) return null;
  const m = /^(\d+)م?$/.exec(t.norm);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= lo && n <= hi ? n : null;
}

/** Finds the time expressions of tokens `[from, to)`. */
export function findTimes(view: TokenView, text: string, from: number, to: number): TimeMatch[] {
  const out: TimeMatch[] = [];
  const keys = view.keys;
  for (let i = from; i < to; i++) {
    const m = matchAt(i);
    if (!m) continue;
    const start = view.tokens[m.first]!.start;
    const end = view.tokens[m.last - 1]!.end;
    out.push({ tokenStart: m.first, tokenEnd: m.last, start, end, text: text.slice(start, end), spec: m.spec });
    i = m.last - 1;
  }
  return out;

  function qualifierAt(k: number): number | null {
    return k < to ? (QUALIFIERS.get(keys[k]!) ?? null) : null;
  }

  function matchAt(i: number): { first: number; last: number; spec: TimeSpec } | null {
    let first = i;
    let k = i;
    const key = keys[i]!;
    const bare = stripProclitics(key, TIME_PROCLITICS);
    const kind = view.tokens[i]!.kind;
    if (kind !== 'number' && kind !== 'mixed' && !STARTERS.has(key) && !STARTERS.has(bare)) return null;
    if (bare === 'يوم' || bare === 'صباح' || bare === 'مساء' || bare === 'ليل' || bare === 'فجر' || bare === 'ظهر') k = i + 1;
    if (k >= to) return null;
    // Dates: [day] month [year | qualifier].
    const day = digits(view, k, 1, 31);
    const mk = day !== null ? k + 1 : k;
    const month = mk < to ? matchSequence(MONTHS, keys, mk, to) : null;
    if (month && (day !== null || mk === i || k === i)) {
      let last = mk + month.words.length;
      const year = last < to ? digits(view, last, 1900, 2100) : null;
      let offset: number | null = null;
      if (year !== null) last++;
      else {
        offset = qualifierAt(last);
        if (offset !== null) last++;
      }
      // A month alone (مارس is also a verb) needs a day, a year or a qualifier.
      if (day === null && year === null && offset === null) return null;
      if (i > from && NAMED.has(stripProclitics(keys[i - 1]!, TIME_PROCLITICS))) return null;
      return { first, last, spec: { kind: 'date', day, month: month.value, year, offset } };
    }
    // Weekdays: [يوم] weekday [qualifier].
    const wd = WEEKDAY_FORMS.get(stripProclitics(keys[k]!, TIME_PROCLITICS)) ?? WEEKDAY_FORMS.get(keys[k]!);
    if (wd !== undefined && (k > i || keys[k]!.includes('ال'))) {
      let last = k + 1;
      const offset = qualifierAt(last);
      if (offset !== null) last++;
      return { first, last, spec: { kind: 'weekday', weekday: wd, offset } };
    }
    if (k > i) return null;
    // Relative days.
    const rel = matchSequence(RELATIVE, keys, i, to);
    if (rel) {
      const last = i + rel.words.length;
      // `اليوم` followed by a qualifier or ordinal is a period or a count, not today.
      if (rel.words.length === 1 && rel.words[0] === 'اليوم' && last < to && (QUALIFIERS.has(keys[last]!) || keys[last] === 'الاول')) return null;
      return { first, last, spec: { kind: 'day', offset: rel.value } };
    }
    // Years: عام 2012، في 2012، 2012م.
    const lead = YEAR_LEAD.has(bare) || YEAR_LEAD.has(key);
    const y = digits(view, lead ? i + 1 : i, 1900, 2100);
    if (y !== null && (lead || /م$/.test(view.tokens[i]!.norm) || keys[i + 1] === 'م')) {
      return { first, last: (lead ? i + 2 : i + 1) + (keys[lead ? i + 2 : i + 1] === 'م' ? 1 : 0), spec: { kind: 'year', year: y } };
    }
    // Periods: [part] period qualifier, or هذا/هذه period.
    let p = i;
    const part = PARTS.get(stripProclitics(key, TIME_PROCLITICS)) ?? null;
    if (part) p = i + 1;
    if (p < to && (keys[p] === 'هذا' || keys[p] === 'هذه')) {
      const unit = PERIODS.get(keys[p + 1] ?? '');
      if (unit && unit !== 'day') return { first, last: p + 2, spec: { kind: 'period', unit, offset: 0, part } };
    }
    const unit = p < to ? PERIODS.get(stripProclitics(keys[p]!, TIME_PROCLITICS)) : undefined;
    if (unit && unit !== 'day' && keys[p]!.includes('ال')) {
      const offset = qualifierAt(p + 1);
      if (offset !== null) return { first, last: p + 2, spec: { kind: 'period', unit, offset, part } };
    }
    // Spans ago: منذ/قبل [number] period.
    if (AGO.has(bare)) {
      const num = readNumber(view, i + 1, to);
      const u = num ? num.tokenEnd : i + 1;
      const unitKey = keys[u] ?? '';
      const agoUnit = PERIODS.get(unitKey);
      if (agoUnit && !unitKey.startsWith('ال')) {
        const count = num ? num.value : DUALS.has(unitKey) ? 2 : 1;
        first = i;
        return { first, last: u + 1, spec: { kind: 'ago', unit: agoUnit, count } };
      }
    }
    return null;
  }
}
