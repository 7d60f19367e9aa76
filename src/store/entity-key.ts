/** Entity keys: how one actor is found again across documents (knowledge-base ids first, then names). */

import { normalizeArabic, toAsciiDigits } from '../lang/ar/normalize.js';
import type { ContractEntity } from '../pipeline/contract.js';

/** The normalized form of an entity name: hamza carriers folded, no punctuation, single spaces. */
export function nameNorm(name: string): string {
  return normalizeArabic(toAsciiDigits(name), { foldHamzaCarriers: true })
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key of a name of a given entity type, e.g. `name:ORG:انصار بيت المقدس`. */
export function nameKey(type: string, name: string): string {
  return `name:${type}:${nameNorm(name)}`;
}

/**
 * True when an entity is only ever itself inside its document: an actor named by description
 * (`مسلحون مجهولون`, `انتحاري`: the gunmen of one article are not those of another), or a person
 * outside the knowledge base named by one word (`محمد`, `عبدالله`: a given name alone joins
 * nobody). Joining such entities by name across documents made hubs that link unrelated articles.
 */
export function isDocumentLocal(e: ContractEntity): boolean {
  if ((e as { described?: boolean }).described) return true;
  // `عبد الله` is one given name too, written with the space.
  return e.type === 'PER' && !e.kb && !e.wikidata && !nameNorm(e.name).replace(/^\u0639\u0628\u062f /, '\u0639\u0628\u062f').includes(' ');
}

/**
 * The keys an entity is looked up by, strongest first: its knowledge-base id, its Wikidata id,
 * its GeoNames id, then its name. The first key already known decides which global entity it is.
 * A document-local entity (`isDocumentLocal`) has one key of its own, `doc:<scope>:<id>`.
 */
export function entityKeys(e: ContractEntity, docScope?: string): string[] {
  if (docScope !== undefined && isDocumentLocal(e)) return [`doc:${docScope}:${e.id}`];
  const keys: string[] = [];
  if (e.kb) keys.push(`kb:${e.kb}`);
  if (e.wikidata) keys.push(`wd:${e.wikidata}`);
  if (e.geo?.geonamesId) keys.push(`gn:${e.geo.geonamesId}`);
  keys.push(nameKey(e.type, e.name));
  return keys;
}

/**
 * Name keys of a knowledge-base entity's aliases: learnt (never used to decide) so that a later
 * mention under any of its names, or an analyst's `marsad entity ALIAS`, finds the same entity.
 * Entities outside the knowledge base have no trusted aliases and get none.
 */
export function aliasKeys(e: ContractEntity): string[] {
  if (!e.kb) return [];
  return [...new Set(e.aliases.filter((a) => /\p{Script=Arabic}/u.test(a) || a.length > 3).map((a) => nameKey(e.type, a)))];
}
