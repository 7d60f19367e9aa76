/**
 * Word forms for the relate stage's lexicons: the matching key of a word, the inflected forms of
 * a verb from its two stems, and the readings of a token with its clitics set aside. Written by
 * hand (no Arabic morphological analyzer exists for Node.js); the readings are tried only
 * against closed lexicons, so a wrong split of an unknown word costs nothing.
 */

import { fold } from '../lang/ar/verb-forms.js';

export { fold, verbForms } from '../lang/ar/verb-forms.js';

/** Noun forms, folded, with the accusative alef of the indefinite (هجوما) added. */
export function nounForms(forms: readonly string[]): string[] {
  const out = new Set<string>();
  for (const f of forms) {
    const k = fold(f);
    out.add(k);
    if (!/[اهي]$/.test(k)) out.add(k + 'ا');
  }
  return [...out];
}

/** One way to read a token: its core word and the clitics set aside. */
export interface Reading {
  /** The word without clitics, folded. */
  core: string;
  /** Conjunction glued before (و، ف), or ''. */
  conj: string;
  /** Preposition or particle glued before (ب، ل، ك، س), or ''. */
  prep: string;
  /** True when the article is glued (ال, or elided after ل: للتحقيق). */
  article: boolean;
  /** Pronoun suffix, or ''. */
  suffix: string;
}

const SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'ه', 'كم', 'نا'];
const MIN_CORE = 2;

/** Readings by word: words repeat (Zipf), so each is analysed once. Cleared when it grows large. */
const cache = new Map<string, Reading[]>();
const CACHE_LIMIT = 100_000;

/**
 * Every plausible reading of a folded Arabic word, the whole word first. Proclitics in order
 * conjunction (و ف), preposition (ب ل ك س), article (ال); then a pronoun suffix (not after the
 * article). A stem that writes ة as ت before a suffix gets its ة back (علاقته → علاقه). `taMarbuta`
 * says the written word ends in ة, so its folded final ه is no pronoun.
 */
export function readings(key: string, taMarbuta = false): Reading[] {
  const id = taMarbuta ? key + '\u0629' : key;
  const hit = cache.get(id);
  if (hit) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const out = computeReadings(key, taMarbuta);
  cache.set(id, out);
  return out;
}

function computeReadings(key: string, taMarbuta: boolean): Reading[] {
  const out: Reading[] = [];
  const seen = new Set<string>();
  const push = (r: Reading): void => {
    const id = `${r.conj}|${r.prep}|${r.article ? 1 : 0}|${r.core}|${r.suffix}`;
    if (r.core.length < MIN_CORE || seen.has(id)) return;
    seen.add(id);
    out.push(r);
  };
  for (const conj of ['', 'و', 'ف']) {
    if (conj && !key.startsWith(conj)) continue;
    const a = key.slice(conj.length);
    for (const prep of ['', 'ب', 'ل', 'ك', 'س']) {
      if (prep && !a.startsWith(prep)) continue;
      const b = a.slice(prep.length);
      const articles: Array<[boolean, string]> = [[false, b]];
      if (b.startsWith('ال') && b.length - 2 >= MIN_CORE) articles.push([true, b.slice(2)]);
      // ل + article: the article's alef is not written (للتحقيق).
      if (prep === 'ل' && b.startsWith('ل') && b.length - 1 >= MIN_CORE) articles.push([true, b.slice(1)]);
      for (const [article, c] of articles) {
        push({ core: c, conj, prep, article, suffix: '' });
        if (article) continue;
        for (const s of SUFFIXES) {
          if (!c.endsWith(s) || c.length - s.length < MIN_CORE) continue;
          // A final ة folds to ه: it is no pronoun (إقامة is not أقام + ه).
          if (taMarbuta && s === 'ه') continue;
          const base = c.slice(0, -s.length);
          push({ core: base, conj, prep, article, suffix: s });
          if (base.endsWith('ت')) push({ core: base.slice(0, -1) + 'ه', conj, prep, article, suffix: s });
          if (base.endsWith('و')) push({ core: base + 'ا', conj, prep, article, suffix: s });
        }
      }
    }
  }
  return out;
}
