/** The network for the web app: the entities around one entity (or the strongest edges of all) and the claims on each edge. */

import type { Database } from 'better-sqlite3';
import type { ClaimFilters, ClaimItem, GraphEdge, GraphNode, GraphQuery, GraphView } from './graph-views.js';
import { claimConditions, selectClaimItems } from './sqlite-claim-filter.js';

/** Default and hard cap of nodes in one graph: beyond ~150 a force layout in the browser is unreadable. */
const DEFAULT_MAX_NODES = 60;
const MAX_NODES = 300;

interface PairRow {
  a: number;
  b: number;
  type: string;
  modality: string;
  source_id: number;
}

/**
 * One row per claim and pair of entities it links: subject–object, and subject–location when
 * the location is another entity than the object. `extra` conditions may use c, d, s, o, l.
 */
function pairRows(db: Database, filters: ClaimFilters, extraObject: string, extraLocation: string, params: Record<string, unknown>): PairRow[] {
  const { where, params: fp } = claimConditions(filters);
  const common = where.length > 0 ? ` AND ${where.join(' AND ')}` : '';
  const sql = `
SELECT s.entity_id AS a, o.entity_id AS b, c.type, c.modality, ds.source_id
FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
JOIN document_sources ds ON ds.document_id = d.id
JOIN doc_entities s ON s.id = c.subject_id JOIN doc_entities o ON o.id = c.object_id
WHERE s.entity_id <> o.entity_id${common}${extraObject}
UNION ALL
SELECT s.entity_id AS a, l.entity_id AS b, c.type, c.modality, ds.source_id
FROM claims c JOIN documents d ON d.id = c.document_id AND d.latest = 1
JOIN document_sources ds ON ds.document_id = d.id
JOIN doc_entities s ON s.id = c.subject_id JOIN doc_entities l ON l.id = c.location_id
LEFT JOIN doc_entities o ON o.id = c.object_id
WHERE s.entity_id <> l.entity_id AND (o.entity_id IS NULL OR o.entity_id <> l.entity_id)${common}${extraLocation}`;
  return db.prepare(sql).all({ ...fp, ...params }) as PairRow[];
}

interface EdgeAcc {
  a: number;
  b: number;
  claims: number;
  sources: Set<number>;
  types: Record<string, number>;
  modalities: Record<string, number>;
}

/** Groups pair rows into undirected edges. */
function accumulate(rows: readonly PairRow[]): Map<string, EdgeAcc> {
  const edges = new Map<string, EdgeAcc>();
  for (const r of rows) {
    const [a, b] = r.a < r.b ? [r.a, r.b] : [r.b, r.a];
    const key = `${a}-${b}`;
    let e = edges.get(key);
    if (!e) edges.set(key, (e = { a, b, claims: 0, sources: new Set(), types: {}, modalities: {} }));
    e.claims++;
    e.sources.add(r.source_id);
    e.types[r.type] = (e.types[r.type] ?? 0) + 1;
    e.modalities[r.modality] = (e.modalities[r.modality] ?? 0) + 1;
  }
  return edges;
}

/** The most frequent key; ties go to `preferred`, then alphabetical order. */
function dominant(counts: Record<string, number>, preferred?: string): string {
  return Object.entries(counts).sort((x, y) => y[1] - x[1] || (x[0] === preferred ? -1 : y[0] === preferred ? 1 : x[0].localeCompare(y[0])))[0]![0];
}

function toEdge(e: EdgeAcc): GraphEdge {
  return {
    id: `${e.a}-${e.b}`,
    source: e.a,
    target: e.b,
    claims: e.claims,
    independentSources: e.sources.size,
    types: e.types,
    modalities: e.modalities,
    type: dominant(e.types),
    modality: dominant(e.modalities, 'asserted'),
  };
}

const strongerFirst = (x: EdgeAcc, y: EdgeAcc): number => y.sources.size - x.sources.size || y.claims - x.claims || x.a - y.a || x.b - y.b;

/**
 * The network.
 *
 * 1. Around an entity: the edges touching it that pass the filters and `minSources`; its
 *    strongest neighbours up to `maxNodes`; then the edges among those neighbours.
 * 2. Without one: the strongest edges of the whole graph, taken while their ends fit in `maxNodes`.
 * 3. Nodes get their names, types and claim counts.
 */
export function readGraph(db: Database, query: GraphQuery): GraphView {
  const maxNodes = Math.min(MAX_NODES, Math.max(2, query.maxNodes ?? DEFAULT_MAX_NODES));
  const minSources = Math.max(1, query.minSources ?? 1);
  const kept: EdgeAcc[] = [];
  const nodeIds = new Set<number>();
  let truncated = false;
  if (query.entity !== undefined) {
    // 1. ego network
    const center = query.entity;
    const touching = `(c.subject_id IN (SELECT id FROM doc_entities WHERE entity_id = @center)
      OR c.object_id IN (SELECT id FROM doc_entities WHERE entity_id = @center))`;
    const touchingLoc = `(c.subject_id IN (SELECT id FROM doc_entities WHERE entity_id = @center)
      OR c.location_id IN (SELECT id FROM doc_entities WHERE entity_id = @center))`;
    const around = [...accumulate(pairRows(db, query, ` AND ${touching}`, ` AND ${touchingLoc}`, { center })).values()]
      .filter((e) => e.sources.size >= minSources)
      .sort(strongerFirst);
    nodeIds.add(center);
    for (const e of around) {
      const other = e.a === center ? e.b : e.a;
      if (!nodeIds.has(other) && nodeIds.size >= maxNodes) {
        truncated = true;
        continue;
      }
      nodeIds.add(other);
      kept.push(e);
    }
    const others = [...nodeIds].filter((id) => id !== center);
    if (others.length > 1) {
      // Edges among the neighbours, through the claims' subject/object indexes (measured faster
      // than one scan of all claims even for hub neighbours on the 31k-article corpus).
      const list = others.map((_, i) => `@n${i}`).join(',');
      const params: Record<string, unknown> = {};
      others.forEach((id, i) => (params[`n${i}`] = id));
      const inSet = (col: string): string => `c.${col} IN (SELECT id FROM doc_entities WHERE entity_id IN (${list}))`;
      const rows = pairRows(db, query, ` AND ${inSet('subject_id')} AND ${inSet('object_id')}`, ` AND ${inSet('subject_id')} AND ${inSet('location_id')}`, params);
      const set = new Set(others);
      const among = accumulate(rows.filter((r) => set.has(r.a) && set.has(r.b)));
      for (const e of among.values()) if (e.sources.size >= minSources) kept.push(e);
    }
  } else {
    // 2. strongest edges of the whole graph
    const all = [...accumulate(pairRows(db, query, '', '', {})).values()].filter((e) => e.sources.size >= minSources).sort(strongerFirst);
    for (const e of all) {
      const add = (nodeIds.has(e.a) ? 0 : 1) + (nodeIds.has(e.b) ? 0 : 1);
      if (nodeIds.size + add > maxNodes) {
        truncated = true;
        continue;
      }
      nodeIds.add(e.a);
      nodeIds.add(e.b);
      kept.push(e);
    }
  }
  // 3. nodes
  const weight = new Map<number, number>();
  for (const e of kept) {
    weight.set(e.a, (weight.get(e.a) ?? 0) + e.claims);
    weight.set(e.b, (weight.get(e.b) ?? 0) + e.claims);
  }
  const ids = [...nodeIds];
  const rows =
    ids.length === 0
      ? []
      : (db.prepare(`SELECT id, name, type, subtype FROM entities WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as {
          id: number;
          name: string;
          type: string;
          subtype: string | null;
        }[]);
  const nodes: GraphNode[] = rows
    .map((r) => ({ ...r, claims: weight.get(r.id) ?? 0, center: r.id === query.entity }))
    .sort((x, y) => y.claims - x.claims || x.id - y.id);
  return { nodes, edges: kept.map(toEdge), truncated };
}

/** The claims between `a` and `b`, in either direction and role (object or location), that pass the filters. */
export function readEdgeEvidence(db: Database, a: number, b: number, filters: ClaimFilters = {}, limit = 100): ClaimItem[] {
  const { where, params } = claimConditions(filters);
  where.push(`((s.entity_id = @ea AND (o.entity_id = @eb OR l.entity_id = @eb)) OR (s.entity_id = @eb AND (o.entity_id = @ea OR l.entity_id = @ea)))`);
  where.push(`(c.subject_id IN (SELECT id FROM doc_entities WHERE entity_id IN (@ea, @eb)))`);
  return selectClaimItems(db, where, { ...params, ea: a, eb: b }, 'date DESC, c.id', limit);
}
