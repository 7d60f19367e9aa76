/**
 * Arabic date lines: «الأحد، 04 آب/اغسطس 2013», «23 أبريل 2024 , 15:44», «14 رمضان 1445 هـ»,
 * «٢٣/٠٤/٢٠٢٤ - 3:44 م بتوقيت مكة». Written by hand: no library reads every regional month
 * naming, Hijri months and Arabic day-period markers. The month names and marker words are data
 * in src/lang/ar/months.ts and src/lang/ar/date-words.ts.
 */
import { ALL_MONTHS } from '../lang/ar/months.js';
import {
  AM_MARKERS,
  GREGORIAN_ERA_MARKERS,
  HIJRI_ERA_MARKERS,
  PM_MARKERS,
  TIME_LEAD_WORDS,
  WEEKDAYS,
  ZONE_LEAD_WORDS,
  ZONE_PHRASES,
} from '../lang/ar/date-words.js';
import { foldLabel, foldWithMap, phraseAlternation } from './arabic-fold.js';
import { hijriToGregorian } from './hijri-calendar.js';

/** A date found in a text, with the span it covers. */
export interface DateMatch {
  /**
   * ISO 8601 at the precision the text gives: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, or
   * `YYYY-MM-DDTHH:MM+03:00` when the text names the zone. Always Gregorian.
   */
  value: string;
  /** Span of the date (and its attached time) in the searched text. */
  start: number;
  end: number;
  /** The calendar the text wrote the date in. Hijri dates are converted (Umm al-Qura). */
  calendar: 'gregorian' | 'hijri';
  /** The Hijri date as written, `YYYY-MM-DD` (Hijri year, month, day), for Hijri dates. */
  hijri: string | null;
  hasTime: boolean;
  /** The UTC offset the text gives, `+03:00`, or null. */
  offset: string | null;
}

// Folded month name → [month, isHijri].
const WEEKDAY = new Map<string, number>();
WEEKDAYS.forEach((names, day) => names.forEach((n) => WEEKDAY.set(foldLabel(n), day)));
const MONTHS = new Map<string, [number, boolean]>();
for (const m of ALL_MONTHS) MONTHS.set(foldLabel(m.name), [m.month, m.naming === 'hijri']);

const ZONES = new Map<string, string>();
for (const z of ZONE_PHRASES) for (const n of z.names) ZONES.set(foldLabel(n), z.offset);

const M = phraseAlternation(ALL_MONTHS.map((m) => m.name));
const W = phraseAlternation(WEEKDAYS.flat());
const ERA = phraseAlternation([...HIJRI_ERA_MARKERS, ...GREGORIAN_ERA_MARKERS]);
const HIJRI_ERAS = new Set(HIJRI_ERA_MARKERS.map(foldLabel));
const AMPM = phraseAlternation([...AM_MARKERS, ...PM_MARKERS]);
const AM = new Set(AM_MARKERS.map((m) => foldLabel(m).toLowerCase()));
const ZNAMES = phraseAlternation(ZONE_PHRASES.flatMap((z) => z.names));
const ZLEAD = phraseAlternation(ZONE_LEAD_WORDS);
const LEAD = phraseAlternation(TIME_LEAD_WORDS);

const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const ERA_TAIL = `(?:\\s*(?<era>${ERA})(?![\\p{L}]))?`;

/** Day, month name (or a combined «آب/اغسطس», «أغسطس (آب)»), year. */
const DATE_DMY = new RegExp(
  `${NOT_AFTER_WORD}(?:(?<wd>${W})\\s*[،,\\-]?\\s*)?(?<day>\\d{1,2})(?:\\s*-\\s*|\\s+من\\s+(?:شهر\\s+)?|\\s*)` +
    `(?<m1>${M})(?:\\s*(?:/|\\(|-)\\s*(?<m2>${M})\\s*\\)?)?\\s*[،,\\-/.]?\\s*(?<year>\\d{4})(?!\\d)${ERA_TAIL}`,
  'gu',
);
/** Month name, day, year: «أبريل 23، 2024». */
const DATE_MDY = new RegExp(
  `${NOT_AFTER_WORD}(?:(?<wd>${W})\\s*[،,\\-]?\\s*)?(?<m1>${M})(?:\\s*(?:/|\\(|-)\\s*(?<m2>${M})\\s*\\)?)?\\s+(?<day>\\d{1,2})\\s*[،,]?\\s*(?<year>\\d{4})(?!\\d)${ERA_TAIL}`,
  'gu',
);
/** Numeric day/month/year: 23/04/2024, 23-4-2024, 23.04.2024. */
const DATE_NUM_DMY = new RegExp(
  `(?<![\\d/.\\-])(?:(?<wd>${W})\\s*[،,\\-]?\\s*)?(?<day>\\d{1,2})(?<sep>[/.\\-])(?<month>\\d{1,2})\\k<sep>(?<year>\\d{4})(?![\\d/])${ERA_TAIL}`,
  'gu',
);
/** Numeric year/month/day: 2024-04-23, 2024/4/23, 1445/10/14 هـ. */
const DATE_NUM_YMD = new RegExp(
  `(?<![\\d/.\\-])(?:(?<wd>${W})\\s*[،,\\-]?\\s*)?(?<year>\\d{4})(?<sep>[/.\\-])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})(?![\\d/])${ERA_TAIL}`,
  'gu',
);

const ZONE =
  `(?:\\s*\\(?\\s*(?:(?:${ZLEAD})\\s+(?<zname>${ZNAMES})|(?<gmt>GMT|UTC|ت\\s?\\.?\\s?غ)\\.?\\s*(?<goff>[+\\-]\\s*\\d{1,2}(?::?\\d{2})?)?)\\s*\\)?` +
  `|(?<iso>Z|[+\\-]\\d{2}:?\\d{2})(?![\\d]))`;
const TIME_SRC = `(?<![\\d:.])(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?![\\d])(?:\\s*(?<ap>${AMPM})(?![\\p{L}]))?(?:${ZONE})?`;
const TIME = new RegExp(TIME_SRC, 'gu');
/** A time right after a date: «, 15:44», « - الساعة 3:44 م», «T15:44:00+03:00». */
const TIME_AFTER = new RegExp(`[\\s،,\\-|/(T]*(?:(?:${LEAD})\\s*)*${TIME_SRC}`, 'uy');
const YEAR = /[0-9\u0660-\u0669\u06F0-\u06F9]{4}/;
/** What may stand between a time and the date after it: «15:44 - 23 أبريل 2024». */
const GAP_BEFORE_DATE = /^[\s،,\-|/]*$/u;

interface Found {
  start: number; // folded offsets
  end: number;
  y: number;
  m: number;
  d: number;
  hijri: boolean;
  /** The weekday the text names (0 = Sunday), or -1. */
  weekday: number;
}

interface FoundTime {
  start: number;
  end: number;
  h: number;
  min: number;
  offset: string | null;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Reads the groups of one date regex match into a date; null when it is no valid date. */
function readDate(g: Record<string, string | undefined>): Omit<Found, 'start' | 'end'> | null {
  const weekday = g.wd !== undefined ? (WEEKDAY.get(foldLabel(g.wd)) ?? -1) : -1;
  const y = Number.parseInt(g.year!, 10);
  let d = Number.parseInt(g.day!, 10);
  let m: number;
  let hijri = false;
  if (g.m1 !== undefined) {
    const first = MONTHS.get(foldLabel(g.m1).replace(/\s+/g, ' '));
    if (!first) return null;
    [m, hijri] = first;
  } else {
    m = Number.parseInt(g.month!, 10);
    // 2. A numeric date whose month cannot be a month is month-first (US style).
    if (m > 12 && d <= 12 && g.year !== undefined && g.sep !== '-') [m, d] = [d, m];
  }
  const era = g.era !== undefined ? foldLabel(g.era) : null;
  if (era !== null && HIJRI_ERAS.has(era)) hijri = true;
  // No Gregorian news is dated 1300-1600: such a year is Hijri whatever the month name says.
  if (y >= 1300 && y <= 1600) hijri = true;
  if (m < 1 || m > 12 || d < 1) return null;
  if (hijri) return y >= 1300 && y <= 1600 && d <= 30 ? { y, m, d, hijri, weekday } : null;
  if (y < 1900 || y > 2100 || d > daysInMonth(y, m)) return null;
  return { y, m, d, hijri, weekday };
}

function zoneOffset(g: Record<string, string | undefined>): string | null {
  if (g.zname !== undefined) return ZONES.get(foldLabel(g.zname).replace(/\s+/g, ' ')) ?? null;
  if (g.iso !== undefined) {
    if (g.iso === 'Z') return '+00:00';
    const digits = g.iso.replace(':', '');
    return `${digits.slice(0, 3)}:${digits.slice(3, 5)}`;
  }
  if (g.gmt !== undefined) {
    if (g.goff === undefined) return '+00:00';
    const off = g.goff.replace(/\s+/g, '');
    const sign = off[0] === '-' ? '-' : '+';
    const body = off.slice(1).replace(':', '');
    const [hh, mm] = body.length <= 2 ? [body, '00'] : [body.slice(0, body.length - 2), body.slice(-2)];
    const h = Number.parseInt(hh, 10);
    const mi = Number.parseInt(mm, 10);
    if (h > 14 || mi > 59) return null;
    return `${sign}${pad(h)}:${pad(mi)}`;
  }
  return null;
}

/** Reads a time match; null when the clock is impossible (25:70). */
function readTime(g: Record<string, string | undefined>): Omit<FoundTime, 'start' | 'end'> | null {
  let h = Number.parseInt(g.h!, 10);
  const min = Number.parseInt(g.min!, 10);
  if (g.ap !== undefined) {
    const am = AM.has(foldLabel(g.ap).toLowerCase());
    if (h > 12 || h === 0) {
      if (h > 23) return null;
    } else if (am) {
      if (h === 12) h = 0;
    } else if (h < 12) {
      h += 12;
    }
  }
  if (h > 23 || min > 59) return null;
  return { h, min, offset: zoneOffset(g) };
}

function collectDates(folded: string): Found[] {
  const found: Found[] = [];
  for (const re of [DATE_DMY, DATE_MDY, DATE_NUM_DMY, DATE_NUM_YMD]) {
    re.lastIndex = 0;
    for (const match of folded.matchAll(re)) {
      const date = readDate(match.groups ?? {});
      if (date) found.push({ ...date, start: match.index, end: match.index + match[0].length });
    }
  }
  // 1. Keep the earliest, then longest, of overlapping matches.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}

function collectTimes(folded: string): FoundTime[] {
  const times: FoundTime[] = [];
  TIME.lastIndex = 0;
  for (const match of folded.matchAll(TIME)) {
    const t = readTime(match.groups ?? {});
    if (t) times.push({ ...t, start: match.index, end: match.index + match[0].length });
  }
  return times;
}

function shiftDay(ymd: string | null, days: number): string | null {
  if (ymd === null) return null;
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Countries that sight the moon start Hijri months a day before or after Umm al-Qura. When
 * the page names the weekday and it falls on the day before or after the computed one, the
 * page's day is the right one.
 */
function matchWeekday(ymd: string, weekday: number): string {
  if (weekday < 0) return ymd;
  const day = (s: string): number => new Date(`${s}T00:00:00Z`).getUTCDay();
  if (day(ymd) === weekday) return ymd;
  for (const shift of [-1, 1]) {
    const other = shiftDay(ymd, shift)!;
    if (day(other) === weekday) return other;
  }
  return ymd;
}

function toMatch(f: Found, t: FoundTime | null, index: number[]): DateMatch | null {
  let ymd: string;
  let hijri: string | null = null;
  if (f.hijri) {
    const g = hijriToGregorian(f.y, f.m, f.d) ?? (f.d === 30 ? shiftDay(hijriToGregorian(f.y, f.m, 29), 1) : null);
    if (g === null) return null;
    ymd = matchWeekday(g, f.weekday);
    hijri = `${pad(f.y, 4)}-${pad(f.m)}-${pad(f.d)}`;
  } else {
    ymd = `${pad(f.y, 4)}-${pad(f.m)}-${pad(f.d)}`;
  }
  const start = Math.min(f.start, t ? t.start : f.start);
  const end = Math.max(f.end, t ? t.end : f.end);
  const value = t ? `${ymd}T${pad(t.h)}:${pad(t.min)}${t.offset ?? ''}` : ymd;
  return {
    value,
    start: index[start]!,
    end: index[end]!,
    calendar: f.hijri ? 'hijri' : 'gregorian',
    hijri,
    hasTime: t !== null,
    offset: t ? t.offset : null,
  };
}

/**
 * Every date expression in `text`, in order, each with the clock time written right before or
 * after it («23 أبريل 2024 , 15:44», «15:44 - 23 أبريل 2024»). Both digit sets are read; Hijri
 * dates are converted to Gregorian.
 */
export function findArabicDates(text: string): DateMatch[] {
  // Every complete date has a four-digit year: most texts are ruled out without folding.
  if (!YEAR.test(text)) return [];
  const { text: folded, index } = foldWithMap(text);
  const dates = collectDates(folded);
  if (dates.length === 0) return [];
  const times = collectTimes(folded);
  const out: DateMatch[] = [];
  for (let i = 0; i < dates.length; i++) {
    const f = dates[i]!;
    const limit = dates[i + 1]?.start ?? folded.length;
    // 1. A time right after the date.
    TIME_AFTER.lastIndex = f.end;
    const after = TIME_AFTER.exec(folded);
    let t: FoundTime | null = null;
    if (after && after.index + after[0].length <= limit) {
      const read = readTime(after.groups ?? {});
      if (read) t = { ...read, start: f.end, end: after.index + after[0].length };
    }
    // 2. Else a time right before it.
    if (!t) {
      const prevEnd = dates[i - 1]?.end ?? 0;
      const before = times.find((x) => x.end <= f.start && x.start >= prevEnd && GAP_BEFORE_DATE.test(folded.slice(x.end, f.start)));
      if (before) t = before;
    }
    const m = toMatch(f, t, index);
    if (m) out.push(m);
  }
  return out;
}

/**
 * The date a date line gives: the first Gregorian date in `line` (a Hijri one only when the
 * line has no Gregorian date, as in «14 رمضان 1445 هـ الموافق 24 مارس 2024»), with a time
 * written anywhere in the line when the date has none of its own («الأربعاء، 28 آب/اغسطس 2013،
 * آخر تحديث 14:00 (GMT+0400)»). Null when the line holds no complete date.
 */
export function parseDateLine(line: string): DateMatch | null {
  const dates = findArabicDates(line);
  const chosen = dates.find((d) => d.calendar === 'gregorian') ?? dates[0];
  if (!chosen) return null;
  if (chosen.hasTime || dates.length > 1) return chosen;
  const { text: folded, index } = foldWithMap(line);
  for (const t of collectTimes(folded)) {
    const start = index[t.start]!;
    if (start >= chosen.start && start < chosen.end) continue;
    const ymd = chosen.value.slice(0, 10);
    return {
      ...chosen,
      value: `${ymd}T${pad(t.h)}:${pad(t.min)}${t.offset ?? ''}`,
      start: Math.min(chosen.start, start),
      end: Math.max(chosen.end, index[t.end]!),
      hasTime: true,
      offset: t.offset,
    };
  }
  return chosen;
}
