/**
 * Loading the resolver's resources, once, outside any stage (stages do no I/O): the actor
 * knowledge base (resources/actors/*.json plus any user directory) and the gazetteer
 * (resources/geo/).
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { ACTOR_SUBTYPES } from '../record/entity.js';
import { Gazetteer, parseCountries, parsePlaces, parseRegions } from './gazetteer.js';
import { governmentActor, KnowledgeBase, type Actor } from './knowledge-base.js';

/** The project's actor files. */
export const ACTORS_DIR = new URL('../../resources/actors/', import.meta.url);
/** The gazetteer files. */
export const GEO_DIR = new URL('../../resources/geo/', import.meta.url);

/** Options of `loadKnowledgeBase`. */
export interface KnowledgeBaseOptions {
  /** Directories with more `*.json` actor files (a user's own). Default: none. */
  extraDirs?: readonly string[];
  /** Whether to load the project's files. Default: true. */
  builtin?: boolean;
}

const TYPES = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/**
 * Checks one actor entry of a data file.
 * @throws Error naming the file and entry when a required field is missing or wrong.
 */
export function checkActor(raw: unknown, file: string): Actor {
  const a = raw as Partial<Actor>;
  const where = `${file}: actor '${String(a?.id)}'`;
  if (!a || typeof a.id !== 'string' || !/^[a-z0-9][a-z0-9:-]*$/.test(a.id)) throw new Error(`E-KB-002: ${where} needs a kebab-case id`);
  if (!a.type || !TYPES.has(a.type)) throw new Error(`E-KB-003: ${where} has type '${String(a.type)}', not PER/ORG/LOC/MISC`);
  if (a.subtype != null && !ACTOR_SUBTYPES.includes(a.subtype)) throw new Error(`E-KB-004: ${where} has an unknown subtype '${a.subtype}'`);
  if (!Array.isArray(a.ar) || a.ar.length === 0) throw new Error(`E-KB-005: ${where} needs at least one Arabic name in 'ar'`);
  if (!Array.isArray(a.en)) throw new Error(`E-KB-006: ${where} needs 'en' (a list, may be empty)`);
  if (a.wikidata != null && !/^Q\d+$/.test(a.wikidata)) throw new Error(`E-KB-007: ${where} has a malformed wikidata id`);
  if (a.wikidataCheck !== undefined && (a.wikidataCheck !== 'one source' || a.wikidata == null)) {
    throw new Error(`E-KB-008: ${where} has wikidataCheck '${String(a.wikidataCheck)}': only 'one source', and only beside an id`);
  }
  return { subtype: null, country: null, wikidata: null, ...a, file } as Actor;
}

/** Reads the actors of every `*.json` file of `dir`, sorted by file name. */
export function readActorDir(dir: string): Actor[] {
  const out: Actor[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const path = join(dir, name);
    let data: { actors?: unknown[] };
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as { actors?: unknown[] };
    } catch (e) {
      throw new Error(`E-KB-010: ${path} is not valid JSON (${(e as Error).message})`);
    }
    if (!Array.isArray(data.actors)) throw new Error(`E-KB-008: ${name} has no 'actors' list`);
    for (const raw of data.actors) out.push(checkActor(raw, name));
  }
  return out;
}

/**
 * Loads the knowledge base: the project's actor files, then each extra directory, then a
 * government actor for every country of resources/geo/countries.tsv not defined by a file.
 * @throws Error on an unreadable or invalid file, or a duplicate id.
 */
export function loadKnowledgeBase(options: KnowledgeBaseOptions = {}): KnowledgeBase {
  const kb = new KnowledgeBase();
  const dirs = [...(options.builtin === false ? [] : [fileURLToPath(ACTORS_DIR)]), ...(options.extraDirs ?? [])];
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new Error(`E-KB-009: actor directory ${dir} does not exist`);
    for (const actor of readActorDir(dir)) kb.add(actor);
  }
  for (const line of readFileSync(new URL('countries.tsv', GEO_DIR), 'utf8').split('\n').slice(1)) {
    const [code, , name] = line.split('\t');
    if (code && name && !kb.get(`gov:${code}`)) kb.add(governmentActor(code, name));
  }
  return kb;
}

/** Loads the gazetteer: GeoNames places, countries (with centroids, then the rest at their capitals) and regions. */
export function loadGazetteer(): Gazetteer {
  const gaz = new Gazetteer();
  for (const p of parseCountries(readFileSync(new URL('countries.tsv', GEO_DIR), 'utf8'))) gaz.add(p);
  for (const p of parseRegions(readFileSync(new URL('countries-more.tsv', GEO_DIR), 'utf8'))) gaz.add(p);
  for (const p of parseRegions(readFileSync(new URL('regions.tsv', GEO_DIR), 'utf8'))) gaz.add(p);
  for (const p of parsePlaces(gunzipSync(readFileSync(new URL('places.tsv.gz', GEO_DIR))).toString('utf8'))) gaz.add(p);
  return gaz;
}

/** Everything the resolve stage needs. */
export interface ResolveResources {
  kb: KnowledgeBase;
  gazetteer: Gazetteer;
}

let cached: ResolveResources | undefined;

/** Loads the knowledge base and the gazetteer (cached for the default options). */
export function loadResolveResources(options: KnowledgeBaseOptions = {}): ResolveResources {
  const plain = !options.extraDirs?.length && options.builtin !== false;
  if (plain && cached) return cached;
  const res = { kb: loadKnowledgeBase(options), gazetteer: loadGazetteer() };
  if (plain) cached = res;
  return res;
}
