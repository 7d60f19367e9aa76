// GEXF, GeoJSON, CSV and JSON lines of the fixture store, read back with standard parsers.
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/export/csv-exporter.js';
import { exportToString } from '../../src/export/export-formats.js';
import type { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { fixtureStore, STORY_B } from './graph-fixture.js';

let store: SqliteKnowledgeStore;
beforeAll(async () => {
  store = await fixtureStore();
});
afterAll(async () => store.close());

type Att = { '@_for': string; '@_value': string };
type XmlNode = { '@_id': string; '@_label': string; attvalues?: { attvalue: Att[] } } & Record<string, unknown>;
const att = (n: XmlNode, name: string): string | undefined => n.attvalues?.attvalue.find((a) => a['@_for'] === name)?.['@_value'];

describe('GEXF export', () => {
  it('is well-formed GEXF 1.3 with typed nodes and one edge per link carrying sources and dates', async () => {
    const { text } = await exportToString(store, 'gexf', {}, { date: '2024-05-01' });
    expect(XMLValidator.validate(text)).toBe(true);
    const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['node', 'edge', 'attvalue', 'attribute', 'attributes'].includes(name) }).parse(text) as {
      gexf: { '@_version': string; graph: { nodes: { node: XmlNode[] }; edges: { edge: XmlNode[] } } };
    };
    expect(xml.gexf['@_version']).toBe('1.3');
    const nodes = xml.gexf.graph.nodes.node;
    const edges = xml.gexf.graph.edges.edge;
    const aleppo = nodes.find((n) => n['@_label'] === 'حلب')!;
    expect([att(aleppo, 'type'), att(aleppo, 'latitude'), att(aleppo, 'longitude'), att(aleppo, 'country')]).toEqual(['LOC', '36.20124', '37.16117', 'SY']);
    expect(att(nodes.find((n) => n['@_label'] === 'جماعة النور')!, 'subtype')).toBe('armed_group');
    const alliance = edges.filter((e) => att(e, 'claim_type') === 'COOPERATE');
    expect(alliance).toHaveLength(1);
    expect(alliance[0]).toMatchObject({ '@_type': 'undirected', '@_weight': '2' });
    expect([att(alliance[0]!, 'claims'), att(alliance[0]!, 'independent_sources'), att(alliance[0]!, 'first_seen'), att(alliance[0]!, 'last_seen')]).toEqual(['3', '2', '2024-01-01', '2024-03-03']);
    const ids = new Set(nodes.map((n) => n['@_id']));
    for (const e of edges) expect(ids.has(e['@_source'] as string) && ids.has(e['@_target'] as string)).toBe(true);
    expect(edges.find((e) => att(e, 'polarity') === 'negative')?.['@_label']).toBe('not CONTACT');
  });
});

describe('GeoJSON export', () => {
  it('is a FeatureCollection of points [longitude, latitude] with the claims made about each place', async () => {
    const fc = JSON.parse((await exportToString(store, 'geojson')).text) as {
      type: string;
      features: { type: string; geometry: { type: string; coordinates: number[] }; properties: { name: string; country: string; claims: { type: string; role: string }[] } }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(1);
    const [aleppo] = fc.features;
    expect(aleppo).toMatchObject({ type: 'Feature', geometry: { type: 'Point', coordinates: [37.16117, 36.20124] }, properties: { name: 'حلب', country: 'SY' } });
    expect(aleppo!.properties.claims.map((c) => `${c.type}/${c.role}`).sort()).toEqual(['ATTACK/location', 'ATTACK/location', 'COOPERATE/location', 'COOPERATE/location', 'COOPERATE/location']);
  });
});

describe('CSV export', () => {
  it('parses with a standard CSV reader: the ACLED-like columns, one row per claim, Arabic quotes intact', async () => {
    const { text } = await exportToString(store, 'csv');
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(8);
    const move = rows.find((r) => r.claim_type === 'MOVE')!;
    expect(move).toMatchObject({ actor1: 'كتيبة الفجر', actor2: '', location: 'قرية الوادي الأخضر', latitude: '', date_source: 'published', attribution: 'outlet' });
    const attack = rows.find((r) => r.claim_type === 'ATTACK' && r.time_precision !== '')!;
    expect(attack).toMatchObject({ date: '2024-02-19', time_precision: 'week', actor2: 'الجيش السوري', location: 'حلب', country: 'SY', geo_precision: 'point', modality: 'suspected' });
    const denied = rows.find((r) => r.claim_type === 'CONTACT')!;
    expect(denied.polarity).toBe('negative');
    expect(denied.sentence).toBe(STORY_B.slice(STORY_B.indexOf('ونفى')));
    expect(denied.sentence).toContain('«لا تفاوض مع المسلحين»');
  });

  it('starts with a byte order mark for Excel when asked', async () => {
    expect((await exportToString(store, 'csv', {}, { bom: true })).text.startsWith('\ufeffclaim_id,')).toBe(true);
    expect((await exportToString(store, 'csv', { types: ['LOCATED'] })).text).toBe(`${CSV_COLUMNS.join(',')}\n`);
  });
});

describe('JSON lines export', () => {
  it('writes the stored analysis contract of each document, one a line', async () => {
    const lines = (await exportToString(store, 'jsonl')).text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const docs = lines.map((l) => JSON.parse(l) as { article: { text: string }; entities: unknown[]; claims: { id: string }[]; stored: { outlet: string; originalContentHash: string | null } });
    expect(docs[1]!.article.text).toContain('حلب - خاص:');
    expect(docs[1]!.stored.originalContentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(docs.map((d) => d.claims.length)).toEqual([2, 2, 2, 2]);
  });
});
