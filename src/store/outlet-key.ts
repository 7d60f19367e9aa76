/** Outlet keys: one key per outlet whether it is named by a site name, a JSONL source or a URL host. */

import { normalizeArabic } from '../lang/ar/normalize.js';

/** Generic heads dropped from outlet names, so `صحيفة الحياة` and `الحياة` are one outlet. */
const OUTLET_HEADS = /^(?:صحيفه|جريده|موقع|وكاله|قناه|مجله|شبكه)\s+/;

/**
 * The key of an outlet name: Arabic folded (hamza carriers too), Latin lower-cased, a URL
 * reduced to its host without `www.`, generic heads (صحيفة، وكالة، موقع …) dropped.
 * Empty when nothing is left.
 */
export function outletKey(name: string): string {
  let s = name.trim();
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(s);
  if (host) s = host[1]!;
  s = normalizeArabic(s, { foldHamzaCarriers: true }).toLowerCase().replace(/^www\./, '');
  s = s.replace(/[«»"'“”()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
  return s.replace(OUTLET_HEADS, '');
}

/** The host of a URL without `www.`, or null for a non-URL. */
export function urlHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
