/**
 * Site names around titles: «عنوان الخبر - اليوم السابع», «المدينة نيوز - عنوان الخبر»,
 * «Headline | Site», «… - CNNArabic.com». Removes the site part and learns the site name from it.
 */
import { foldLabel } from './arabic-fold.js';

/** A title without its site part, and the site part when one was removed. */
export interface CleanedTitle {
  title: string;
  site: string | null;
}

/** Separators between a headline and a site name. A lone colon is not one: «ليبيا: …» is a headline. */
const SEPARATOR = /\s+(?:[-–—|»«·•~]|::|\/\/)\s+|\s*\|\s*/g;
const DOMAIN = /(?:^www\.|\.(?:com|net|org|info|news|tv|co|ae|sa|eg|ma|dz|tn|iq|sy|lb|jo|ps|kw|qa|bh|om|ye|ly|sd|mr)$)/i;

function siteKey(s: string): string {
  return foldLabel(s)
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.[a-z]{2,4}$/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

function sameSite(a: string, b: string): boolean {
  const x = siteKey(a);
  const y = siteKey(b);
  if (x.length < 3 || y.length < 3) return x === y && x.length > 0;
  return x === y || x.startsWith(y) || y.startsWith(x);
}

interface Part {
  text: string;
  start: number;
  end: number;
}

function split(title: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(last, m.index), start: last, end: m.index });
    last = m.index + m[0].length;
  }
  parts.push({ text: title.slice(last), start: last, end: title.length });
  return parts.filter((p) => p.text.trim().length > 0);
}

/**
 * Removes the site part of `raw`.
 *
 * 1. When a clean headline is known (the page's `<h1>` or og:title) and `raw` is that headline
 *    plus a part before or after a separator, the headline is the title and the part the site.
 * 2. Else a first or last part that names a known site (og:site_name, JSON-LD publisher) goes.
 * 3. Else a last or first part that is a domain («CNNArabic.com») goes.
 */
export function cleanTitle(raw: string, known: { siteNames: readonly string[]; headline: string | null }): CleanedTitle {
  const title = raw.replace(/\s+/g, ' ').trim();
  const parts = split(title);
  if (parts.length < 2) return { title, site: null };
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  // 1. Headline plus site.
  if (known.headline) {
    const h = foldLabel(known.headline);
    for (let k = 1; k < parts.length; k++) {
      const head = title.slice(first.start, parts[k - 1]!.end);
      const tail = title.slice(parts[k]!.start, last.end);
      if (foldLabel(head) === h) return { title: head, site: tail };
      if (foldLabel(tail) === h) return { title: tail, site: head };
    }
  }
  // 2. A known site name at either end.
  for (const site of known.siteNames) {
    if (sameSite(last.text, site)) return { title: title.slice(first.start, parts[parts.length - 2]!.end), site: last.text.trim() };
    if (sameSite(first.text, site)) return { title: title.slice(parts[1]!.start, last.end), site: first.text.trim() };
  }
  // 3. A domain at either end.
  if (DOMAIN.test(last.text.trim())) return { title: title.slice(first.start, parts[parts.length - 2]!.end), site: last.text.trim() };
  if (DOMAIN.test(first.text.trim())) return { title: title.slice(parts[1]!.start, last.end), site: first.text.trim() };
  return { title, site: null };
}
