/**
 * Builds resources/words/ from the AyaSpell Arabic dictionary (npm `@cspell/dict-ar`) and the
 * shared name lists: the word list the run-together repair looks words up in.
 *
 * AyaSpell's trie holds tens of millions of inflected forms (every clitic and suffix combination),
 * far too many to ship. So the forms are chosen by use: every Arabic word of the SaudiNewsNet
 * sample that occurs at least MIN_COUNT times is kept when AyaSpell accepts it. The file stores
 * the forms only (as written, without diacritics, sorted, one a line), no counts and no text of
 * the sample. Names (first and last names, GeoNames places) go to a second file: they protect a
 * whole word from being split but are never used as a part of a split.
 *
 * Reads /work/shared (or MARSAD_SHARED); prints a message and exits 0 when it is absent.
 * Run: npx tsx scripts/build-word-list.ts
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gunzipSync } from 'node:zlib';
import { decodeTrie } from 'cspell-trie-lib';
import { sharedDataMissing } from './shared-data.js';

/**
 * A form must occur this often in the news sample to be kept. 2 keeps 138k AyaSpell forms that
 * cover 95.7% of the sample's Arabic tokens (about 1.9 MB); 1 doubles the size for 1% more.
 * Rerun scripts/check-run-together.ts after changing it.
 */
const MIN_COUNT = 2;

const SHARED = process.env.MARSAD_SHARED ?? '/work/shared';
const NEWS = `${SHARED}/data/news/saudinewsnet.jsonl.gz`;
const NAMES_DIR = `${SHARED}/data/names`;
const GEONAMES = `${SHARED}/data/gazetteers/geonames-cities1000-ar.tsv`;
const OUT = new URL('../resources/words/', import.meta.url);

const WORD = /[\u0621-\u064A\u0671-\u06D3]+/g;
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Steps: 1. count word forms in the news sample; 2. keep those AyaSpell accepts; 3. names; 4. write. */
function main(): void {
  if (sharedDataMissing('build-word-list', [NEWS], 'nothing built; set MARSAD_SHARED to the shared folder')) process.exit(0);
  // 1. Count forms (diacritics and tatweel dropped, spelling kept: AyaSpell checks hamza).
  const counts = new Map<string, number>();
  const lines = gunzipSync(readFileSync(NEWS)).toString('utf8').split('\n');
  for (const line of lines) {
    if (!line) continue;
    const doc = JSON.parse(line) as { title?: string; content?: string };
    const text = `${doc.title ?? ''} ${doc.content ?? ''}`.replace(MARKS, '');
    for (const m of text.matchAll(WORD)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  }
  // 2. Keep the forms AyaSpell accepts.
  const require = createRequire(import.meta.url);
  const triePath = new URL('ar.trie.gz', `file://${require.resolve('@cspell/dict-ar/cspell-ext.json')}`);
  const trie = decodeTrie(gunzipSync(readFileSync(triePath)));
  const words = new Set<string>();
  let total = 0;
  let covered = 0;
  for (const [form, count] of counts) {
    total += count;
    if (count < MIN_COUNT || !trie.has(form)) continue;
    words.add(form);
    covered += count;
  }
  // 3. Names: one-word first and last names and GeoNames place names.
  const names = new Set<string>();
  const addName = (name: string): void => {
    const n = name.trim().replace(MARKS, '');
    if (/^[\u0621-\u064A]{3,}$/.test(n)) names.add(n);
  };
  for (const file of ['male-first--names-in-arabic.txt', 'female-first-names-in-arabic.txt', 'last-names-in-arabic.txt']) {
    const path = `${NAMES_DIR}/${file}`;
    if (existsSync(path)) readFileSync(path, 'utf8').split('\n').forEach(addName);
  }
  if (existsSync(GEONAMES)) {
    for (const row of readFileSync(GEONAMES, 'utf8').split('\n').slice(1)) {
      const field = row.split('\t')[8];
      for (const name of field ? field.split(/[,|;]/) : []) if (!/\s/.test(name.trim())) addName(name);
    }
  }
  // 4. Write sorted lists.
  const sorted = (s: Set<string>): string => [...s].sort().join('\n') + '\n';
  writeFileSync(new URL('ar-words.txt', OUT), sorted(words));
  writeFileSync(new URL('ar-names.txt', OUT), sorted(names));
  console.log(
    `build-word-list: ${counts.size} forms in the sample; kept ${words.size} words ` +
      `(${((100 * covered) / total).toFixed(1)}% of tokens) and ${names.size} names`,
  );
}

main();
