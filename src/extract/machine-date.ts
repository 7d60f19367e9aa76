/**
 * Machine-written dates of page metadata (JSON-LD, `article:published_time`, `<time datetime>`,
 * sailthru and parsely tags, URLs) read into the ISO form the article layer prints. Written by
 * hand because the output keeps the precision and the offset the page gave, which `Date` loses.
 */
import { parseDateLine } from './arabic-date.js';

const ISO = /^\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;
const SLASHED = /^\s*(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::\d{2})?)?\s*$/;
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 2822 and its loose variants: «Tue, 23 Apr 2024 15:44:00 +0300», «April 23, 2024». */
const RFC = /^\s*(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::\d{2})?)?\s*(GMT|UTC|Z|[+-]\d{4})?\s*$/i;
const US = /^\s*(?:[a-z]{3,9},?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?)?\s*(GMT|UTC|Z|[+-]\d{4})?\s*$/i;

function pad(n: number | string, width = 2): string {
  return String(n).padStart(width, '0');
}

function valid(y: number, m: number, d: number, h = 0, mi = 0): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || h > 23 || mi > 59) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function offsetOf(zone: string | undefined): string {
  if (zone === undefined) return '';
  const z = zone.toUpperCase();
  if (z === 'Z' || z === 'GMT' || z === 'UTC') return '+00:00';
  const digits = z.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3, 5) : '00'}`;
}

function build(y: number, m: number, d: number, h?: number, mi?: number, zone?: string): string | null {
  if (!valid(y, m, d, h ?? 0, mi ?? 0)) return null;
  const date = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  if (h === undefined || mi === undefined) return date;
  return `${date}T${pad(h)}:${pad(mi)}${offsetOf(zone)}`;
}

function monthOf(name: string): number {
  return MONTHS_EN.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/**
 * Reads a date written by a machine or a person into ISO form: `YYYY-MM-DD`, or
 * `YYYY-MM-DDTHH:MM` with the offset when the value has one (`Z` becomes `+00:00`); seconds are
 * dropped. Accepts ISO 8601 (also compact and space-separated), `YYYY/MM/DD`, RFC 2822, «April
 * 23, 2024», and Arabic date lines. Null when the value is no date.
 */
export function normalizeMachineDate(value: string): string | null {
  const text = value.trim();
  if (text.length === 0 || text.length > 200) return null;
  let m = ISO.exec(text);
  if (m) {
    const h = m[4] !== undefined ? Number(m[4]) : undefined;
    const mi = m[5] !== undefined ? Number(m[5]) : undefined;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), h, mi, m[7]);
  }
  m = SLASHED.exec(text);
  if (m) {
    const h = m[4] !== undefined ? Number(m[4]) : undefined;
    const mi = m[5] !== undefined ? Number(m[5]) : undefined;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), h, mi);
  }
  m = RFC.exec(text);
  if (m && monthOf(m[2]!) > 0) {
    const h = m[4] !== undefined ? Number(m[4]) : undefined;
    const mi = m[5] !== undefined ? Number(m[5]) : undefined;
    return build(Number(m[3]), monthOf(m[2]!), Number(m[1]), h, mi, m[6]);
  }
  m = US.exec(text);
  if (m && monthOf(m[1]!) > 0) {
    let h = m[4] !== undefined ? Number(m[4]) : undefined;
    const mi = m[5] !== undefined ? Number(m[5]) : undefined;
    if (h !== undefined && m[6] !== undefined) {
      const pm = m[6].toLowerCase().startsWith('p');
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    }
    return build(Number(m[3]), monthOf(m[1]!), Number(m[2]), h, mi, m[7]);
  }
  return parseDateLine(text)?.value ?? null;
}

/**
 * The date in a news URL's path: `/2024/04/23/`, `/2024-04-23/`, or CNN's
 * `/2013/middle_east/8/3/` (year, one section, month, day). Date precision only.
 */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/\-_.]|$)/,
    /\/((?:19|20)\d{2})\/[a-z][\w-]*\/(\d{1,2})\/(\d{1,2})\//i,
    /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/\-_.]|$)/,
  ];
  for (const re of patterns) {
    const m = re.exec(path);
    if (m) {
      const date = build(Number(m[1]), Number(m[2]), Number(m[3]));
      if (date) return date;
    }
  }
  return null;
}
