// The HTTP API on an in-memory store (documents made by hand, no pipeline) through app.request:
// every resource, schema errors as JSON, tokens and roles, CSP, the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRegistry } from '../../src/server/access-tokens.js';
import { createApp } from '../../src/server/create-app.js';
import type { IngestResult } from '../../src/server/document-ingester.js';
import { SqliteGraphViews } from '../../src/store/sqlite-graph-views.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';
import { claim, entity, makeDocument } from '../store/make-document.js';

const A = 'اتهمت وزارة الداخلية جماعة الحرس الأسود بتنفيذ هجوم على مركز للشرطة في مدينة سرت، وقالت إن الجماعة تلقت دعما من شبكة تهريب.';
const B = 'أكدت مصادر محلية أن جماعة الحرس الأسود هاجمت مركزا للشرطة في سرت فجر الأحد، وأن الهجوم أوقع جرحى بين عناصر الأمن.';
const C = 'أعلنت وزارة الداخلية اعتقال عناصر من جماعة الحرس الأسود في مدينة سرت بعد مداهمة مخبأ للسلاح.';

const READER = 'reader-token-0123456789';
const ANALYST = 'analyst-token-0123456789';

let store: SqliteKnowledgeStore;
let ids: number[] = [];

function docA() {
  const sirte = { ...entity('e3', 'LOC', 'سرت', A), geo: { lat: 31.2, lon: 16.59, geonamesId: 2210554 } };
  const attack = { ...claim('c1', 'ATTACK', 'e1', 'e2', A), location: 'e3', time: { text: 'الأحد', start: '2015-07-19', end: '2015-07-19' } };
  const aid = { ...claim('c2', 'AID', 'e4', 'e1', A), modality: 'suspected' };
  return makeDocument(A, {
    url: 'https://one.example/a',
    site: 'صحيفة الأولى',
    title: 'هجوم على مركز للشرطة في سرت',
    published: '2015-07-20',
    entities: [entity('e1', 'ORG', 'جماعة الحرس الأسود', A), entity('e2', 'ORG', 'مركز للشرطة', A), sirte, entity('e4', 'ORG', 'شبكة تهريب', A)],
    claims: [attack, aid],
  });
}

function docB() {
  const sirte = { ...entity('e3', 'LOC', 'سرت', B), geo: { lat: 31.2, lon: 16.59, geonamesId: 2210554 } };
  return makeDocument(B, {
    url: 'https://two.example/b',
    site: 'وكالة الثانية',
    title: 'الحرس الأسود يهاجم الشرطة',
    published: '2015-07-21',
    entities: [entity('e1', 'ORG', 'جماعة الحرس الأسود', B), entity('e2', 'ORG', 'مركزا للشرطة', B), sirte],
    claims: [{ ...claim('c1', 'ATTACK', 'e1', 'e2', B), location: 'e3' }],
  });
}

function docC() {
  return makeDocument(C, {
    url: 'https://one.example/c',
    site: 'صحيفة الأولى',
    title: 'اعتقالات في سرت',
    published: '2015-08-02',
    entities: [entity('e1', 'ORG', 'وزارة الداخلية', C), entity('e2', 'ORG', 'جماعة الحرس الأسود', C)],
    claims: [claim('c1', 'COERCE', 'e1', 'e2', C)],
  });
}

const fakeIngest = async (): Promise<IngestResult> => ({ documentId: 1, status: 'unchanged', title: null, entities: 0, claims: 0, messages: 0 });

function appWith(tokens?: TokenRegistry) {
  return createApp({ store, views: new SqliteGraphViews(store.db), tokens, ingest: fakeIngest });
}

const local = { headers: { Host: '127.0.0.1:8080' } };
async function getJson(app: ReturnType<typeof appWith>, path: string, init: RequestInit = local): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(path, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  store = new SqliteKnowledgeStore(':memory:');
  ids = (await store.putDocuments([docA(), docB(), docC()])).map((r) => r.id);
});
afterAll(async () => store.close());

describe('API reads', () => {
  it('searches with highlight offsets into the snippet', async () => {
    const { status, body } = await getJson(appWith(), `/api/search?q=${encodeURIComponent('بالشرطة')}`);
    expect(status).toBe(200);
    const hits = body.hits as { documentId: number; snippet: { text: string; highlights: { start: number; end: number }[] } }[];
    expect(hits.map((h) => h.documentId).sort()).toEqual([ids[0], ids[1]].sort());
    const marked = hits[0]!.snippet.highlights.map((h) => hits[0]!.snippet.text.slice(h.start, h.end));
    expect(marked.join(' ')).toContain('للشرطة');
  });

  it('answers a missing or bad parameter with 400 and a message naming it', async () => {
    const a = await getJson(appWith(), '/api/search');
    expect(a.status).toBe(400);
    expect(a.body).toMatchObject({ error: 'invalid-request' });
    expect(String(a.body.message)).toMatch(/^q:/);
    const b = await getJson(appWith(), '/api/graph?types=BOMBING');
    expect(b.status).toBe(400);
    expect(String(b.body.message)).toContain('types');
    const c = await getJson(appWith(), '/api/claims?from=yesterday');
    expect(c.status).toBe(400);
    expect(String(c.body.message)).toContain('from');
  });

  it('returns a document with text, entities, claims, messages and global entity ids; 404 as JSON', async () => {
    const { status, body } = await getJson(appWith(), `/api/documents/${ids[0]}`);
    expect(status).toBe(200);
    const analysis = body.analysis as { article: { text: string }; entities: { id: string }[]; claims: unknown[]; messages: unknown[] };
    expect(analysis.article.text).toBe(A);
    expect(analysis.claims).toHaveLength(2);
    expect(analysis.messages).toHaveLength(1);
    const entityIds = body.entityIds as Record<string, number>;
    expect(Object.keys(entityIds).sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
    const missing = await getJson(appWith(), '/api/documents/999');
    expect(missing).toEqual({ status: 404, body: { error: 'not-found', message: 'no document 999' } });
  });

  it('shows an entity with claims grouped by type and independent sources', async () => {
    const { status, body } = await getJson(appWith(), `/api/entities/${encodeURIComponent('جماعة الحرس الأسود')}`);
    expect(status).toBe(200);
    const groups = body.claims as { type: string; count: number; independentSources: number }[];
    expect(groups.find((g) => g.type === 'ATTACK')).toMatchObject({ count: 2, independentSources: 2 });
    expect(body.firstSeen).toBe('2015-07-20');
    expect(body.lastSeen).toBe('2015-08-02');
    const none = await getJson(appWith(), '/api/entities/nobody-at-all');
    expect(none.status).toBe(404);
  });

  it('reads the same entity view as the store, through indexes', async () => {
    const views = new SqliteGraphViews(store.db);
    const ids = (store.db.prepare('SELECT id FROM entities WHERE merged_into IS NULL').pluck().all() as number[]);
    expect(ids.length).toBeGreaterThan(4);
    for (const id of ids) expect(await views.entity(id)).toEqual(await store.getEntity(id));
  });

  it('finds the same paths as the store, met in the middle', async () => {
    const views = new SqliteGraphViews(store.db);
    const ids = store.db.prepare('SELECT id FROM entities WHERE merged_into IS NULL').pluck().all() as number[];
    const key = (paths: unknown[]) => paths.map((p) => JSON.stringify(p)).sort();
    let found = 0;
    for (const a of ids) {
      for (const b of ids) {
        if (a === b) continue;
        // Every path the store finds; the store's neighbour step skips a location when the claim
        // also has an object, so it may find fewer (the met-in-the-middle search sees both ends).
        const mine = await views.links(a, b, { maxHops: 2 });
        expect(key(mine)).toEqual(expect.arrayContaining(key(await store.links(a, b, { maxHops: 2 }))));
        found += mine.length;
      }
    }
    expect(found).toBeGreaterThan(4);
  });

  it('draws the graph around an entity, filtered by type, modality, time and sources', async () => {
    const app = appWith();
    const all = await getJson(app, `/api/graph?entity=${encodeURIComponent('جماعة الحرس الأسود')}`);
    const edges = all.body.edges as { source: number; target: number; type: string; independentSources: number; claims: number }[];
    const nodes = all.body.nodes as { name: string; center: boolean }[];
    expect(nodes.find((n) => n.center)?.name).toBe('جماعة الحرس الأسود');
    expect(nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['شبكة تهريب', 'وزارة الداخلية', 'سرت']));
    const attack = edges.filter((e) => e.type === 'ATTACK');
    expect(attack.some((e) => e.independentSources === 2)).toBe(true);
    const onlyCoerce = await getJson(app, `/api/graph?entity=${encodeURIComponent('جماعة الحرس الأسود')}&types=coerce`);
    expect((onlyCoerce.body.edges as { type: string }[]).map((e) => e.type)).toEqual(['COERCE']);
    const suspected = await getJson(app, `/api/graph?entity=${encodeURIComponent('جماعة الحرس الأسود')}&modality=suspected`);
    expect((suspected.body.edges as { type: string }[]).map((e) => e.type)).toEqual(['AID']);
    const august = await getJson(app, `/api/graph?entity=${encodeURIComponent('جماعة الحرس الأسود')}&from=2015-08-01`);
    expect((august.body.edges as { type: string }[]).map((e) => e.type)).toEqual(['COERCE']);
    const twoSources = await getJson(app, `/api/graph?entity=${encodeURIComponent('جماعة الحرس الأسود')}&minSources=2`);
    expect((twoSources.body.edges as { independentSources: number }[]).every((e) => e.independentSources >= 2)).toBe(true);
    expect((twoSources.body.edges as unknown[]).length).toBeGreaterThan(0);
    const whole = await getJson(app, '/api/graph');
    expect((whole.body.edges as unknown[]).length).toBeGreaterThanOrEqual(edges.length);
  });

  it('lists the evidence of one edge with its sources', async () => {
    const graph = await getJson(appWith(), `/api/graph?entity=${encodeURIComponent('جماعة الحرس الأسود')}&types=ATTACK`);
    const edge = (graph.body.edges as { source: number; target: number; claims: number }[]).find((e) => e.claims === 2)!;
    const { status, body } = await getJson(appWith(), `/api/graph/edge?a=${edge.source}&b=${edge.target}&types=ATTACK`);
    expect(status).toBe(200);
    const claims = body.claims as { evidence: { text: string }; outlet: string; documentId: number }[];
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.outlet).sort()).toEqual(['صحيفة الأولى', 'وكالة الثانية'].sort());
    expect(claims.map((c) => c.evidence.text)).toContain(B);
  });

  it('lists places with coordinates and the claims located there, claims, and the timeline', async () => {
    const app = appWith();
    const places = (await getJson(app, '/api/places')).body.places as { name: string; lat: number; claims: number; types: Record<string, number> }[];
    expect(places[0]).toMatchObject({ name: 'سرت', lat: 31.2, claims: 2, types: { ATTACK: 2 } });
    const claims = await getJson(app, '/api/claims?modality=suspected');
    expect(claims.body.total).toBe(1);
    expect((claims.body.claims as { type: string }[])[0]!.type).toBe('AID');
    const one = await getJson(app, `/api/claims/${(claims.body.claims as { claimId: number }[])[0]!.claimId}`);
    expect(one.body.type).toBe('AID');
    const timeline = (await getJson(app, '/api/timeline')).body.buckets as { period: string; claims: number }[];
    // the attack with a stated time counts on its day (2015-07-19), in July with the other July claims
    expect(timeline).toEqual([
      { period: '2015-07', claims: 3, types: { ATTACK: 2, AID: 1 } },
      { period: '2015-08', claims: 1, types: { COERCE: 1 } },
    ]);
    const days = (await getJson(app, '/api/timeline?bucket=day&types=ATTACK')).body.buckets as { period: string }[];
    expect(days.map((d) => d.period)).toEqual(['2015-07-19', '2015-07-21']);
  });

  it('finds paths between two entities and suggests entities by prefix', async () => {
    const app = appWith();
    const links = await getJson(app, `/api/links?a=${encodeURIComponent('شبكة تهريب')}&b=${encodeURIComponent('وزارة الداخلية')}`);
    const paths = links.body.paths as { edges: { from: { name: string }; to: { name: string } }[] }[];
    expect(paths[0]!.edges.map((e) => e.to.name)).toEqual(['جماعة الحرس الأسود', 'وزارة الداخلية']);
    const suggest = await getJson(app, `/api/entities?q=${encodeURIComponent('جماعة')}`);
    expect((suggest.body.entities as { name: string; documents: number }[])[0]).toMatchObject({ name: 'جماعة الحرس الأسود', documents: 3 });
  });

  it('publishes an OpenAPI document and sends a strict CSP', async () => {
    const res = await appWith().request('/api/openapi.json', local);
    const doc = (await res.json()) as { paths: Record<string, unknown> };
    for (const p of ['/api/search', '/api/documents/{id}', '/api/entities/{ref}', '/api/claims', '/api/links', '/api/graph', '/api/graph/edge', '/api/places', '/api/timeline', '/api/ingest/url', '/api/ingest/file', '/api/entities/merge', '/api/entities/{ref}/split']) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('API access', () => {
  it('without tokens answers only requests addressed to this machine', async () => {
    const evil = await getJson(appWith(), '/api/stats', { headers: { Host: 'attacker.example' } });
    expect(evil.status).toBe(403);
    expect(evil.body.error).toBe('forbidden-host');
    expect((await getJson(appWith(), '/api/stats', { headers: { Host: 'localhost:8080' } })).status).toBe(200);
  });

  it('with tokens needs one, and writes need the analyst role', async () => {
    const app = appWith(new TokenRegistry([{ token: READER, role: 'reader' }, { token: ANALYST, role: 'analyst' }]));
    const none = await getJson(app, '/api/stats', { headers: { Host: 'marsad.example' } });
    expect(none.status).toBe(401);
    const wrong = await getJson(app, '/api/stats', { headers: { Authorization: 'Bearer not-a-token-at-all' } });
    expect(wrong.status).toBe(401);
    expect((await getJson(app, '/api/stats', { headers: { Authorization: `Bearer ${READER}` } })).status).toBe(200);
    const body = JSON.stringify({ from: 'شبكة تهريب', into: 'جماعة الحرس الأسود' });
    const asReader = await getJson(app, '/api/entities/merge', { method: 'POST', body, headers: { Authorization: `Bearer ${READER}`, 'Content-Type': 'application/json' } });
    expect(asReader.status).toBe(403);
    const upload = new FormData();
    upload.set('file', new File(['نص'], 'a.txt', { type: 'text/plain' }));
    const uploadAsReader = await app.request('/api/ingest/file', { method: 'POST', body: upload, headers: { Authorization: `Bearer ${READER}` } });
    expect(uploadAsReader.status).toBe(403);
    const badUrl = await getJson(app, '/api/ingest/url', { method: 'POST', body: JSON.stringify({ url: 'ftp://x.example/a' }), headers: { Authorization: `Bearer ${ANALYST}`, 'Content-Type': 'application/json' } });
    expect(badUrl.status).toBe(400);
    expect(String(badUrl.body.message)).toContain('url');
  });

  it('merges and splits entities for an analyst, and the graph follows', async () => {
    const own = new SqliteKnowledgeStore(':memory:');
    await own.putDocuments([docA(), docB(), docC()]);
    const app = createApp({ store: own, views: new SqliteGraphViews(own.db), ingest: fakeIngest });
    const post = (path: string, body: unknown) => getJson(app, path, { method: 'POST', body: JSON.stringify(body), headers: { Host: 'localhost', 'Content-Type': 'application/json' } });
    const before = (await getJson(app, `/api/entities/${encodeURIComponent('مركز للشرطة')}`)).body.id as number;
    const other = (await getJson(app, `/api/entities/${encodeURIComponent('مركزا للشرطة')}`)).body.id as number;
    expect(before).not.toBe(other);
    const merged = await post('/api/entities/merge', { from: 'مركزا للشرطة', into: 'مركز للشرطة', note: 'same police station' });
    expect(merged).toEqual({ status: 200, body: { id: before } });
    const graph = await getJson(app, `/api/graph?entity=${before}`);
    expect((graph.body.edges as { claims: number; type: string }[]).find((e) => e.type === 'ATTACK')?.claims).toBe(2);
    const split = await post(`/api/entities/${before}/split`, { names: ['مركزا للشرطة'] });
    expect(split.status).toBe(200);
    expect(split.body.id).not.toBe(before);
    const unknown = await post('/api/entities/merge', { from: 'nobody-here', into: 'مركز للشرطة' });
    expect(unknown.status).toBe(404);
    const invalid = await post(`/api/entities/${before}/split`, { names: [] });
    expect(invalid.status).toBe(400);
    await own.close();
  });
});
