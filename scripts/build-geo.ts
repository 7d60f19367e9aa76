/**
 * Builds resources/geo/places.tsv.gz, the compact GeoNames gazetteer of the geocoder, from the
 * shared GeoNames extracts (cities1000 with Arabic-script names, and Debian's libgeonames Arabic
 * names). Reads ../shared only here; the product reads the committed result.
 *
 * Run: npm run build:geo   (exits 0 with a message when ../shared is absent)
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import countries from 'i18n-iso-countries';
import { sharedData, sharedDataMissing } from './shared-data.js';

const CITIES = sharedData('gazetteers/geonames-cities1000-ar.tsv');
const LIBGEO = sharedData('gazetteers/libgeonames-ar.tsv');
const OUT = new URL('../resources/geo/places.tsv.gz', import.meta.url);
const COUNTRIES = new URL('../resources/geo/countries.tsv', import.meta.url);
const MORE_COUNTRIES = new URL('../resources/geo/countries-more.tsv', import.meta.url);

interface Row {
  id: number;
  en: string;
  cc: string;
  code: string;
  pop: number;
  lat: number;
  lon: number;
  ar: Set<string>;
}

/** Keeps names in Arabic letters only (drops Persian/Urdu-only spellings with letters Arabic news never uses). */
function arabicName(s: string): string | null {
  const t = s.replace(/[\u200E\u200F\u202A-\u202E]/g, '').replace(/,$/, '').trim();
  if (!t || !/[\u0621-\u064A]/.test(t)) return null;
  if (/[\u0679-\u06D3\u06D5-\u06FF]/.test(t.replace(/[\u06CC\u06A9]/g, ''))) return null;
  return t;
}

function main(): void {
  if (sharedDataMissing('build-geo', [CITIES, LIBGEO], 'nothing to build; the committed gazetteer stays')) process.exit(0);
  // 1. cities1000 rows with their Arabic names.
  const rows = new Map<number, Row>();
  const lines = readFileSync(CITIES, 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const f = line.split('\t');
    if (f.length < 9) continue;
    const ar = new Set((f[8] ?? '').split('|').map(arabicName).filter((x): x is string => x !== null));
    if (ar.size === 0) continue;
    rows.set(Number(f[0]), {
      id: Number(f[0]), en: f[1]!, cc: f[2]!, code: f[3]!, pop: Number(f[5]) || 0, lat: Number(f[6]), lon: Number(f[7]), ar,
    });
  }
  // 2. libgeonames names keyed by GeoNames id: add to a known row, or add the place when it has coordinates.
  for (const line of readFileSync(LIBGEO, 'utf8').split('\n').slice(1)) {
    const f = line.split('\t');
    const id = Number(f[0]);
    const name = arabicName(f[1] ?? '');
    if (!Number.isInteger(id) || !name) continue;
    const known = rows.get(id);
    if (known) known.ar.add(name);
    else if (f[3] && f[4] && f[2]) {
      rows.set(id, { id, en: f[6] ?? '', cc: f[2], code: f[5] || 'PPL', pop: 0, lat: Number(f[3]), lon: Number(f[4]), ar: new Set([name]) });
    }
  }
  // 3. Write: id, English name, country, feature code, population, lat, lon, Arabic names.
  const out = ['geonameid\tname\tcountry\tfeature_code\tpopulation\tlat\tlon\tarabic'];
  for (const r of [...rows.values()].sort((a, b) => a.id - b.id)) {
    out.push([r.id, r.en, r.cc, r.code, r.pop, r.lat, r.lon, [...r.ar].join('|')].join('\t'));
  }
  writeFileSync(OUT, gzipSync(out.join('\n') + '\n', { level: 9 }));
  console.log(`build-geo: ${rows.size} places → ${OUT.pathname}`);
  writeMoreCountries(rows);
}

/**
 * 4. The countries that countries.tsv (GeoNames countryInfo, with centroids and ids) does not
 * hold, so that `النمسا` or `الأرجنتين` still gets a point: the Arabic name from libgeonames, the
 * point of the capital (PPLC) in cities1000, no GeoNames id. Written in the layout of regions.tsv;
 * Arabic names from libgeonames and i18n-iso-countries, the English name from i18n-iso-countries.
 */
function writeMoreCountries(rows: Map<number, Row>): void {
  const known = new Set(readFileSync(COUNTRIES, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]).filter(Boolean));
  const capitals = new Map<string, Row>();
  for (const r of rows.values()) if (r.code === 'PPLC' && !capitals.has(r.cc)) capitals.set(r.cc, r);
  const out = [
    '# Countries that countries.tsv does not hold: Arabic names from Debian libgeonames and npm i18n-iso-countries, the point of the capital',
    '# (PPLC) in GeoNames cities1000, not a centroid; no GeoNames id. Built by npm run build:geo.',
    'id\tname\tcountry\tfeature_code\tlat\tlon\tarabic',
  ];
  for (const line of readFileSync(LIBGEO, 'utf8').split('\n').slice(1)) {
    const f = line.split('\t');
    const code = f[0] ?? '';
    const name = arabicName(f[1] ?? '');
    const capital = capitals.get(code);
    if (!/^[A-Z]{2}$/.test(code) || !name || known.has(code) || !capital) continue;
    // A territory that is its own town (جبل طارق, ماكاو) is already a place with its GeoNames id.
    if ([...rows.values()].some((r) => r.cc === code && r.ar.has(name))) continue;
    const arabic = new Set([name, ...[countries.getName(code, 'ar', { select: 'all' }) ?? []].flat().map((n) => arabicName(n)).filter((n): n is string => n !== null)]);
    out.push(['', countries.getName(code, 'en') ?? code, code, 'PCLI', capital.lat, capital.lon, [...arabic].join('|')].join('\t'));
    known.add(code);
  }
  writeFileSync(MORE_COUNTRIES, out.join('\n') + '\n');
  console.log(`build-geo: ${out.length - 3} more countries → ${MORE_COUNTRIES.pathname}`);
}

main();
