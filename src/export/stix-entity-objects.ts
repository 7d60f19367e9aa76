/** Entities and outlets as STIX 2.1 domain objects: intrusion sets, identities and locations. */

import type { ExportEntity, ExportOutlet } from '../store/knowledge-store.js';
import { stixTimestamp, stixEndTimestamp } from './export-time.js';
import { placeDetails } from './place-details.js';
import { compact, MARSAD_EXTENSIONS, MARSAD_IDENTITY_ID, STIX_EPOCH, type StixObject } from './stix-common.js';
import { entityKey, outletStableKey, stixId } from './stix-ids.js';

/** Industry sectors (STIX industry-sector-ov) of organization subtypes. */
const SECTORS: Readonly<Record<string, readonly string[]>> = {
  government: ['government-national'],
  state_security: ['government-national', 'defense'],
  international: ['non-profit'],
  media: ['communications'],
};

/** Why an entity has no STIX object. */
export type EntitySkipReason = 'place-without-coordinates' | 'misc-entity';

/** The STIX object of an entity, or the reason it has none. */
export type EntityObjectResult = { object: StixObject } | { skipped: EntitySkipReason };

/** The STIX type an entity becomes: armed groups (named, not described) are intrusion sets. */
function stixType(e: ExportEntity): 'intrusion-set' | 'identity' | 'location' | null {
  if (e.type === 'LOC') return 'location';
  if (e.type === 'ORG' && e.subtype === 'armed_group' && !e.described) return 'intrusion-set';
  if (e.type === 'ORG' || e.type === 'PER') return 'identity';
  return null;
}

/** The STIX id an entity gets, or null when it has no object (`toStixEntity` says why). */
export function entityStixId(e: ExportEntity): string | null {
  const type = stixType(e);
  if (type === null || (type === 'location' && !e.geo)) return null;
  return stixId(type, entityKey(e));
}

function externalReferences(e: ExportEntity): unknown[] {
  const refs: unknown[] = [];
  if (e.wikidata) refs.push({ source_name: 'wikidata', external_id: e.wikidata, url: `https://www.wikidata.org/wiki/${e.wikidata}` });
  if (e.geonamesId) refs.push({ source_name: 'geonames', external_id: String(e.geonamesId), url: `https://www.geonames.org/${e.geonamesId}` });
  return refs;
}

/**
 * The STIX object of an entity.
 *
 * 1. Named armed groups: `intrusion-set` with aliases and first and last seen.
 * 2. Persons: `identity` (individual); organizations: `identity` (organization) with sectors;
 *    described actors (مسلحون مجهولون، 100 جزائري): `identity` (class).
 * 3. Places with coordinates: `location` with latitude, longitude and country; places without
 *    coordinates cannot be a valid STIX location (it needs a region, a country or coordinates)
 *    and are skipped, as are MISC entities (weapons, currencies).
 * Every object carries `x_marsad_entity`.
 */
export function toStixEntity(e: ExportEntity): EntityObjectResult {
  const type = stixType(e);
  if (type === null) return { skipped: 'misc-entity' };
  if (type === 'location' && !e.geo) return { skipped: 'place-without-coordinates' };
  const details = type === 'location' ? placeDetails(e.geonamesId) : null;
  const common = {
    type,
    spec_version: '2.1',
    id: stixId(type, entityKey(e)),
    created_by_ref: MARSAD_IDENTITY_ID,
    created: stixTimestamp(e.firstIngested) ?? STIX_EPOCH,
    modified: stixTimestamp(e.lastIngested) ?? STIX_EPOCH,
    name: e.name,
    external_references: externalReferences(e),
    extensions: MARSAD_EXTENSIONS,
    x_marsad_entity: {
      type: e.type,
      subtype: e.subtype,
      described: e.described,
      kb: e.kb,
      wikidata: e.wikidata,
      geonames_id: e.geonamesId,
      documents: e.documents,
      first_seen: e.firstSeen,
      last_seen: e.lastSeen,
      aliases: type === 'intrusion-set' ? undefined : e.aliases,
      key: entityKey(e),
    },
  };
  // 1. armed groups
  if (type === 'intrusion-set') {
    return { object: compact({ ...common, aliases: e.aliases, first_seen: stixTimestamp(e.firstSeen), last_seen: stixEndTimestamp(e.lastSeen) }) };
  }
  // 2. persons, organizations, described actors
  if (type === 'identity') {
    const identityClass = e.described ? 'class' : e.type === 'PER' ? 'individual' : 'organization';
    return { object: compact({ ...common, identity_class: identityClass, sectors: e.described ? [] : [...(SECTORS[e.subtype ?? ''] ?? [])] }) };
  }
  // 3. places
  return {
    object: compact({
      ...common,
      latitude: e.geo!.lat,
      longitude: e.geo!.lon,
      country: details?.country,
      x_marsad_entity: { ...common.x_marsad_entity, feature_code: details?.featureCode, geo_precision: details?.precision },
    }),
  };
}

/** The identity of an outlet: the organization that published the articles (reports' `created_by_ref`). */
export function toStixOutlet(o: ExportOutlet): StixObject {
  return {
    type: 'identity',
    spec_version: '2.1',
    id: stixId('identity', outletStableKey(o)),
    created_by_ref: MARSAD_IDENTITY_ID,
    created: STIX_EPOCH,
    modified: STIX_EPOCH,
    name: o.name,
    identity_class: 'organization',
    sectors: ['communications'],
  };
}
