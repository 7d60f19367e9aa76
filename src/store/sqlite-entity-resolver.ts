/** Resolves a document's entities to global ones, and applies the analyst's merges and splits. */

import type { Database, Statement } from 'better-sqlite3';
import type { ContractEntity } from '../pipeline/contract.js';
import type { EntityRef } from './knowledge-store.js';
import { aliasKeys, entityKeys, nameKey, nameNorm } from './entity-key.js';

/** Thrown when an entity reference matches nothing: the analyst named an unknown entity. */
export class UnknownEntityError extends Error {
  constructor(ref: EntityRef) {
    super(`no entity matches '${String(ref)}'`);
    this.name = 'UnknownEntityError';
  }
}

/**
 * Global entity resolution over `entity_keys`. A key (`wd:Q…`, `gn:…`, `name:TYPE:norm`) maps
 * to one entity; merges and splits rewrite keys, so later ingests follow the analyst's decisions.
 */
export class SqliteEntityResolver {
  private readonly getKey: Statement<[string], { entity_id: number }>;
  private readonly addKey: Statement<[string, number]>;
  private readonly insertEntity: Statement<[string, string | null, string, string | null, number | null, number | null, number | null]>;

  constructor(private readonly db: Database) {
    this.getKey = db.prepare('SELECT entity_id FROM entity_keys WHERE key = ?');
    this.addKey = db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)');
    this.insertEntity = db.prepare(
      'INSERT INTO entities (type, subtype, name, wikidata, geonames_id, lat, lon) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /**
   * The global entity id of a document's entity (`docScope`: the document, for entities that
   * are only themselves inside it; see `isDocumentLocal`).
   *
   * 1. The first of its keys (Wikidata, GeoNames, name) that is known decides.
   * 2. Otherwise a new entity is created.
   * 3. Its keys not yet known are learnt, pointing at that entity.
   */
  resolve(e: ContractEntity, docScope?: string): number {
    const keys = entityKeys(e, docScope);
    // 1. known key
    let id: number | undefined;
    for (const key of keys) {
      id = this.getKey.get(key)?.entity_id;
      if (id !== undefined) break;
    }
    // 2. new entity
    if (id === undefined) {
      const geo = e.geo;
      id = Number(
        this.insertEntity.run(e.type, e.subtype, e.name, e.wikidata, geo?.geonamesId ?? null, geo?.lat ?? null, geo?.lon ?? null)
          .lastInsertRowid,
      );
    }
    // 3. learn keys (an alias key already taken keeps its entity)
    for (const key of keys) this.addKey.run(key, id);
    for (const key of aliasKeys(e)) this.addKey.run(key, id);
    return id;
  }

  /** The id of an entity given by id, Wikidata id or name (the most mentioned one with that name). */
  find(ref: EntityRef): number | null {
    if (typeof ref === 'number' || /^\d+$/.test(ref)) return this.live(Number(ref));
    const kb = /^(Q\d+)$/.exec(ref.trim());
    if (kb) {
      const row = this.getKey.get(`wd:${kb[1]}`);
      if (row) return row.entity_id;
    }
    const norm = nameNorm(ref);
    const byMention = this.db
      .prepare('SELECT entity_id FROM doc_entities WHERE norm = ? GROUP BY entity_id ORDER BY COUNT(*) DESC, entity_id LIMIT 1')
      .get(norm) as { entity_id: number } | undefined;
    if (byMention) return byMention.entity_id;
    for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
      const row = this.getKey.get(nameKey(type, ref));
      if (row) return row.entity_id;
    }
    return null;
  }

  /** Merges entity `from` into `into`: its document entities and keys now point to `into`. */
  merge(from: EntityRef, into: EntityRef, note?: string): number {
    const a = this.require(from);
    const b = this.require(into);
    if (a === b) return b;
    this.db.prepare('UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?').run(b, a);
    this.db.prepare('UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?').run(b, a);
    this.db.prepare('UPDATE entities SET merged_into = ? WHERE id = ? OR merged_into = ?').run(b, a, a);
    this.record('merge', { from: a, into: b, fromName: this.name(a), intoName: this.name(b) }, note);
    return b;
  }

  /**
   * Moves the names `names` of `entity` to a new entity of the same type: the document
   * entities with those names and the name keys follow, so later ingests resolve them apart.
   */
  split(entity: EntityRef, names: readonly string[], note?: string): number {
    const id = this.require(entity);
    if (names.length === 0) throw new Error('splitEntity needs at least one name to move');
    const row = this.db.prepare('SELECT type, subtype FROM entities WHERE id = ?').get(id) as { type: string; subtype: string | null };
    const created = Number(this.insertEntity.run(row.type, row.subtype, names[0]!, null, null, null, null).lastInsertRowid);
    const moveDocs = this.db.prepare('UPDATE doc_entities SET entity_id = ? WHERE entity_id = ? AND norm = ?');
    const setKey = this.db.prepare('INSERT OR REPLACE INTO entity_keys (key, entity_id) VALUES (?, ?)');
    const types = this.db.prepare('SELECT DISTINCT type FROM doc_entities WHERE entity_id = ?').all(id) as { type: string }[];
    for (const name of names) {
      moveDocs.run(created, id, nameNorm(name));
      for (const t of new Set([row.type, ...types.map((x) => x.type)])) setKey.run(nameKey(t, name), created);
    }
    this.record('split', { entity: id, created, names }, note);
    return created;
  }

  private require(ref: EntityRef): number {
    const id = this.find(ref);
    if (id === null) throw new UnknownEntityError(ref);
    return id;
  }

  /** Follows `merged_into` to the surviving entity; null when the id is unknown. */
  private live(id: number): number | null {
    let current = id;
    for (let i = 0; i < 100; i++) {
      const row = this.db.prepare('SELECT merged_into FROM entities WHERE id = ?').get(current) as { merged_into: number | null } | undefined;
      if (!row) return null;
      if (row.merged_into === null) return current;
      current = row.merged_into;
    }
    return current;
  }

  private name(id: number): string {
    return (this.db.prepare('SELECT name FROM entities WHERE id = ?').get(id) as { name: string }).name;
  }

  private record(kind: 'merge' | 'split', payload: object, note?: string): void {
    this.db
      .prepare('INSERT INTO analyst_decisions (kind, payload, note, decided_at) VALUES (?, ?, ?, ?)')
      .run(kind, JSON.stringify(payload), note ?? null, new Date().toISOString());
  }
}
