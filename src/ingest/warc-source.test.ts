import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { describe, expect, it } from 'vitest';
import type { IngestItem } from './ingest-runner.js';
import { warcSource } from './warc-source.js';

async function record(url: string, contentType: string, body: string, type: 'response' | 'request' = 'response', gzip = false): Promise<Uint8Array> {
  async function* payload(): AsyncGenerator<Uint8Array> {
    yield new TextEncoder().encode(body);
  }
  const rec = WARCRecord.create(
    { url, date: '2024-01-02T03:04:05Z', type, httpHeaders: { 'Content-Type': contentType }, statusline: type === 'response' ? 'HTTP/1.1 200 OK' : 'GET / HTTP/1.1' },
    payload(),
  );
  return WARCSerializer.serialize(rec, { gzip });
}

async function items(bytes: Uint8Array): Promise<IngestItem[]> {
  const path = join(mkdtempSync(join(tmpdir(), 'marsad-warc-')), 'a.warc');
  writeFileSync(path, bytes);
  const out: IngestItem[] = [];
  for await (const item of warcSource(path)) out.push(item);
  return out;
}

describe('WARC source', () => {
  it('yields HTML responses only, with URL, content type and WARC date', async () => {
    const bytes = Buffer.concat([
      await record('https://w.example/a', 'text/html; charset=utf-8', '<p>خبر</p>'),
      await record('https://w.example/a', 'text/html', '', 'request'),
      await record('https://w.example/logo.png', 'image/png', 'PNG'),
    ]);
    const out = await items(bytes);
    expect(out).toHaveLength(1);
    const doc = out[0]!;
    if (doc.kind !== 'document') throw new Error('expected a document');
    expect(doc.raw).toMatchObject({ url: 'https://w.example/a', contentType: 'text/html; charset=utf-8', fetchedAt: '2024-01-02T03:04:05.000Z' });
    expect(new TextDecoder().decode(doc.raw.bytes)).toBe('<p>خبر</p>');
  });

  it('reports a truncated record, plain or gzip, after the good ones', async () => {
    for (const gzip of [false, true]) {
      const good = await record('https://w.example/1', 'text/html', '<p>كامل</p>', 'response', gzip);
      const cut = await record('https://w.example/2', 'text/html', `<p>${'مقطوع '.repeat(100)}</p>`, 'response', gzip);
      const out = await items(Buffer.concat([good, cut.subarray(0, cut.length - 50)]));
      expect(out.map((i) => i.kind)).toEqual(['document', 'error']);
      expect(out[1]!.kind === 'error' && out[1]!.error).toMatch(/truncated WARC record/);
    }
  });
});
