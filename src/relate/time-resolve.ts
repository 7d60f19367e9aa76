/**
 * Resolving time expressions against the publication date, and the checks that flag a resolved
 * time the text or known events contradict (rule `time-contradiction`): a past date after
 * publication, a relative time far from every year the text names, or a known event (the fall
 * of Gaddafi) placed in the wrong year — a republished story, as in the seed.
 */

import { KNOWN_EVENTS } from '../lang/ar/known-events.js';
import { FUTURE_MARKERS } from '../lang/ar/time-words.js';
import type { ClaimTime, TimePrecision } from '../record/claim.js';
import type { TimeMatch } from './time-expressions.js';
import type { TokenView } from './token-view.js';
import { fold } from './word-forms.js';

const DAY = 86_400_000;

/** A UTC date from `YYYY-MM-DD…`, or null. */
export function parseDay(iso: string | null | undefined): Date | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ymd(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Part of a month or a year: the first, middle or last third (a year: quarters 1, 2-3, 4). */
function narrow(y: number, m: number | null, part: 'start' | 'middle' | 'end' | null): [Date, Date] {
  if (m !== null) {
    const last = lastDay(y, m);
    if (part === 'start') return [ymd(y, m, 1), ymd(y, m, 10)];
    if (part === 'middle') return [ymd(y, m, 11), ymd(y, m, 20)];
    if (part === 'end') return [ymd(y, m, 21), ymd(y, m, last)];
    return [ymd(y, m, 1), ymd(y, m, last)];
  }
  if (part === 'start') return [ymd(y, 1, 1), ymd(y, 3, 31)];
  if (part === 'middle') return [ymd(y, 4, 1), ymd(y, 9, 30)];
  if (part === 'end') return [ymd(y, 10, 1), ymd(y, 12, 31)];
  return [ymd(y, 1, 1), ymd(y, 12, 31)];
}

/**
 * Resolves a time expression against `published` (null: only absolute ones resolve).
 * Without a year, a month or date is the latest one not after publication (`الماضي`: before
 * it), `الجاري` the current one, `المقبل` the next; weeks run Monday to Sunday.
 */
export function resolveTime(m: TimeMatch, published: Date | null): ClaimTime {
  const base = { text: m.text, start: m.start, end: m.end };
  const s = m.spec;
  const out = (from: Date | null, to: Date | null, precision: TimePrecision, anchor: 'absolute' | 'relative'): ClaimTime => ({
    ...base,
    from: from ? iso(from) : null,
    to: to ? iso(to) : null,
    precision,
    anchor,
  });
  if (s.kind === 'year') return out(ymd(s.year, 1, 1), ymd(s.year, 12, 31), 'year', 'absolute');
  if (s.kind === 'date' && s.year !== null) {
    const [a, b] = s.day !== null ? [ymd(s.year, s.month, s.day), ymd(s.year, s.month, s.day)] : narrow(s.year, s.month, null);
    return out(a, b, s.day !== null ? 'day' : 'month', 'absolute');
  }
  const p = published;
  const precisionOf: Record<TimeSpec['kind'], TimePrecision> = { date: 'day', year: 'year', day: 'day', weekday: 'day', period: 'month', ago: 'day' };
  if (!p) return out(null, null, s.kind === 'period' || s.kind === 'ago' ? (s.unit === 'day' ? 'day' : s.unit) : precisionOf[s.kind], 'relative');
  const py = p.getUTCFullYear();
  const pm = p.getUTCMonth() + 1;
  const pd = p.getUTCDate();
  switch (s.kind) {
    case 'date': {
      let y = py;
      const key = s.month * 100 + (s.day ?? 0);
      const now = pm * 100 + (s.day === null ? 0 : pd);
      if (s.offset === 1) y = key > now ? py : py + 1;
      else if (s.offset === 0) y = py;
      else if (s.offset === -1) y = key < now ? py : py - 1;
      else y = key <= now ? py : py - 1;
      const [a, b] = s.day !== null ? [ymd(y, s.month, s.day), ymd(y, s.month, s.day)] : narrow(y, s.month, null);
      return out(a, b, s.day !== null ? 'day' : 'month', 'relative');
    }
    case 'day': {
      const d = new Date(p.getTime() + s.offset * DAY);
      return out(d, d, 'day', 'relative');
    }
    case 'weekday': {
      const today = p.getUTCDay();
      let back = (today - s.weekday + 7) % 7;
      if (s.offset === -1 && back === 0) back = 7;
      const d = s.offset === 1 ? new Date(p.getTime() + (((s.weekday - today + 7) % 7) || 7) * DAY) : new Date(p.getTime() - back * DAY);
      return out(d, d, 'day', 'relative');
    }
    case 'period': {
      if (s.unit === 'year') {
        const [a, b] = narrow(py + s.offset, null, s.part);
        return out(a, b, 'year', 'relative');
      }
      if (s.unit === 'month') {
        const d = ymd(py, pm + s.offset, 1);
        const [a, b] = narrow(d.getUTCFullYear(), d.getUTCMonth() + 1, s.part);
        return out(a, b, 'month', 'relative');
      }
      const monday = new Date(p.getTime() - ((p.getUTCDay() + 6) % 7) * DAY + s.offset * 7 * DAY);
      return out(monday, new Date(monday.getTime() + 6 * DAY), 'week', 'relative');
    }
    case 'ago': {
      if (s.unit === 'year') {
        const y = py - s.count;
        return out(ymd(y, 1, 1), ymd(y, 12, 31), 'year', 'relative');
      }
      if (s.unit === 'month') {
        const d = ymd(py, pm - s.count, 1);
        const [a, b] = narrow(d.getUTCFullYear(), d.getUTCMonth() + 1, null);
        return out(a, b, 'month', 'relative');
      }
      const d = new Date(p.getTime() - s.count * (s.unit === 'week' ? 7 : 1) * DAY);
      return out(d, d, s.unit === 'week' ? 'week' : 'day', 'relative');
    }
  }
}

type TimeSpec = TimeMatch['spec'];

/** A contradiction found by `checkTime`. */
export interface TimeProblem {
  start: number;
  end: number;
  message: string;
}

const FUTURE = new Set(FUTURE_MARKERS.map(fold));
const EVENTS = KNOWN_EVENTS.map((e) => ({ ...e, cues: e.cues.map((c) => c.map(fold)) }));

/** How far before a time expression (tokens) the words naming a known event may stand. */
const EVENT_REACH = 15;

/**
 * Checks one resolved time.
 *
 * 1. A date after publication with nothing future-looking around it.
 * 2. A relative time whose year is more than a year after every year the text itself names.
 * 3. A known event named right before the time but dated outside it.
 */
export function checkTime(
  view: TokenView,
  m: TimeMatch,
  t: ClaimTime,
  published: Date | null,
  sentence: { from: number; to: number },
  textYears: readonly number[],
): TimeProblem[] {
  const problems: TimeProblem[] = [];
  const at = { start: m.start, end: m.end };
  const from = parseDay(t.from);
  const to = parseDay(t.to);
  if (!from || !to) return problems;
  // 1. After publication.
  if (published && from.getTime() > published.getTime() + DAY && t.anchor === 'absolute') {
    let future = false;
    for (let k = sentence.from; k < sentence.to && !future; k++) future = FUTURE.has(view.keys[k]!) || view.keys[k]!.startsWith('سي');
    if (!future) problems.push({ ...at, message: `"${m.text}" is ${t.from}, after the publication date ${iso(published)}, yet nothing in the sentence says it lies ahead.` });
  }
  // 2. Relative time versus the years the text names.
  if (t.anchor === 'relative' && textYears.length > 0) {
    const latest = Math.max(...textYears);
    const year = to.getUTCFullYear();
    if (year > latest + 1) {
      problems.push({ ...at, message: `"${m.text}" resolves to ${year} against the publication date, but the latest year the text names is ${latest}: the story may be older than its page.` });
    }
  }
  // 3. Known events.
  for (const e of EVENTS) {
    const lo = Math.max(sentence.from, m.tokenStart - EVENT_REACH);
    const named = e.cues.some((cue) => cue.every((w) => anyToken(view, lo, m.tokenStart, w)));
    if (!named) continue;
    const ef = parseDay(e.from)!;
    const et = parseDay(e.to)!;
    if (et.getTime() < from.getTime() || ef.getTime() > to.getTime()) {
      problems.push({ ...at, message: `"${m.text}" resolves to ${t.from}…${t.to}, but ${e.en} was ${e.from === e.to ? e.from : `${e.from}…${e.to}`}: the story may be republished or the date wrong.` });
    }
  }
  return problems;
}

function anyToken(view: TokenView, from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) {
    if (view.keys[k] === word) return true;
    if (view.readings(k).some((r) => r.core === word || 'ال' + r.core === word)) return true;
  }
  return false;
}
