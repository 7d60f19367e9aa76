/** The graph views over the SQLite store's database (see graph-views.ts). */

import type { Database } from 'better-sqlite3';
import type { EntityRef, EntityView, LinkPath } from './knowledge-store.js';
import type { ClaimFilters, ClaimItem, ClaimQuery, EntitySummary, GraphQuery, GraphView, GraphViews, PlaceItem, TimelineBucket, TimelineQuery } from './graph-views.js';
import { claimConditions, selectClaimItems } from './sqlite-claim-filter.js';
import { SqliteEntityResolver } from './sqlite-entity-resolver.js';
import { readEntitySummary } from './sqlite-entity-summary.js';
import { suggestEntities } from './sqlite-entity-suggest.js';
import { readEdgeEvidence, readGraph } from './sqlite-graph-reader.js';
import { findLinksIndexed } from './sqlite-link-finder.js';
import { readPlaceDocuments, readPlaces, type PlaceDocuments } from './sqlite-places.js';
import { readTimeline } from './sqlite-timeline.js';

/** Most claims one page returns. */
const MAX_PAGE = 500;

/** The graph views of a SQLite knowledge store; give it the store's `db`. */
export class SqliteGraphViews implements GraphViews {
  private readonly resolver: SqliteEntityResolver;

  constructor(private readonly db: Database) {
    this.resolver = new SqliteEntityResolver(db);
  }

  async links(a: number, b: number, options: { maxHops?: number; limit?: number } = {}): Promise<LinkPath[]> {
    if (a === b) return [];
    return this.db.transaction(() => findLinksIndexed(this.db, a, b, options.maxHops ?? 2, options.limit ?? 10))();
  }

  async entity(id: number): Promise<EntityView | null> {
    return this.db.transaction(() => readEntitySummary(this.db, id))();
  }

  async findEntity(ref: EntityRef): Promise<number | null> {
    return this.resolver.find(ref);
  }

  async graph(query: GraphQuery): Promise<GraphView> {
    return this.db.transaction(() => readGraph(this.db, query))();
  }

  async edgeEvidence(a: number, b: number, filters: ClaimFilters = {}, limit = 100): Promise<ClaimItem[]> {
    return readEdgeEvidence(this.db, a, b, filters, Math.min(MAX_PAGE, limit));
  }

  /** Claims by filter, the most recent first, with the total count. */
  async claims(query: ClaimQuery): Promise<{ total: number; claims: ClaimItem[] }> {
    const { where, params } = claimConditions(query);
    if (query.entity !== undefined) {
      where.push(`(c.subject_id IN (SELECT id FROM doc_entities WHERE entity_id = @entity)
        OR c.object_id IN (SELECT id FROM doc_entities WHERE entity_id = @entity)
        OR c.location_id IN (SELECT id FROM doc_entities WHERE entity_id = @entity))`);
      params.entity = query.entity;
    }
    return this.db.transaction(() => {
      const cond = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const total = (this.db.prepare(`SELECT COUNT(*) AS n FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1 ${cond}`).get(params) as { n: number }).n;
      const claims = selectClaimItems(this.db, where, params, 'date DESC, c.id', Math.min(MAX_PAGE, query.limit ?? 50), query.offset ?? 0);
      return { total, claims };
    })();
  }

  async claim(id: number): Promise<ClaimItem | null> {
    return selectClaimItems(this.db, ['c.id = @id'], { id }, 'c.id', 1)[0] ?? null;
  }

  /** Documents per place, kept while the database is unchanged (by this connection or another). */
  private placeDocuments: { version: string; rows: PlaceDocuments[] } | null = null;

  async places(filters: ClaimFilters & { limit?: number } = {}): Promise<PlaceItem[]> {
    return this.db.transaction(() => {
      const version = `${this.db.pragma('data_version', { simple: true })}:${this.db.prepare('SELECT total_changes()').pluck().get()}`;
      if (this.placeDocuments?.version !== version) this.placeDocuments = { version, rows: readPlaceDocuments(this.db) };
      return readPlaces(this.db, filters, this.placeDocuments.rows);
    })();
  }

  async timeline(query: TimelineQuery): Promise<TimelineBucket[]> {
    return readTimeline(this.db, query);
  }

  async suggestEntities(prefix: string, options: { type?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    return suggestEntities(this.db, prefix, options);
  }

  async documentEntityIds(documentId: number): Promise<Record<string, number>> {
    const rows = this.db.prepare('SELECT local_id, entity_id FROM doc_entities WHERE document_id = ?').all(documentId) as { local_id: string; entity_id: number }[];
    return Object.fromEntries(rows.map((r) => [r.local_id, r.entity_id]));
  }
}
