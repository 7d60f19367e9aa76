/** The GEXF 1.3 export for Gephi: entities as nodes, claims merged into one edge per link. */

import { XMLBuilder } from 'fast-xml-parser';
import { CLAIM_TRIGGERS } from '../lang/ar/claim-triggers.js';
import type { ClaimType } from '../record/claim.js';
import type { ExportEntity, ExportSelection } from '../store/knowledge-store.js';
import { placeDetails } from './place-details.js';
import { entityKey, stableUuid } from './stix-ids.js';

/** Node attributes: [id, GEXF type]. */
const NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['subtype', 'string'],
  ['latitude', 'double'],
  ['longitude', 'double'],
  ['country', 'string'],
  ['wikidata', 'string'],
  ['kb', 'string'],
  ['described', 'boolean'],
  ['documents', 'integer'],
  ['first_seen', 'string'],
  ['last_seen', 'string'],
] as const;

/** Edge attributes: [id, GEXF type]. */
const EDGE_ATTRIBUTES = [
  ['claim_type', 'string'],
  ['polarity', 'string'],
  ['claims', 'integer'],
  ['independent_sources', 'integer'],
  ['first_seen', 'string'],
  ['last_seen', 'string'],
  ['modalities', 'string'],
  ['mean_confidence', 'double'],
] as const;

/** The claims of one link: type, polarity and two parties (sorted for symmetric types). */
interface Edge {
  source: number;
  target: number;
  type: string;
  polarity: string;
  symmetric: boolean;
  claims: number;
  sources: Set<number>;
  documents: Set<number>;
  first: string | null;
  last: string | null;
  modalities: Map<string, number>;
  confidence: number;
}

/** Options of the GEXF export. */
export interface GexfOptions {
  /** `lastmodifieddate` of the file (default today); fixed in tests. */
  date?: string;
  /** The description of the graph (e.g. the filters). */
  description?: string;
}

/** Merges claims into edges; claims without two parties (an attack with no target) make none. */
function edgesOf(selection: ExportSelection): Edge[] {
  const edges = new Map<string, Edge>();
  for (const c of selection.claims) {
    const target = c.object ?? c.location;
    if (c.subject === null || target === null || c.subject === target) continue;
    const symmetric = CLAIM_TRIGGERS[c.type as ClaimType]?.symmetric ?? false;
    const [source, to] = symmetric && target < c.subject ? [target, c.subject] : [c.subject, target];
    const key = `${source}|${to}|${c.type}|${c.polarity}`;
    let e = edges.get(key);
    if (!e) {
      e = { source, target: to, type: c.type, polarity: c.polarity, symmetric, claims: 0, sources: new Set(), documents: new Set(), first: null, last: null, modalities: new Map(), confidence: 0 };
      edges.set(key, e);
    }
    e.claims++;
    e.documents.add(c.documentId);
    e.sources.add(c.sourceId);
    e.modalities.set(c.modality, (e.modalities.get(c.modality) ?? 0) + 1);
    e.confidence += c.confidence;
    if (c.date !== null) {
      if (e.first === null || c.date < e.first) e.first = c.date;
      if (e.last === null || c.date > e.last) e.last = c.date;
    }
  }
  return [...edges.values()];
}

const attvalues = (values: Record<string, string | number | boolean | null | undefined>): object => ({
  attvalue: Object.entries(values)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ({ '@_for': k, '@_value': String(v) })),
});

function node(e: ExportEntity): object {
  return {
    '@_id': stableUuid(entityKey(e)),
    '@_label': e.name,
    attvalues: attvalues({
      type: e.type,
      subtype: e.subtype,
      latitude: e.geo?.lat,
      longitude: e.geo?.lon,
      country: placeDetails(e.geonamesId)?.country,
      wikidata: e.wikidata,
      kb: e.kb.join('|'),
      described: e.described,
      documents: e.documents,
      first_seen: e.firstSeen,
      last_seen: e.lastSeen,
    }),
  };
}

/**
 * The GEXF document of a selection.
 *
 * 1. Nodes: every entity of the selection, with its type, subtype, coordinates and dates; node
 *    ids are the entities' stable UUIDs, so two exports line up in Gephi.
 * 2. Edges: one per link (subject → object, else place; one undirected edge for symmetric
 *    types), with the claim type, the number of claims and of independent sources (copies count
 *    as their original's outlet), the first and last
 *    claim dates, the modalities, and the mean confidence; the weight is the number of sources.
 */
export function toGexf(selection: ExportSelection, options: GexfOptions = {}): string {
  const ids = new Map(selection.entities.map((e) => [e.id, stableUuid(entityKey(e))]));
  // 1. nodes
  const nodes = selection.entities.map(node);
  // 2. edges
  const edges = edgesOf(selection)
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => {
      const source = ids.get(e.source)!;
      const target = ids.get(e.target)!;
      return {
        '@_id': stableUuid(`edge:${source}|${target}|${e.type}|${e.polarity}`),
        '@_source': source,
        '@_target': target,
        '@_type': e.symmetric ? 'undirected' : 'directed',
        '@_label': e.polarity === 'negative' ? `not ${e.type}` : e.type,
        '@_weight': String(e.sources.size),
        attvalues: attvalues({
          claim_type: e.type,
          polarity: e.polarity,
          claims: e.claims,
          independent_sources: e.sources.size,
          first_seen: e.first,
          last_seen: e.last,
          modalities: [...e.modalities.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m, n]) => `${m}:${n}`).join('|'),
          mean_confidence: Math.round((e.confidence / e.claims) * 1000) / 1000,
        }),
      };
    });
  const attributes = (cls: 'node' | 'edge', list: readonly (readonly [string, string])[]): object => ({
    '@_class': cls,
    attribute: list.map(([id, type]) => ({ '@_id': id, '@_title': id, '@_type': type })),
  });
  // Boolean attributes kept as value="true": XML has no bare attributes (test/export/formats.test.ts).
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    gexf: {
      '@_xmlns': 'http://gexf.net/1.3',
      '@_version': '1.3',
      meta: {
        '@_lastmodifieddate': options.date ?? new Date().toISOString().slice(0, 10),
        creator: 'Marsad',
        description: options.description ?? 'Claims between actors and places in Arabic news',
      },
      graph: {
        '@_defaultedgetype': 'directed',
        '@_mode': 'static',
        attributes: [attributes('node', NODE_ATTRIBUTES), attributes('edge', EDGE_ATTRIBUTES)],
        nodes: { node: nodes },
        edges: { edge: edges },
      },
    },
  }) as string;
}
