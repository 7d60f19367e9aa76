/**
 * Geocoding with GeoNames: the candidate places of a name (exact key, then skeleton key so
 * `غت` finds Ghat), ranked by kind and size, then by context — other places of the article,
 * the countries of the actors named, the outlet's country — with a confidence for what remains
 * ambiguous. Fixtures: the seed (غت, درنة, بنغازي) and src/resolve/geocoder.test.ts.
 */

import { PLACE_NOUNS } from '../lang/ar/place-nouns.js';
import { COUNTRY_CODES, type Gazetteer, type Place } from './gazetteer.js';
import { nameKey, skeletonKey } from './name-key.js';

/**
 * Weight of a candidate whose country is the one the article points at most. Set by hand on
 * the seed (غت → Ghat needs it) and checked with `npm run eval:resolve`: places score 99.5%
 * (214/215) with it; rerun the evaluation after changing it.
 */
export const CONTEXT_BONUS = 0.6;

/** Weight lost by a candidate found through its skeleton key only. */
export const SKELETON_PENALTY = 0.3;

/**
 * Best candidates below this score are not taken (the mention stays a place without
 * coordinates). Set by hand; on the evaluation set no gold place falls below it. Candidates found
 * only through their skeleton must also lie in a country the article points at.
 */
export const MIN_PLACE_SCORE = 0.35;

/** What the geocoder knows of the article around a mention. */
export interface GeoContext {
  /** Country codes with how strongly the article points at each (places named, actors, demonyms). */
  countries: ReadonlyMap<string, number>;
  /** The outlet's country, when known. */
  outletCountry?: string | null;
  /** True when a word before the name says it is a town (`مدينة`, `بلدة`, `العاصمة`). */
  townCue?: boolean;
}

/** A ranked candidate. */
export interface PlaceCandidate {
  place: Place;
  score: number;
  /** Share of this candidate in the candidates' total score, 0..1. */
  confidence: number;
  via: 'exact' | 'skeleton';
}

const PLACE_NOUN_KEYS = new Set(PLACE_NOUNS.map(nameKey));

/** Prior of a place before context: countries and capitals first, then by population. */
export function placePrior(p: Place): number {
  if (COUNTRY_CODES.has(p.featureCode)) return 1;
  if (p.featureCode === 'PPLC') return 0.85;
  if (p.featureClass === 'L' || p.featureClass === 'H' || p.featureCode === 'PEN' || p.featureCode.startsWith('ADM')) return 0.75;
  const size = p.population > 0 ? Math.min(1, Math.log10(p.population) / 7) : 0.3;
  return (p.featureCode === 'PPLA' ? 0.45 : 0.3) + 0.35 * size;
}

/** Candidates for a name, without context: exact key, else the key without a place noun, else skeleton. */
export function placeCandidates(name: string, gaz: Gazetteer): { places: readonly Place[]; via: 'exact' | 'skeleton' } {
  const key = nameKey(name);
  let places = gaz.exact(key);
  if (places.length) return { places, via: 'exact' };
  const words = key.split(' ');
  if (words.length > 1 && PLACE_NOUN_KEYS.has(words[0]!)) {
    places = gaz.exact(words.slice(1).join(' '));
    if (places.length) return { places, via: 'exact' };
  }
  return { places: gaz.skeleton(skeletonKey(name)), via: 'skeleton' };
}

/**
 * Ranks the places a name may be. Numbered steps:
 * 1. candidates by key; 2. prior by kind and size; 3. context bonus for the countries the article
 * points at and the outlet's country; 4. a town cue prefers populated places over countries;
 * 5. confidence = share of the best score.
 */
export function geocode(name: string, gaz: Gazetteer, ctx: GeoContext): PlaceCandidate[] {
  // 1.
  const { places, via } = placeCandidates(name, gaz);
  if (!places.length) return [];
  const maxCountry = Math.max(1, ...ctx.countries.values());
  const scored = places.map((place) => {
    // 2.
    let score = placePrior(place) - (via === 'skeleton' ? SKELETON_PENALTY : 0);
    // 3.
    const weight = ctx.countries.get(place.country) ?? 0;
    score += CONTEXT_BONUS * (weight / maxCountry);
    if (ctx.outletCountry && place.country === ctx.outletCountry) score += CONTEXT_BONUS / 4;
    // 4.
    if (ctx.townCue) score += place.featureClass === 'P' ? 0.5 : -0.5;
    return { place, score, confidence: 0, via };
  });
  // 5.
  scored.sort((a, b) => b.score - a.score || b.place.population - a.place.population);
  const total = scored.reduce((s, c) => s + Math.max(0, c.score), 0) || 1;
  for (const c of scored) c.confidence = Math.max(0, c.score) / total;
  return scored;
}
