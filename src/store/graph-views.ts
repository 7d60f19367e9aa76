/**
 * Views of the graph for the web app and the API: the network around an entity, the evidence of
 * one edge, claims by filter, places with coordinates, the timeline and entity suggestions.
 */

import type { ClaimEvidence, EntityRef, EntityView, LinkPath } from './knowledge-store.js';

/** Filters on claims, all optional and combined with AND. */
export interface ClaimFilters {
  /** Claim types (CONTACT, ATTACK …); any when absent or empty. */
  types?: readonly string[];
  /** Modalities (asserted, believed, suspected, intended); any when absent or empty. */
  modality?: readonly string[];
  /** The claim's date (its stated time, else the document's publication) on or after this ISO date. */
  from?: string;
  /** … on or before this ISO date (a date-only value includes the whole day). */
  to?: string;
}

/** A claim as the lists show it: its evidence and the global entities of its roles. */
export interface ClaimItem extends ClaimEvidence {
  subjectId: number | null;
  objectId: number | null;
  locationId: number | null;
  location: string | null;
  time: { text: string; start: string | null; end: string | null } | null;
  /** The date the claim is placed at: its stated time's start, else the publication date. */
  date: string | null;
  confidence: number;
}

/** A query of claims: filters, an entity in any role, and a page. */
export interface ClaimQuery extends ClaimFilters {
  /** Claims in which this entity is subject, object or location. */
  entity?: number;
  /** Most claims returned; default 50. */
  limit?: number;
  /** Claims skipped; default 0. */
  offset?: number;
}

/** A node of the network. */
export interface GraphNode {
  id: number;
  name: string;
  type: string;
  subtype: string | null;
  /** Claims on the edges of this node that passed the filters. */
  claims: number;
  /** True for the entity the graph was asked around. */
  center: boolean;
}

/** An edge: every claim (passing the filters) between two entities, in either direction. */
export interface GraphEdge {
  /** `min-max` of the two entity ids. */
  id: string;
  source: number;
  target: number;
  claims: number;
  independentSources: number;
  /** Claims by type and by modality. */
  types: Record<string, number>;
  modalities: Record<string, number>;
  /** The most frequent type and modality (ties: asserted first, then alphabetical). */
  type: string;
  modality: string;
}

/** The network: nodes, edges, and whether limits cut it. */
export interface GraphView {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

/** A graph query: around an entity (its neighbours and the edges between them) or the whole graph's strongest edges. */
export interface GraphQuery extends ClaimFilters {
  entity?: number;
  /** Keep edges backed by at least this many independent sources; default 1. */
  minSources?: number;
  /** Most nodes; default 60. */
  maxNodes?: number;
}

/** A place with coordinates and what is said to happen there. */
export interface PlaceItem {
  id: number;
  name: string;
  lat: number;
  lon: number;
  geonamesId: number | null;
  /** Claims located there (as location or object) that passed the filters. */
  claims: number;
  types: Record<string, number>;
  /** Latest documents that mention the place. */
  documents: number;
}

/** One period of the timeline. */
export interface TimelineBucket {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  period: string;
  claims: number;
  types: Record<string, number>;
}

/** A timeline query. */
export interface TimelineQuery extends ClaimFilters {
  entity?: number;
  /** Period length; default `month`. */
  bucket?: 'day' | 'month' | 'year';
}

/** An entity as a suggestion list shows it. */
export interface EntitySummary {
  id: number;
  name: string;
  type: string;
  subtype: string | null;
  wikidata: string | null;
  documents: number;
}

/** The views. Separate from `KnowledgeStore` so each store implements them beside it. */
export interface GraphViews {
  graph(query: GraphQuery): Promise<GraphView>;
  /** The claims between two entities (either direction) that pass the filters. */
  edgeEvidence(a: number, b: number, filters?: ClaimFilters, limit?: number): Promise<ClaimItem[]>;
  claims(query: ClaimQuery): Promise<{ total: number; claims: ClaimItem[] }>;
  claim(id: number): Promise<ClaimItem | null>;
  places(filters?: ClaimFilters & { limit?: number }): Promise<PlaceItem[]>;
  timeline(query: TimelineQuery): Promise<TimelineBucket[]>;
  /** Entities whose name or alias starts with `prefix` (all when empty), most documents first. */
  suggestEntities(prefix: string, options?: { type?: string; limit?: number }): Promise<EntitySummary[]>;
  /** Paths between two entities (as `KnowledgeStore.links`), met in the middle through indexes. */
  links(a: number, b: number, options?: { maxHops?: number; limit?: number }): Promise<LinkPath[]>;
  /** The entity view of `KnowledgeStore.getEntity`, read through indexes (fast on hub entities); null when unknown. */
  entity(id: number): Promise<EntityView | null>;
  /** The live entity an id, Wikidata id or name refers to (as the store resolves it), or null. */
  findEntity(ref: EntityRef): Promise<number | null>;
  /** The global entity id of each of a document's own entities, by their local id (`e1` …). */
  documentEntityIds(documentId: number): Promise<Record<string, number>>;
}
