/** Graph views with the aggregate ones (whole graph, places, timeline, suggestions) cached until the next write. */

import type { ClaimFilters, ClaimItem, ClaimQuery, EntitySummary, GraphQuery, GraphView, GraphViews, PlaceItem, TimelineBucket, TimelineQuery } from '../store/graph-views.js';
import type { EntityRef, EntityView, LinkPath } from '../store/knowledge-store.js';
import type { ResponseCache } from './response-cache.js';

/**
 * Wraps the store's views. The whole graph, places, the timeline and entity suggestions scan
 * every claim or mention (hundreds of milliseconds on the 31k-article corpus): they are kept
 * in `cache`, which the write routes clear. Views around one entity go to the store each time.
 */
export class CachingGraphViews implements GraphViews {
  constructor(
    private readonly inner: GraphViews,
    private readonly cache: ResponseCache,
  ) {}

  graph(query: GraphQuery): Promise<GraphView> {
    if (query.entity !== undefined) return this.inner.graph(query);
    return this.cache.get(`graph:${JSON.stringify(query)}`, () => this.inner.graph(query));
  }

  places(filters: ClaimFilters & { limit?: number } = {}): Promise<PlaceItem[]> {
    return this.cache.get(`places:${JSON.stringify(filters)}`, () => this.inner.places(filters));
  }

  timeline(query: TimelineQuery): Promise<TimelineBucket[]> {
    return this.cache.get(`timeline:${JSON.stringify(query)}`, () => this.inner.timeline(query));
  }

  suggestEntities(prefix: string, options: { type?: string; limit?: number } = {}): Promise<EntitySummary[]> {
    return this.cache.get(`entities:${JSON.stringify([prefix, options])}`, () => this.inner.suggestEntities(prefix, options));
  }

  edgeEvidence(a: number, b: number, filters?: ClaimFilters, limit?: number): Promise<ClaimItem[]> {
    return this.inner.edgeEvidence(a, b, filters, limit);
  }

  claims(query: ClaimQuery): Promise<{ total: number; claims: ClaimItem[] }> {
    return this.inner.claims(query);
  }

  claim(id: number): Promise<ClaimItem | null> {
    return this.inner.claim(id);
  }

  links(a: number, b: number, options?: { maxHops?: number; limit?: number }): Promise<LinkPath[]> {
    return this.inner.links(a, b, options);
  }

  entity(id: number): Promise<EntityView | null> {
    return this.inner.entity(id);
  }

  findEntity(ref: EntityRef): Promise<number | null> {
    return this.inner.findEntity(ref);
  }

  documentEntityIds(documentId: number): Promise<Record<string, number>> {
    return this.inner.documentEntityIds(documentId);
  }

  /**
   * Computes what the web app asks first (the queries its views send with no filter), so the
   * first analyst does not wait: the whole network, the map, the timeline, the suggestions.
   */
  async warm(): Promise<void> {
    await this.graph({ minSources: 1, maxNodes: 60 });
    await this.places({ limit: 400 });
    await this.places({ limit: 500 });
    await this.timeline({ bucket: 'month' });
    await this.suggestEntities('', { limit: 20 });
  }
}
