// Exports of real articles through the whole pipeline: the seed and six SaudiNewsNet/CNN articles
// of examples/articles.jsonl. The STIX bundle is valid against the OASIS schemas, every format
// parses, and ingesting one more article keeps every id an earlier export gave.
import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportToString } from '../../src/export/export-formats.js';
import { toStixBundle, type StixBundle } from '../../src/export/stix-exporter.js';
import { analyzeForStore } from '../../src/ingest/analyze-worker.js';
import { rawFromJsonLine } from '../../src/ingest/jsonl.js';
import { createAnalyzer } from '../../src/pipeline/analyzer.js';
import type { RawDocument } from '../../src/record/document.js';
import { contentHash } from '../../src/store/content-hash.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { stixValidator } from './stix-validator.js';

const EXAMPLES = new URL('../../examples/', import.meta.url);
const validator = stixValidator();
/** Articles 0-5 go in first; article 6 (an Islamic State attack, as is article 5) is the one more. */
const FIRST = 6;

let store: SqliteKnowledgeStore;
let pipeline: ReturnType<typeof createAnalyzer>;
let articles: RawDocument[];

function put(raw: RawDocument): Promise<unknown> {
  const { analysis, derived } = analyzeForStore(raw, pipeline);
  return store.putDocument({ contentHash: contentHash(raw), raw, analysis, derived });
}

/** Every export's ids: STIX objects (not the bundle), GEXF nodes and edges, GeoJSON features, CSV claims. */
async function exportIds(): Promise<{ stix: StixBundle; ids: Set<string> }> {
  const stix = toStixBundle(await store.readExport()).bundle;
  const ids = new Set(stix.objects.map((o) => o.id));
  const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (n) => n === 'node' || n === 'edge' }).parse(
    (await exportToString(store, 'gexf')).text,
  ) as { gexf: { graph: { nodes: { node: { '@_id': string }[] }; edges: { edge: { '@_id': string }[] } } } };
  for (const n of xml.gexf.graph.nodes.node) ids.add(`gexf-node:${n['@_id']}`);
  for (const e of xml.gexf.graph.edges.edge) ids.add(`gexf-edge:${e['@_id']}`);
  const geo = JSON.parse((await exportToString(store, 'geojson')).text) as { features: { id: string }[] };
  for (const f of geo.features) ids.add(`geojson:${f.id}`);
  for (const r of parseCsv((await exportToString(store, 'csv')).text, { columns: true }) as { claim_id: string }[]) ids.add(`csv:${r.claim_id}`);
  return { stix, ids };
}

beforeAll(async () => {
  pipeline = createAnalyzer();
  store = new SqliteKnowledgeStore(':memory:');
  const seed = new Uint8Array(readFileSync(new URL('seed.txt', EXAMPLES)));
  await put({ bytes: seed, url: null, path: 'examples/seed.txt', contentType: 'text/plain; charset=utf-8', fetchedAt: '2026-01-01T00:00:00.000Z' });
  const lines = readFileSync(new URL('articles.jsonl', EXAMPLES), 'utf8').split('\n').filter((l) => l.trim() !== '');
  articles = lines.slice(0, FIRST + 1).map((l, i) => {
    const raw = rawFromJsonLine(l, i + 1);
    if ('error' in raw) throw new Error(raw.error);
    return { ...raw, fetchedAt: '2026-01-01T00:00:00.000Z' };
  });
  for (const raw of articles.slice(0, FIRST)) await put(raw);
}, 60_000);
afterAll(async () => store.close());

describe('exports of the seed and real articles', () => {
  it('the STIX bundle is valid against the OASIS STIX 2.1 schemas, with a report per article and relationships', async () => {
    const { bundle } = toStixBundle(await store.readExport());
    expect(validator.bundle(bundle)).toEqual([]);
    const count = (t: string): number => bundle.objects.filter((o) => o.type === t).length;
    expect(count('report')).toBe(FIRST + 1);
    expect(count('relationship')).toBeGreaterThan(10);
    expect(count('intrusion-set')).toBeGreaterThan(2);
    expect(count('location')).toBeGreaterThan(3);
    // The seed: al-Qaeda in the Islamic Maghreb is an intrusion set.
    expect(bundle.objects.some((o) => o.type === 'intrusion-set' && String(o.name).includes('القاعدة'))).toBe(true);
  });

  it('the OpenCTI style and a filtered bundle are valid too', async () => {
    expect(validator.bundle(toStixBundle(await store.readExport(), { style: 'opencti' }).bundle)).toEqual([]);
    expect(validator.bundle(toStixBundle(await store.readExport({ types: ['ATTACK', 'COOPERATE'], from: '2015-01-01' })).bundle)).toEqual([]);
  });

  it('re-exporting after ingesting one more article keeps every earlier id', async () => {
    const before = await exportIds();
    await put(articles[FIRST]!);
    const after = await exportIds();
    const lost = [...before.ids].filter((id) => !after.ids.has(id));
    expect(lost).toEqual([]);
    expect(after.ids.size).toBeGreaterThan(before.ids.size);
    expect(validator.bundle(after.stix)).toEqual([]);
    // The new article's report refers to an actor an earlier export already had: updated, not duplicated.
    const oldIds = new Set(before.stix.objects.map((o) => o.id));
    const newReport = after.stix.objects.find((o) => o.type === 'report' && !oldIds.has(o.id))!;
    const shared = (newReport.object_refs as string[]).filter((id) => oldIds.has(id) && !id.startsWith('relationship--'));
    expect(shared.length).toBeGreaterThan(0);
    const names = (b: StixBundle): Map<string, unknown> => new Map(b.objects.map((o) => [o.id, o.name]));
    const beforeNames = names(before.stix);
    const afterNames = names(after.stix);
    for (const id of shared) expect(afterNames.get(id)).toBe(beforeNames.get(id));
  });
});
