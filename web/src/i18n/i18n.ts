/** The interface language: Arabic (right to left) by default, English on request; kept across visits. */

import { CLAIM_TRIGGERS } from '../../../src/lang/ar/claim-triggers.js';
import { ar, type Dictionary } from './ar.js';
import { en } from './en.js';

export type Lang = 'ar' | 'en';

const DICTIONARIES: Record<Lang, Dictionary> = { ar, en };
const KEY = 'marsad.lang';

let current: Lang = localStorage.getItem(KEY) === 'en' ? 'en' : 'ar';

/** The strings of the current language. */
export function t(): Dictionary {
  return DICTIONARIES[current];
}

export function lang(): Lang {
  return current;
}

/** Switches the language and sets `<html lang dir>`. */
export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(KEY, next);
  applyLang();
}

/** Sets `<html lang>` and `dir` for the current language. */
export function applyLang(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  document.title = t().appName;
}

/** The label of a claim type, from the claim type data (src/lang/ar/claim-triggers.ts). */
export function claimTypeLabel(type: string): string {
  const info = (CLAIM_TRIGGERS as Record<string, { ar: string; en: string } | undefined>)[type];
  return info ? info[current] : type;
}

/** A date (ISO) as the current language writes it; the input when it is not a date. */
export function formatDate(iso: string | null): string {
  if (!iso) return '—';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (m[2]) options.month = 'long';
  if (m[3]) options.day = 'numeric';
  return new Intl.DateTimeFormat(current === 'ar' ? 'ar-EG-u-nu-latn' : 'en-GB', options).format(date);
}
