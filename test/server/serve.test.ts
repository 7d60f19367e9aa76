// `marsad serve` start-up safety, tokens from flags and files, and ingestion through the real
// pipeline over a real socket (an uploaded file, a URL to a private address refused).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveTokens } from '../../src/cli/commands/serve.js';
import { readTokensFile } from '../../src/server/access-tokens.js';
import { isLoopbackHost, startServer, UnsafeBindingError, type RunningServer } from '../../src/server/start-server.js';
import { SqliteKnowledgeStore } from '../../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-serve-'));
const db = join(dir, 'marsad.db');
let server: RunningServer;

const ARTICLE =
  'أعلنت قيادة خفر السواحل في ميناء مصراتة ضبط قارب يحمل أسلحة مهربة قرب الساحل، وقال المتحدث باسم القيادة إن عناصر الدورية ' +
  'اعتقلوا ثلاثة أشخاص كانوا على متن القارب، وإن التحقيقات جارية لمعرفة الجهة التي كانت ستتسلم الشحنة في المدينة.\n' +
  'وأضاف المتحدث أن الدوريات البحرية ستتواصل على طول الساحل خلال الأسابيع المقبلة لمنع عمليات التهريب.';

beforeAll(async () => {
  await new SqliteKnowledgeStore(db).close();
  server = await startServer({ db, port: 0 });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('marsad serve', () => {
  it('binds to loopback by default and refuses other addresses without a token', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await expect(startServer({ db, port: 0, host: '0.0.0.0' })).rejects.toBeInstanceOf(UnsafeBindingError);
    expect([isLoopbackHost('127.0.0.1'), isLoopbackHost('localhost'), isLoopbackHost('::1'), isLoopbackHost('0.0.0.0'), isLoopbackHost('192.168.1.2')]).toEqual([true, true, true, false, false]);
    await expect(startServer({ db: join(dir, 'missing.db'), port: 0 })).rejects.toThrow(/no database/);
  });

  it('reads tokens from flags, the environment and a tokens file; short tokens are refused', async () => {
    const file = join(dir, 'tokens');
    writeFileSync(file, '# team\nreader aaaaaaaaaaaaaaaaaaaa\nanalyst bbbbbbbbbbbbbbbbbbbb\n');
    expect(readTokensFile(file)).toEqual([{ role: 'reader', token: 'aaaaaaaaaaaaaaaaaaaa' }, { role: 'analyst', token: 'bbbbbbbbbbbbbbbbbbbb' }]);
    writeFileSync(file, 'admin cccccccccccccccccccc\n');
    expect(() => readTokensFile(file)).toThrow(/tokens:1/);
    expect(serveTokens({}, { MARSAD_ANALYST_TOKEN: 'dddddddddddddddddddd' })).toEqual([{ token: 'dddddddddddddddddddd', role: 'analyst' }]);
    await expect(startServer({ db, port: 0, tokens: [{ token: 'short', role: 'reader' }] })).rejects.toThrow(/at least 16/);
    const open = await startServer({ db, port: 0, host: '127.0.0.2', tokens: [{ token: 'eeeeeeeeeeeeeeeeeeee', role: 'reader' }] });
    const res = await fetch(`${open.url}/api/stats`);
    expect(res.status).toBe(401);
    await open.close();
  });

  it('ingests an uploaded file through the pipeline, then finds it', async () => {
    const form = new FormData();
    form.set('file', new File([ARTICLE], 'misrata-boat.txt', { type: 'text/plain; charset=utf-8' }));
    const res = await fetch(`${server.url}/api/ingest/file`, { method: 'POST', body: form });
    const body = (await res.json()) as { documentId: number; status: string };
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body.status).toBe('new');
    const again = await fetch(`${server.url}/api/ingest/file`, { method: 'POST', body: form });
    expect(((await again.json()) as { status: string }).status).toBe('unchanged');
    const hits = (await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('مصراتة')}`)).json()) as { hits: { documentId: number; path: string }[] };
    expect(hits.hits.map((h) => h.documentId)).toEqual([body.documentId]);
    expect(hits.hits[0]!.path).toBe('upload/misrata-boat.txt');
  });

  it('refuses URLs of private addresses and empty uploads with a JSON error', async () => {
    const res = await fetch(`${server.url}/api/ingest/url`, { method: 'POST', body: JSON.stringify({ url: 'http://127.0.0.1:9/secret' }), headers: { 'Content-Type': 'application/json' } });
    const body = (await res.json()) as { error: string; message: string };
    expect(res.status).toBe(400);
    expect(body.error).toBe('input-private-address');
    const form = new FormData();
    form.set('file', new File([], 'empty.txt'));
    const empty = await fetch(`${server.url}/api/ingest/file`, { method: 'POST', body: form });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: string }).error).toBe('empty-file');
  });
});
