/** The geocoder's gazetteer: GeoNames places, countries and regions indexed by Arabic name keys. */

import { COUNTRY_NAMES } from '../lang/ar/country-demonyms.js';
import { nameKey, skeletonKey } from './name-key.js';

/** One place of the gazetteer. */
export interface Place {
  /** GeoNames id; null for a hand-entered region whose id we could not check. */
  geonamesId: number | null;
  /** English (GeoNames) name. */
  name: string;
  /** Arabic names, the usual one first. */
  arabic: string[];
  /** ISO alpha-2 country code; '' for a region spanning countries. */
  country: string;
  featureClass: string;
  featureCode: string;
  population: number;
  lat: number;
  lon: number;
  /** Wikidata id where known (countries). */
  wikidata: string | null;
}

/** Feature codes of countries and of GeoNames capitals. */
export const COUNTRY_CODES = new Set(['PCLI', 'PCLD', 'PCLS', 'PCLF', 'TERR']);

/** The class of a feature code (`PPLC` → `P`, `PCLI` → `A`). */
export function featureClassOf(code: string): string {
  if (code.startsWith('PPL')) return 'P';
  if (code.startsWith('PCL') || code.startsWith('ADM') || code === 'TERR') return 'A';
  if (code === 'RGN' || code === 'CONT' || code === 'AREA') return 'L';
  if (code === 'SEA' || code === 'STRT' || code === 'GULF') return 'H';
  return 'T';
}

/** Places indexed by normalized key and by skeleton key. */
export class Gazetteer {
  readonly places: Place[] = [];
  private readonly byKey = new Map<string, Place[]>();
  private readonly bySkeleton = new Map<string, Place[]>();
  private readonly countries = new Map<string, Place>();

  /** Adds a place under each of its Arabic names. */
  add(place: Place): void {
    this.places.push(place);
    if (COUNTRY_CODES.has(place.featureCode)) this.countries.set(place.country, place);
    for (const name of place.arabic) {
      push(this.byKey, nameKey(name), place);
      push(this.bySkeleton, skeletonKey(name), place);
    }
  }

  /** Places whose name has this normalized key. */
  exact(key: string): readonly Place[] {
    return this.byKey.get(key) ?? [];
  }

  /** Places whose name has this skeleton key. */
  skeleton(key: string): readonly Place[] {
    return this.bySkeleton.get(key) ?? [];
  }

  /** The country place of an ISO code. */
  country(code: string): Place | undefined {
    return this.countries.get(code);
  }

  get size(): number {
    return this.places.length;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Parses places.tsv (see scripts/build-geo.ts) into places. */
export function parsePlaces(tsv: string): Place[] {
  const out: Place[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const f = line.split('\t');
    if (f.length < 8) continue;
    const code = f[3]!;
    out.push({
      geonamesId: Number(f[0]), name: f[1]!, country: f[2]!, featureCode: code, featureClass: featureClassOf(code),
      population: Number(f[4]) || 0, lat: Number(f[5]), lon: Number(f[6]), arabic: f[7]!.split('|'), wikidata: null,
    });
  }
  return out;
}

/** Parses countries.tsv, taking the Arabic names from `COUNTRY_NAMES`. */
export function parseCountries(tsv: string): Place[] {
  const out: Place[] = [];
  for (const line of tsv.split('\n').slice(1)) {
    const f = line.split('\t');
    if (f.length < 5 || !f[0]) continue;
    const names = COUNTRY_NAMES[f[0]]?.names ?? [];
    out.push({
      geonamesId: Number(f[1]), name: f[2]!, country: f[0], featureCode: 'PCLI', featureClass: 'A', population: 0,
      lat: Number(f[3]), lon: Number(f[4]), arabic: [...names], wikidata: f[5]?.trim() || null,
    });
  }
  return out;
}

/** Parses regions.tsv (comment lines start with `#`). */
export function parseRegions(tsv: string): Place[] {
  const out: Place[] = [];
  const lines = tsv.split('\n').filter((l) => l && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const f = line.split('\t');
    if (f.length < 7) continue;
    const code = f[3]!;
    out.push({
      geonamesId: f[0] ? Number(f[0]) : null, name: f[1]!, country: f[2]!, featureCode: code, featureClass: featureClassOf(code),
      population: 0, lat: Number(f[4]), lon: Number(f[5]), arabic: f[6]!.split('|'), wikidata: null,
    });
  }
  return out;
}
