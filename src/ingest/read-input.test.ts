import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, type InputErrorCode } from './input-error.js';
import { readInput } from './read-input.js';
import { fetchUrl } from './url-fetcher.js';

const PAGE = '<html><body><p>أعلنت الشرطة اعتقال ثلاثة مشتبه بهم في المدينة.</p></body></html>';

/** The code of the InputError `promise` rejects with (fails the test if it resolves). */
async function codeOf(promise: Promise<unknown>): Promise<InputErrorCode> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.message).not.toContain('\n');
      return error.code;
    }
    throw error;
  }
  throw new Error('expected an InputError, got a result');
}

describe('readInput: files and standard input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
    writeFileSync(join(dir, 'a.html'), PAGE);
    writeFileSync(join(dir, 'b.TXT'), 'نص عادي');
    writeFileSync(join(dir, 'c.json'), '{}');
    writeFileSync(join(dir, 'big.html'), Buffer.alloc(5000, 0x41));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file with the content type its extension implies', async () => {
    const raw = await readInput(join(dir, 'a.html'));
    expect(new TextDecoder().decode(raw.bytes)).toBe(PAGE);
    expect(raw).toMatchObject({ url: null, path: join(dir, 'a.html'), contentType: 'text/html' });
    expect(Date.parse(raw.fetchedAt)).not.toBeNaN();
    expect((await readInput(join(dir, 'b.TXT'))).contentType).toBe('text/plain');
    expect((await readInput(join(dir, 'c.json'))).contentType).toBeNull();
  });

  it('reads file:// URLs as files', async () => {
    const raw = await readInput(pathToFileURL(join(dir, 'a.html')).href);
    expect(raw.path).toBe(join(dir, 'a.html'));
  });

  it('reports missing files, directories and files over the cap', async () => {
    expect(await codeOf(readInput(join(dir, 'missing.html')))).toBe('not-found');
    expect(await codeOf(readInput(dir))).toBe('not-a-file');
    expect(await codeOf(readInput(join(dir, 'big.html'), { maxBytes: 4000 }))).toBe('too-large');
    await expect(readInput(join(dir, 'missing.html'))).rejects.toThrow(/no such file: .*missing\.html/);
  });

  it('reads - from the given stream, with the cap', async () => {
    const raw = await readInput('-', { stdin: Readable.from([Buffer.from('سطر '), Buffer.from('ثان')]) });
    expect(new TextDecoder().decode(raw.bytes)).toBe('سطر ثان');
    expect(raw).toMatchObject({ path: '-', url: null, contentType: null });
    expect(await codeOf(readInput('-', { stdin: Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), maxBytes: 1000 }))).toBe(
      'too-large',
    );
  });

  it('refuses schemes other than http, https and file', async () => {
    expect(await codeOf(readInput('ftp://example.com/a.html'))).toBe('bad-url');
    expect(await codeOf(readInput('gopher://example.com/'))).toBe('bad-url');
  });
});

describe('readInput: URLs', () => {
  let server: http.Server;
  let base: string;
  let connections = 0;
  const hits: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const path = req.url ?? '/';
      hits.push(path);
      const redirect = /^\/redirect\/(\d+)$/.exec(path);
      if (redirect) {
        const n = Number(redirect[1]);
        res.writeHead(n % 2 ? 302 : 301, { location: n > 1 ? `/redirect/${n - 1}` : '/page' }).end();
      } else if (path === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      } else if (path === '/gzip') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(PAGE));
      } else if (path === '/gzip-bomb') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(3_000_000)));
      } else if (path === '/big') {
        res.writeHead(200, { 'content-type': 'text/html' });
        for (let i = 0; i < 40; i++) res.write(Buffer.alloc(50_000, 0x61));
        res.end();
      } else if (path === '/big-declared') {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000_000) });
        res.write('a');
      } else if (path === '/slow-head') {
        // never answers
      } else if (path === '/slow-body') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html>');
      } else if (path === '/missing') {
        res.writeHead(404, 'Not Found').end('no');
      } else if (path === '/to-ftp') {
        res.writeHead(302, { location: 'ftp://example.com/x' }).end();
      } else if (path === '/to-other-loopback') {
        const port = (server.address() as AddressInfo).port;
        res.writeHead(302, { location: `http://127.0.0.2:${port}/page` }).end();
      } else {
        res.writeHead(500).end();
      }
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const local = { allowPrivateNetwork: true, timeoutMs: 5000 };

  it('fetches a page with its content type and final URL', async () => {
    const raw = await readInput(`${base}/page`, local);
    expect(new TextDecoder().decode(raw.bytes)).toBe(PAGE);
    expect(raw).toMatchObject({ url: `${base}/page`, path: null, contentType: 'text/html; charset=utf-8' });
    expect(raw.hints).toBeUndefined();
  });

  it('connects to a host name through its pinned, resolved addresses', async () => {
    const raw = await readInput(`http://localhost:${new URL(base).port}/page`, local);
    expect(new TextDecoder().decode(raw.bytes)).toBe(PAGE);
  });

  it('decompresses gzip, and counts the cap after decompression', async () => {
    expect(new TextDecoder().decode((await readInput(`${base}/gzip`, local)).bytes)).toBe(PAGE);
    expect(await codeOf(readInput(`${base}/gzip-bomb`, { ...local, maxBytes: 1_000_000 }))).toBe('too-large');
  });

  it('follows up to 5 redirects, relative ones included, and records them', async () => {
    const raw = await readInput(`${base}/redirect/5`, local);
    expect(raw.url).toBe(`${base}/page`);
    expect(raw.hints?.extra).toMatchObject({ requestedUrl: `${base}/redirect/5` });
    expect((raw.hints?.extra?.redirects as string[]).length).toBe(5);
  });

  it('fails on the 6th redirect', async () => {
    expect(await codeOf(readInput(`${base}/redirect/6`, local))).toBe('too-many-redirects');
    expect(await codeOf(readInput(`${base}/redirect/2`, { ...local, maxRedirects: 1 }))).toBe('too-many-redirects');
  });

  it('checks every hop: a redirect to another scheme or to a refused address fails', async () => {
    expect(await codeOf(readInput(`${base}/to-ftp`, local))).toBe('bad-url');
    const onlyFirstLoopback = (address: string) => (address === '127.0.0.1' ? null : 'refused in this test');
    const result = fetchUrl(`${base}/to-other-loopback`, {
      timeoutMs: 3000,
      maxBytes: 1000,
      maxRedirects: 5,
      allowPrivateNetwork: false,
      userAgent: 'test',
      addressPolicy: onlyFirstLoopback,
    });
    await expect(result).rejects.toThrow(/127\.0\.0\.2.*refused in this test/);
    expect(await codeOf(result)).toBe('private-address');
  });

  it('reports HTTP errors', async () => {
    expect(await codeOf(readInput(`${base}/missing`, local))).toBe('http-status');
    await expect(readInput(`${base}/missing`, local)).rejects.toThrow(/HTTP 404 Not Found/);
  });

  it('times out on a server that does not answer, or stops in the middle of the body', async () => {
    const started = Date.now();
    expect(await codeOf(readInput(`${base}/slow-head`, { ...local, timeoutMs: 300 }))).toBe('timeout');
    expect(await codeOf(readInput(`${base}/slow-body`, { ...local, timeoutMs: 300 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('cuts a body larger than maxBytes, streamed or declared', async () => {
    expect(await codeOf(readInput(`${base}/big`, { ...local, maxBytes: 100_000 }))).toBe('too-large');
    expect(await codeOf(readInput(`${base}/big-declared`, { ...local, maxBytes: 100_000 }))).toBe('too-large');
    expect((await readInput(`${base}/big`, { ...local, maxBytes: 3_000_000 })).bytes.length).toBe(2_000_000);
  });

  it('reports a refused connection as a network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    expect(await codeOf(readInput(`http://127.0.0.1:${port}/`, local))).toBe('network');
  });

  it('refuses loopback, private, link-local and IPv6 loopback by default, without connecting', async () => {
    const before = connections;
    const hitsBefore = hits.length;
    const quick = { timeoutMs: 2000 };
    expect(await codeOf(readInput(`${base}/page`, quick))).toBe('private-address');
    expect(await codeOf(readInput('http://10.0.0.1/', quick))).toBe('private-address');
    expect(await codeOf(readInput('http://169.254.169.254/latest/meta-data/', quick))).toBe('private-address');
    expect(await codeOf(readInput('http://[::1]/', quick))).toBe('private-address');
    expect(await codeOf(readInput(`http://localhost:${new URL(base).port}/page`, quick))).toBe('private-address');
    expect(await codeOf(readInput('http://[::ffff:7f00:1]/', quick))).toBe('private-address');
    expect(connections).toBe(before);
    expect(hits.length).toBe(hitsBefore);
    await expect(readInput('http://169.254.169.254/', quick)).rejects.toThrow(/169\.254\.169\.254.*linkLocal/);
  });

  it('rejects malformed URLs', async () => {
    expect(await codeOf(readInput('http://exa mple.com/'))).toBe('bad-url');
  });
});
