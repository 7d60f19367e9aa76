/** Country and precision of a geocoded place, looked up by GeoNames id in the gazetteer resources. */

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const GEO_DIR = new URL('../../resources/geo/', import.meta.url);

/** How precise a place is, from its GeoNames feature code (ACLED geo_precision 1, 2, 3 in README.md). */
export type GeoPrecision = 'point' | 'district' | 'region' | 'country';

/** What the gazetteer knows of a place. */
export interface PlaceDetails {
  /** ISO 3166 alpha-2. */
  country: string;
  /** GeoNames feature code (`PPLA`, `ADM1`, `PCLI`). */
  featureCode: string;
  precision: GeoPrecision;
}

/**
 * The precision of a GeoNames feature code: populated places are points (a town or a village),
 * second- to fifth-order divisions are districts, first-order divisions and areas are regions,
 * political entities are countries.
 */
export function geoPrecision(featureCode: string): GeoPrecision {
  if (featureCode.startsWith('PCL')) return 'country';
  if (featureCode.startsWith('PPL')) return 'point';
  if (/^ADM[2-5]/.test(featureCode)) return 'district';
  return 'region';
}

let cache: Map<number, PlaceDetails> | undefined;

/** GeoNames id → details, from countries.tsv and places.tsv.gz (read once, about 20 ms). */
function table(): Map<number, PlaceDetails> {
  if (cache) return cache;
  const map = new Map<number, PlaceDetails>();
  const add = (id: string | undefined, country: string | undefined, featureCode: string): void => {
    if (!id || !country || !/^\d+$/.test(id)) return;
    map.set(Number(id), { country, featureCode, precision: geoPrecision(featureCode) });
  };
  // countries.tsv: country, geonameid, name, lat, lon, wikidata
  for (const line of readFileSync(new URL('countries.tsv', GEO_DIR), 'utf8').split('\n').slice(1)) {
    const [country, id] = line.split('\t');
    add(id, country, 'PCLI');
  }
  // regions.tsv: id, name, country, feature_code, lat, lon, arabic (comment lines start with #)
  for (const line of readFileSync(new URL('regions.tsv', GEO_DIR), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.startsWith('id\t')) continue;
    const [id, , country, code] = line.split('\t');
    add(id, country, code ?? 'L');
  }
  // places.tsv.gz: geonameid, name, country, feature_code, population, lat, lon, arabic
  const places = gunzipSync(readFileSync(new URL('places.tsv.gz', GEO_DIR))).toString('utf8');
  for (const line of places.split('\n').slice(1)) {
    const [id, , country, code] = line.split('\t');
    if (!map.has(Number(id))) add(id, country, code ?? 'PPL');
  }
  cache = map;
  return map;
}

/** The details of the place with this GeoNames id, or null when the gazetteer does not hold it. */
export function placeDetails(geonamesId: number | null): PlaceDetails | null {
  if (geonamesId === null) return null;
  return table().get(geonamesId) ?? null;
}
