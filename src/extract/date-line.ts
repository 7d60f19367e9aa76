/**
 * Date lines: «الأحد، 04 آب/اغسطس 2013», «تاريخ النشر: 5 مايو 2024 - 08:30 م بتوقيت مكة |
 * آخر تحديث: …». A line holds one or two dates and few other words; the words before a date
 * say whether it is the publication or the last update.
 */
import { PUBLISHED_MARKERS, UPDATED_MARKERS, WEEKDAYS } from '../lang/ar/date-words.js';
import { type DateMatch, findArabicDates, parseDateLine } from './arabic-date.js';
import { foldLabel, phraseAlternation } from './arabic-fold.js';
import type { DateCandidate } from './date-resolver.js';

const DATE_NOISE = new RegExp(`(?:${phraseAlternation([...PUBLISHED_MARKERS, ...UPDATED_MARKERS, ...WEEKDAYS.flat()])})`, 'gu');
const UPDATED = new RegExp(`(?:${phraseAlternation(UPDATED_MARKERS)})`, 'u');
const PUBLISHED = new RegExp(`(?:${phraseAlternation(PUBLISHED_MARKERS)})`, 'u');

function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (w.length > 0) n++;
  return n;
}

/** What a date line says: the publication date, the update date, or both. */
export interface DateLine {
  published: DateMatch | null;
  updated: DateMatch | null;
}

/**
 * A date line: one or two dates and at most a few words around each (markers, weekday, a
 * place). A date after «آخر تحديث» is the update; a line with one date and only an update
 * marker («الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00») is the update stamp as a whole.
 * Fixtures: cnn-arabic-syria-2013 (update stamp), date-timezone (both on one line).
 */
export function readDateLine(text: string): DateLine | null {
  const dates = findArabicDates(text);
  if (dates.length === 0 || wordCount(text) > 16 * dates.length) return null;
  // 1. Few words besides the dates and their markers.
  let rest = '';
  let last = 0;
  for (const d of dates) {
    rest += ' ' + text.slice(last, d.start);
    last = d.end;
  }
  rest = foldLabel(rest + ' ' + text.slice(last)).replace(DATE_NOISE, ' ');
  if (wordCount(rest.replace(/[^\p{L}\p{N}\s]/gu, ' ')) > 4 * dates.length) return null;
  // 2. One date: the whole line, with a time written anywhere in it.
  const f = foldLabel(text);
  if (dates.length === 1) {
    const date = parseDateLine(text)!;
    const updated = UPDATED.test(f) && !PUBLISHED.test(f.replace(UPDATED, ''));
    return updated ? { published: null, updated: date } : { published: date, updated: null };
  }
  // 3. Several: each date is what the words before it say.
  const line: DateLine = { published: null, updated: null };
  last = 0;
  for (const d of dates) {
    const before = foldLabel(text.slice(last, d.start));
    last = d.end;
    if (UPDATED.test(before) && !line.updated) line.updated = d;
    else if (!line.published) line.published = d;
  }
  return line;
}

function candidate(date: DateMatch, inputStart: number, inputEnd: number): DateCandidate {
  return {
    value: date.value,
    source: date.calendar === 'hijri' ? 'date-line:hijri' : 'date-line',
    calendar: date.calendar,
    inputStart,
    inputEnd,
    ...(date.hijri ? { hijri: date.hijri } : {}),
  };
}

/** Adds the dates of `line`, found at `input[inputStart, inputEnd)`, to the candidate lists. */
export function addDateLine(line: DateLine, inputStart: number, inputEnd: number, into: { published: DateCandidate[]; updated: DateCandidate[] }): void {
  if (line.published) into.published.push(candidate(line.published, inputStart, inputEnd));
  if (line.updated) into.updated.push(candidate(line.updated, inputStart, inputEnd));
}
