/** Entities: what the resolve stage makes of mentions — one actor, place or person, whatever the spelling. */

import type { EntityType } from './mention.js';
import type { Span } from './span.js';

/** ORG subtypes of the analysis contract (DESIGN.md). */
export type ActorSubtype = 'armed_group' | 'state_security' | 'government' | 'political' | 'international' | 'media' | 'other';

/** The ORG subtypes, in contract order. */
export const ACTOR_SUBTYPES: readonly ActorSubtype[] = [
  'armed_group',
  'state_security',
  'government',
  'political',
  'international',
  'media',
  'other',
];

/** Where a place is, as GeoNames has it. */
export interface GeoPoint {
  lat: number;
  lon: number;
  /** GeoNames id; null for regions GeoNames does not list as one feature (the Sahel). */
  geonamesId: number | null;
  /** ISO 3166-1 alpha-2 code of the country it lies in. */
  countryCode: string | null;
  /** GeoNames feature class (`P` populated place, `A` country or region, `L` area, `T` landform). */
  featureClass: string;
  /** GeoNames feature code (`PPLC`, `PCLI`, `ADM1`, `RGN` …). */
  featureCode: string;
  /** How sure the geocoder is of this reading among the candidates, 0..1. */
  confidence: number;
}

/** How a span came to be part of an entity. */
export type EntityMentionSource =
  /** A mention of the recognize stage (`DocumentRecord.mentions[mention]`). */
  | 'recognizer'
  /** A knowledge-base alias found in the tokens where the recognizer had none (`سي آي إيه`). */
  | 'alias'
  /** A definite head noun naming an organization already named (`التنظيم`). */
  | 'back-reference'
  /** A branch phrase naming an organization through its parent (`فرع شمال إفريقيا من التنظيم`). */
  | 'branch';

/** One span of `TextLayer.text` that names the entity. */
export interface EntityMention extends Span {
  text: string;
  source: EntityMentionSource;
  /** Index in `DocumentRecord.mentions` for recognizer mentions, else -1. */
  mention: number;
}

/** A resolved entity of one document. */
export interface Entity {
  /** Document-local id: `e1`, `e2` … in order of first mention. */
  id: string;
  type: EntityType;
  /** ORG subtype, or `government` for a country acting; null for PER, LOC, MISC. */
  subtype: ActorSubtype | null;
  /** Canonical name: the knowledge base's Arabic name, else the longest surface form. */
  name: string;
  /** Other names: the surface forms in the document and the knowledge base's aliases. */
  aliases: string[];
  mentions: EntityMention[];
  /** Knowledge-base id (`aqim`, `gov:EG`, `geo:2217351`), or null for an entity found only in this text (NIL). */
  kbId: string | null;
  wikidata: string | null;
  geo: GeoPoint | null;
  /** ISO alpha-2 country the entity belongs to or lies in, when known. */
  country: string | null;
  /** Knowledge-base id of the parent organization (AQIM → `al-qaeda`). */
  parent: string | null;
  /** How sure the resolver is of `kbId` (or of NIL), 0..1. */
  confidence: number;
}
