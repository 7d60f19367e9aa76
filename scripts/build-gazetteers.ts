/**
 * Builds resources/gazetteers/gazetteer.tsv.gz from ../shared/data (GeoNames Arabic names,
 * Arabic name lists, PETRARCH actors, WikiFANE entity names and sports clubs), the npm package
 * i18n-iso-countries (country names) and the data modules of src/lang/ar (aliases, regions);
 * and resources/gazetteers/news-clubs.txt, the sports clubs of the news corpus.
 *
 *   npx tsx scripts/build-gazetteers.ts
 */

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import { COUNTRY_ALIASES, REGIONS } from '../src/lang/ar/place-aliases.js';
import { GAZETTEER_KINDS, Gazetteer } from '../src/recognize/gazetteer.js';
import { GAZETTEER_PATH, NEWS_CLUBS_PATH } from '../src/recognize/resources.js';
import {
  addCountries, addGeonamesCities, addLibGeonames, addNameList, addNewsClubs, addPetrarchActors, addWikifaneClubs,
  addWikifaneNames,
} from '../src/recognize/training/gazetteer-sources.js';
import { newsArticles } from '../src/recognize/training/news-corpus.js';
import { sharedData, sharedDataMissing } from './shared-data.js';

/**
 * 1. Check the sources and log their hashes.
 * 2. Add every source to one gazetteer.
 * 3. Write it, sorted so that a rebuild gives the same bytes.
 */
function main(): void {
  // 1. Sources.
  const files = {
    cities: 'gazetteers/geonames-cities1000-ar.tsv',
    libgeonames: 'gazetteers/libgeonames-ar.tsv',
    male: 'names/male-first--names-in-arabic.txt',
    female: 'names/female-first-names-in-arabic.txt',
    last: 'names/last-names-in-arabic.txt',
    petrarch: 'actors/petrarch-ar/actor_dict_ar_v4.txt',
    wikifane: 'ner/wikifane-gold-500k.tsv',
    news: 'news/saudinewsnet.jsonl.gz',
  };
  if (sharedDataMissing('build-gazetteers', [sharedData(files.cities)], 'skipped; keeping the committed gazetteer')) return;
  const read = (rel: string): string => {
    const raw = readFileSync(sharedData(rel));
    const buf = rel.endsWith('.gz') ? gunzipSync(raw) : raw;
    process.stdout.write(`source ${rel} sha256=${createHash('sha256').update(raw).digest('hex')}\n`);
    return buf.toString('utf8');
  };
  // 2. Sources into the gazetteer.
  const g = new Gazetteer();
  addGeonamesCities(g, read(files.cities));
  addLibGeonames(g, read(files.libgeonames));
  addCountries(g, countries.getNames('ar', { select: 'all' }));
  for (const name of COUNTRY_ALIASES) g.add(name, 'country');
  for (const name of REGIONS) g.add(name, 'place-major');
  addNameList(g, read(files.male), 'first-name');
  addNameList(g, read(files.female), 'first-name');
  addNameList(g, read(files.last), 'last-name');
  addPetrarchActors(g, read(files.petrarch));
  const wikifane = read(files.wikifane);
  addWikifaneNames(g, wikifane);
  addWikifaneClubs(g, wikifane);
  const newsClubs = new Gazetteer();
  addNewsClubs(newsClubs, newsArticles(read(files.news)), g);
  // 3. Write.
  const lines = g.toLines().sort();
  const perKind = GAZETTEER_KINDS.map((k, i) => `${k} ${lines.filter((l) => l.startsWith(`${i}\t`)).length}`);
  mkdirSync(new URL('.', GAZETTEER_PATH), { recursive: true });
  const bytes = gzipSync(lines.join('\n') + '\n', { level: 9 });
  writeFileSync(GAZETTEER_PATH, bytes);
  process.stdout.write(`wrote ${GAZETTEER_PATH.pathname}: ${lines.length} entries (${perKind.join(', ')}), ${(bytes.length / 1e6).toFixed(2)} MB\n`);
  const clubs = newsClubs.toLines().map((l) => l.slice(l.indexOf('\t') + 1)).sort();
  writeFileSync(NEWS_CLUBS_PATH, clubs.join('\n') + '\n');
  process.stdout.write(`wrote ${NEWS_CLUBS_PATH.pathname}: ${clubs.length} clubs from the news corpus\n`);
}

main();
