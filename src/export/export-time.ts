/** Dates as exports write them: STIX timestamps, and the precision of a claim's time range. */

import type { TimePrecision } from '../record/claim.js';

const DATE_ONLY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An ISO date or date-time as a STIX timestamp (UTC, milliseconds, `Z`): a date-only value is
 * the start of its day (`2015-07-21` → `2015-07-21T00:00:00.000Z`), a date-time without a zone
 * is read as UTC. Null when the value does not parse.
 */
export function stixTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  const d = DATE_ONLY.exec(v);
  if (d) return `${d[1]}-${d[2] ?? '01'}-${d[3] ?? '01'}T00:00:00.000Z`;
  const t = new Date(HAS_ZONE.test(v) ? v : `${v}Z`);
  return Number.isNaN(t.getTime()) ? null : t.toISOString();
}

/** The last millisecond of a date-only value's day (`2015-07-21` → `2015-07-21T23:59:59.999Z`), or the timestamp itself. */
export function stixEndTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T23:59:59.999Z`;
  return stixTimestamp(v);
}

const DAY = 86_400_000;

/**
 * The precision of a resolved time range `[start, end]` (ISO days, as the store keeps them): one
 * day, seven days, a whole calendar month, a whole calendar year. The store does not keep the
 * relate stage's own precision, so it is read back from the range; null for any other range.
 */
export function timePrecision(start: string | null, end: string | null): TimePrecision | null {
  if (!start || !end) return null;
  if (start === end) return 'day';
  const a = Date.parse(`${start}T00:00:00Z`);
  const b = Date.parse(`${end}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  if (b - a === 6 * DAY) return 'week';
  const nextDay = new Date(b + DAY);
  if (start.endsWith('-01') && start.slice(0, 7) === end.slice(0, 7) && nextDay.getUTCDate() === 1) return 'month';
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) return 'year';
  return null;
}
