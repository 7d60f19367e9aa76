/**
 * The labelled words that the spelling model (char-name-model.ts) learns from: the words of the
 * gazetteers, as part of a person's, a place's or an organization's name, and the frequent news
 * words that the entity profiles never saw tagged, as ordinary words.
 */

import { CHAR_NAME_CLASSES } from '../char-name-model.js';
import { GAZETTEER_KINDS, type GazetteerKind } from '../gazetteer.js';
import type { WordStats } from '../word-stats.js';
import { lines } from '../../util/lines.js';

/** Class of each gazetteer kind's words; kinds left out (`other`, `wiki-misc`) teach nothing. */
const KIND_CLASS: Partial<Record<GazetteerKind, (typeof CHAR_NAME_CLASSES)[number]>> = {
  country: 'place', 'place-major': 'place', 'place-minor': 'place', 'wiki-place': 'place',
  'first-name': 'person', 'last-name': 'person', person: 'person', 'wiki-person': 'person',
  organization: 'organization', 'wiki-organization': 'organization', club: 'organization',
};

/** Shortest word taken from a gazetteer entry (two-letter words are mostly particles); not tuned. */
const MIN_LETTERS = 3;

/**
 * Fewest news occurrences of an ordinary word: rarer words are too often names the profiles
 * missed. Not tuned. Without the profile test (below) the tagger scored 73.11 on ANERcorp-dev
 * against 74.30 with it, one seed (resources/ner/NOTES.md).
 */
const MIN_NEWS_COUNT = 20;

/**
 * Labelled words, as `[word, class index]`.
 *
 * 1. Each word of the gazetteer lines (`kindIndex\twords`, gazetteer.tsv) takes the class of
 *    the first entry it occurs in.
 * 2. Each news word seen at least `MIN_NEWS_COUNT` times, of Arabic letters only, in no entry
 *    and without an entity profile (`stats.profiles`) is an ordinary word.
 */
export function charNameExamples(gazetteerTsv: string, stats: WordStats): Array<[string, number]> {
  // 1. Names.
  const label = new Map<string, number>();
  for (const line of lines(gazetteerTsv)) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const cls = KIND_CLASS[GAZETTEER_KINDS[Number(line.slice(0, tab))]!];
    if (!cls) continue;
    const c = CHAR_NAME_CLASSES.indexOf(cls);
    for (const w of line.slice(tab + 1).split(' ')) if (w.length >= MIN_LETTERS && !label.has(w)) label.set(w, c);
  }
  const out: Array<[string, number]> = [...label];
  // 2. Ordinary words.
  for (const [w, n] of stats.counts) {
    if (n < MIN_NEWS_COUNT || label.has(w) || !/^[\u0621-\u064a]+$/.test(w) || stats.profiles?.get(w)) continue;
    out.push([w, 0]);
  }
  return out;
}
