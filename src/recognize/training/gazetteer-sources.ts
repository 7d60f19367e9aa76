/**
 * Reading gazetteer sources into a Gazetteer (used by scripts/build-gazetteers.ts): GeoNames
 * Arabic place names, ISO country names, Arabic first/last name lists, PETRARCH actor
 * dictionaries and the entity names of WikiFANE Gold. Pure functions over file contents.
 */

import { normalizeArabic } from '../../lang/ar/normalize.js';
import { ORG_HEADS } from '../../lang/ar/org-heads.js';
import { SPORTS_WORDS } from '../../lang/ar/sports-words.js';
import { STOP_WORDS } from '../../lang/ar/stop-words.js';
import { PERSON_TITLES } from '../../lang/ar/titles.js';
import { tokenize } from '../../text/tokenize.js';
import { chunksOf } from '../conlleval.js';
import { parseConll } from '../conll.js';
import { GAZETTEER_KINDS, entryWords, type Gazetteer } from '../gazetteer.js';
import { WIKIFANE_TYPES } from './corpora.js';

/** Population from which a GeoNames place counts as a major place. */
const MAJOR_POPULATION = 100_000;

/** The rows of a TSV file with a header line, as objects keyed by the header. */
function tsvRows(text: string): Array<Record<string, string>> {
  const lines = text.split(/\r?\n/).filter(Boolean);
  const header = lines[0]?.split('\t') ?? [];
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** GeoNames cities1000 derived file: `arabic_script_names` split on `|`; big or admin seats are major. */
export function addGeonamesCities(g: Gazetteer, text: string): void {
  for (const row of tsvRows(text)) {
    const pop = Number(row['population'] ?? 0);
    const code = row['feature_code'] ?? '';
    const major = pop >= MAJOR_POPULATION || code === 'PPLC' || code === 'PPLA';
    for (const name of (row['arabic_script_names'] ?? '').split('|')) {
      if (name.trim()) g.add(name, major ? 'place-major' : 'place-minor');
    }
  }
}

/** libgeonames Arabic names: countries and admin areas (no feature code or PCL*) are major. */
export function addLibGeonames(g: Gazetteer, text: string): void {
  for (const row of tsvRows(text)) {
    const code = row['feature_code'] ?? '';
    const name = row['arabic'] ?? '';
    if (!name.trim()) continue;
    g.add(name, code === '' || code.startsWith('PCL') || code === 'PPLC' || code === 'PPLA' ? 'place-major' : 'place-minor');
  }
}

/** Country names (all variants) from `i18n-iso-countries`' `getNames('ar', {select: 'all'})`. */
export function addCountries(g: Gazetteer, names: Record<string, string | string[]>): void {
  for (const v of Object.values(names)) for (const name of Array.isArray(v) ? v : [v]) g.add(name, 'country');
}

/** A list of names, one a line. */
export function addNameList(g: Gazetteer, text: string, kind: 'first-name' | 'last-name'): void {
  for (const line of text.split(/\r?\n/)) if (line.trim()) g.add(line.trim(), kind);
}

const HEADS = new Set(ORG_HEADS.map((w) => normalizeArabic(w)));
const TITLES = new Set(PERSON_TITLES.map((w) => normalizeArabic(w).replace(/^ال/, '')));

/**
 * PETRARCH actor dictionary: entries are `word_word_` (lemmatized, clitic-split) followed by
 * codes, some on indented lines with date ranges (roles of a person). An entry opening with an
 * organization head noun is an organization; a dated entry of two to four words that opens with
 * no title is a person; a single word coded with a bare country code is a place unless it looks
 * like a nationality adjective; the rest is `other`.
 */
export function addPetrarchActors(g: Gazetteer, text: string): void {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || /^\s/.test(line) || line.startsWith('#')) continue;
    const m = /^([^\s[]+)\s*(\[[^\]]*\])?/.exec(line);
    if (!m) continue;
    const words = m[1]!.split('_').filter(Boolean).map((w) => normalizeArabic(w.replace(/\u0670/g, 'ا')));
    if (words.length === 0 || words.some((w) => /[^\u0621-\u064a]/.test(w))) continue;
    const dated = /^\s+\[/.test(lines[i + 1] ?? '');
    const code = m[2] ?? '';
    const head = words[0]!.replace(/^ال/, '');
    let kind: 'organization' | 'person' | 'place-minor' | 'other' = 'other';
    if (HEADS.has(words[0]!) || HEADS.has(head)) kind = 'organization';
    else if (dated && words.length >= 2 && words.length <= 4 && !TITLES.has(head)) kind = 'person';
    else if (words.length === 1 && /^\[[A-Z]{3}\]$/.test(code) && !/(ي|يه|يون|يين)$/.test(words[0]!)) kind = 'place-minor';
    else if (words.length === 1 && words[0]!.length < 4) continue;
    g.add(words.join(' '), kind);
  }
}

const WIKI_KIND = { PER: 'wiki-person', ORG: 'wiki-organization', LOC: 'wiki-place', MISC: 'wiki-misc' } as const;

/**
 * Entity names of WikiFANE Gold by coarse type (the text is clitic-split: a leading و ب ل ك ف
 * token inside a name is dropped, and names are kept only when at least two letters long).
 */
export function addWikifaneNames(g: Gazetteer, text: string): void {
  for (const s of parseConll(text).sentences) {
    const tags = s.lastColumn.map((t) => {
      const m = /^([BI])-(.+)$/.exec(t);
      const type = m ? WIKIFANE_TYPES[m[2]!] : undefined;
      return m && type && type !== 'O' ? `${m[1]}-${type}` : 'O';
    });
    for (const c of chunksOf(tags)) {
      const words = s.tokens.slice(c.start, c.end);
      while (words.length > 0 && /^[وبلكف]$/.test(words[0]!)) words.shift();
      const name = words.join(' ');
      if (name.replace(/\s/g, '').length < 2) continue;
      g.add(name, WIKI_KIND[c.type as keyof typeof WIKI_KIND]);
    }
  }
}

/** Words before a club's name in WikiFANE, dropped from the entry (`نادي ميلان` → `ميلان`). */
const CLUB_WORDS = new Set(['نادي', 'فريق', 'ل', 'و', 'ب']);

/**
 * Sports clubs named in WikiFANE Gold (fine type `Sports`), without a leading نادي/فريق.
 * National teams (`منتخب البرازيل`, or a name that opens with a country: `ليبيا الأولمبي`) are
 * left out: ANERcorp tags a country's team as the country, a place. `g` must hold the countries already.
 */
export function addWikifaneClubs(g: Gazetteer, text: string): void {
  const country = 1 << GAZETTEER_KINDS.indexOf('country');
  for (const s of parseConll(text).sentences) {
    const tags = s.lastColumn.map((t) => (/^[BI]-Sports$/.test(t) ? t.replace('Sports', 'ORG') : 'O'));
    for (const c of chunksOf(tags)) {
      const words = s.tokens.slice(c.start, c.end);
      if (words.some((w) => normalizeArabic(w).includes('منتخب'))) continue;
      while (words.length > 0 && CLUB_WORDS.has(normalizeArabic(words[0]!))) words.shift();
      const norm = entryWords(words.join(' '));
      if (norm.join('').length < 3 || g.kindsOf(norm.slice(0, 1)) & country) continue;
      g.addWords(norm, 'club');
    }
  }
}

/** Club nouns in news text, with a conjunction or preposition or none (`لنادي`, `وفريق`). */
const CLUB_NOUN = /^[وفبل]?(?:نادي|فريق)$/;
/** Nouns of a club's people (`لاعبي الهلال`, `مدرب بورتو`): the second evidence of a club. */
const CLUB_PEOPLE = /^[وفبل]?(?:لاعب|لاعبو|لاعبي|مدرب|جماهير|مهاجم|مدافع|حارس)$/;
/** A word after a club noun at least this often, and in at least this share of its uses, names a club… */
const MIN_AFTER_CLUB = 5;
const MIN_CLUB_SHARE = 0.05;
/** …when it also follows a club's people, or is rare and mostly seen after a club noun. */
const RARE = 100;
const MIN_RARE_CLUB_SHARE = 0.15;
const NOT_CLUB_NAMES = new Set([...SPORTS_WORDS, ...STOP_WORDS].map((w) => normalizeArabic(w)));

/**
 * Sports clubs from news text: words that follow `نادي` or `فريق` (`نادي الهلال`, `فريق بورتو`)
 * in at least 5 % of their uses and at least 5 times, and that either follow a noun of a club's
 * people (لاعب، مدرب، جماهير …) at least once or are rare words seen after a club noun in at
 * least 15 % of their uses. Common words that a team can be named for (`فريق عمل`, `فريق
 * الإحصاء`) fail the second test. Left out too: sports and stop words, indefinite adjectives
 * (`فريق طبي`, `فريق فني`) and countries (`فريق الأرجنتين` is its national team), which `known`
 * names.
 */
export function addNewsClubs(g: Gazetteer, articles: Iterable<string>, known: Gazetteer): void {
  const total = new Map<string, number>();
  const after = new Map<string, number>();
  const people = new Map<string, number>();
  for (const text of articles) {
    let club = false;
    let person = false;
    for (const t of tokenize(text)) {
      const w = normalizeArabic(text.slice(t.start, t.end));
      total.set(w, (total.get(w) ?? 0) + 1);
      if (club && t.kind === 'arabic') after.set(w, (after.get(w) ?? 0) + 1);
      if (person && t.kind === 'arabic') people.set(w, (people.get(w) ?? 0) + 1);
      club = CLUB_NOUN.test(w);
      person = CLUB_PEOPLE.test(w);
    }
  }
  const country = 1 << GAZETTEER_KINDS.indexOf('country');
  for (const [w, n] of after) {
    const all = total.get(w)!;
    if (n < MIN_AFTER_CLUB || n < MIN_CLUB_SHARE * all || NOT_CLUB_NAMES.has(w) || w.length < 3) continue;
    if (!people.has(w) && (all > RARE || n < MIN_RARE_CLUB_SHARE * all)) continue;
    if (!w.startsWith('ال') && w.endsWith('ي')) continue;
    if (known.kindsOf(entryWords(w)) & country) continue;
    g.add(w, 'club');
  }
}
