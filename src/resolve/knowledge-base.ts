/**
 * The actor knowledge base: armed groups, security services, governments, international bodies
 * and persons, each with Arabic and English names, indexed by normalized, skeleton and
 * transliteration keys. Built from data files by kb-loader.ts; governments of countries are
 * derived from `COUNTRY_NAMES`.
 */

import { COUNTRY_NAMES } from '../lang/ar/country-demonyms.js';
import { compactTranslitKey } from '../lang/ar/transliteration.js';
import type { EntityType } from '../record/mention.js';
import type { ActorSubtype } from '../record/entity.js';
import { nameKey, scanWords, skeletonKey } from './name-key.js';

/** One actor, as a data file gives it (resources/actors/README.md). */
export interface Actor {
  /** Stable kebab-case id, unique across files (`aqim`); governments are `gov:XX`. */
  id: string;
  type: EntityType;
  subtype: ActorSubtype | null;
  /** Arabic names, the canonical one first. */
  ar: string[];
  /** English names, the canonical one first. */
  en: string[];
  /** Arabic names too common as words to be looked for in text on their own (`القاعدة`). */
  weak?: string[];
  /** ISO alpha-2 country, or null for transnational actors. */
  country: string | null;
  /** Regions where it operates, in Arabic (`شمال إفريقيا`): branch phrases resolve through them. */
  regions?: string[];
  /** Id of the organization it belongs to or is a branch of. */
  parent?: string | null;
  /** Id of the organization it became, and the year. */
  successor?: string | null;
  successorYear?: number | null;
  wikidata: string | null;
  /** `one source` when the Wikidata id was found in one public source only (see resources/actors/NOTES.md). */
  wikidataCheck?: 'one source';
  /** Where the entry came from (`petrarch-ar`, `public facts`). */
  source?: string;
  /** The file it was loaded from (set by the loader). */
  file?: string;
}

/** Keys of names that the alias scanner looks for in token sequences. */
export interface ScanEntry {
  words: string[];
  actor: string;
  /** For a weak name, the name as the data file writes it (its article matters: `القاعدة`, not `قاعدة`). */
  weak?: string;
}

/** Actors indexed by their name keys. */
export class KnowledgeBase {
  readonly actors = new Map<string, Actor>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly bySkeleton = new Map<string, Set<string>>();
  private readonly byTranslit = new Map<string, Set<string>>();
  private readonly children = new Map<string, string[]>();
  readonly scanEntries: ScanEntry[] = [];
  /** Weak names (`القاعدة`): scanned only for actors the document already names (alias-scan.ts). */
  readonly weakEntries: ScanEntry[] = [];

  /**
   * Adds an actor and indexes its names.
   * @throws Error on a duplicate id (a configuration error of the data files).
   */
  add(actor: Actor): void {
    if (this.actors.has(actor.id)) throw new Error(`E-KB-001: actor id '${actor.id}' is defined twice (${actor.file ?? '?'})`);
    this.actors.set(actor.id, actor);
    const weak = new Set((actor.weak ?? []).map(nameKey));
    for (const name of [...actor.ar, ...(actor.weak ?? [])]) {
      const key = nameKey(name);
      index(this.byKey, key, actor.id);
      index(this.bySkeleton, skeletonKey(name), actor.id);
      index(this.byTranslit, compactTranslitKey(name), actor.id);
      if (!key) continue;
      if (!weak.has(key)) this.scanEntries.push({ words: scanWords(name), actor: actor.id });
      else this.weakEntries.push({ words: scanWords(name), actor: actor.id, weak: name });
    }
    for (const name of actor.en) {
      index(this.byKey, nameKey(name), actor.id);
      index(this.byTranslit, compactTranslitKey(name), actor.id);
      if (/^[A-Z]{2,6}$/.test(name)) this.scanEntries.push({ words: [name.toLowerCase()], actor: actor.id });
    }
    if (actor.parent) {
      const list = this.children.get(actor.parent) ?? [];
      list.push(actor.id);
      this.children.set(actor.parent, list);
    }
  }

  get(id: string): Actor | undefined {
    return this.actors.get(id);
  }

  /** Actors one of whose names has this normalized key. */
  exact(key: string): string[] {
    return [...(this.byKey.get(key) ?? [])];
  }

  /** Actors one of whose names has this skeleton key. */
  skeleton(key: string): string[] {
    return [...(this.bySkeleton.get(key) ?? [])];
  }

  /** Actors one of whose names has this transliteration key (spaces removed). */
  translit(key: string): string[] {
    return [...(this.byTranslit.get(key) ?? [])];
  }

  /** Ids of the actors whose parent is `id`. */
  childrenOf(id: string): string[] {
    return this.children.get(id) ?? [];
  }

  /** All skeleton keys with their actors, for fuzzy matching. */
  skeletonEntries(): IterableIterator<[string, Set<string>]> {
    return this.bySkeleton.entries();
  }

  get size(): number {
    return this.actors.size;
  }
}

function index(map: Map<string, Set<string>>, key: string, id: string): void {
  if (!key) return;
  const set = map.get(key);
  if (set) set.add(id);
  else map.set(key, new Set([id]));
}

/** The government actor of a country: `gov:EG`, named `الحكومة المصرية`. */
export function governmentActor(code: string, englishName: string, wikidata: string | null = null): Actor {
  const names = COUNTRY_NAMES[code];
  const ar = names ? [names.government, `حكومة ${names.names[0]}`] : [`حكومة ${code}`];
  return {
    id: `gov:${code}`, type: 'ORG', subtype: 'government', ar: [...new Set(ar)], en: [`Government of ${englishName}`],
    country: code, wikidata, source: 'country-demonyms',
  };
}
