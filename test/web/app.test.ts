// The web app in Debian's Chromium against a server started here on a database built from
// examples/ through the real ingest code: every view renders without console errors, the page
// is right to left, search finds the seed, clicking a network edge shows its evidence, and an
// article whose text holds <script> and onerror= shows them as text without running them.
// Skips (installing nothing) when /usr/bin/chromium is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/server/start-server.js';
import { browserUnavailable, launchBrowser, openView, watchedPage, type BrowserGlobals } from './browser-harness.js';
import { buildExampleStore, XSS_FLAG } from './example-store.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const missing = browserUnavailable();
if (missing) console.warn(`web app tests skipped: ${missing}`);

describe.skipIf(missing !== null)('web app in Chromium', () => {
  let dir = '';
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    // The bundle comes from `npm run build` (prepare); build it here when a test runs first.
    if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
      const r = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npm run build:web failed:\n${r.stdout}\n${r.stderr}`);
    }
    dir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
    const db = join(dir, 'marsad.db');
    await buildExampleStore(db, 4);
    server = await startServer({ db, port: 0 });
    browser = await launchBrowser();
    ({ page, errors } = await watchedPage(browser));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const apiJson = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}${path}`)).json()) as T;

  it('renders every view right to left in Arabic without console errors', async () => {
    const seed = (await apiJson<{ hits: { documentId: number }[] }>(`/api/search?q=${encodeURIComponent('درودكال')}`)).hits[0]!.documentId;
    const entity = (await apiJson<{ entities: { id: number }[] }>('/api/entities?limit=1')).entities[0]!.id;
    const views: [string, string][] = [
      ['#/search', '#store-stats'],
      [`#/search?q=${encodeURIComponent('القاعدة')}`, '.hit'],
      [`#/doc/${seed}`, '#article-text .mention'],
      [`#/entity/${entity}`, '#entity-name'],
      ['#/network', '#graph-canvas canvas'],
      ['#/map', '#map-svg circle.place'],
      ['#/timeline', '#timeline-svg g.bar'],
    ];
    for (const [hash, selector] of views) {
      await openView(page, server.url, hash);
      expect(await page.locator('.error').count(), `${hash}: ${await page.locator('.error').allTextContents()}`).toBe(0);
      await page.waitForSelector(selector, { state: 'attached', timeout: 10_000 });
      const [lang, dir, direction] = await page.evaluate(() => {
        const w = globalThis as unknown as BrowserGlobals & { getComputedStyle(el: unknown): { direction: string }; document: { body: unknown } };
        return [w.document.documentElement.lang, w.document.documentElement.dir, w.getComputedStyle(w.document.body).direction];
      });
      expect([hash, lang, dir, direction]).toEqual([hash, 'ar', 'rtl', 'rtl']);
    }
    // the Arabic font is served by this server and used
    const fontOk = await page.evaluate(() => (globalThis as unknown as { document: { fonts: { check(f: string, t: string): boolean } } }).document.fonts.check('16px "Noto Sans Arabic"', 'مرصد'));
    expect(fontOk).toBe(true);
    expect(errors).toEqual([]);
  }, 90_000);

  it('finds the seed from the search box, with the match highlighted', async () => {
    await openView(page, server.url, '#/search');
    await page.fill('#search-q', 'درودكال');
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('.hit');
    const titles = await page.locator('.hit-title').allTextContents();
    expect(titles.some((t) => t.includes('درودكال'))).toBe(true);
    const marks = await page.locator('.hit mark').allTextContents();
    expect(marks.some((m) => m.includes('درودكال'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows the evidence of an edge clicked in the network', async () => {
    await openView(page, server.url, '#/network');
    await page.waitForSelector('#graph-canvas canvas');
    const edges = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__marsadNetwork?.edges() ?? []);
    expect(edges.length).toBeGreaterThan(0);
    // A real mouse click at an edge's middle: sigma picks the edge from its WebGL picking buffer
    // (SwiftShader renders it headless). Try a few edges: a node may cover a middle.
    const box = (await page.locator('#graph-canvas').boundingBox())!;
    let clicked = false;
    for (const edge of edges.slice(0, 8)) {
      const mid = await page.evaluate((e) => (globalThis as unknown as BrowserGlobals).__marsadNetwork?.edgeMiddle(e) ?? null, edge);
      if (!mid) continue;
      await page.mouse.click(box.x + mid.x, box.y + mid.y);
      clicked = await page
        .waitForSelector('#edge-evidence .evidence-list .claim-card', { timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      if (clicked) break;
    }
    expect(clicked, 'no edge answered a click').toBe(true);
    const evidence = await page.locator('#edge-evidence .evidence').allTextContents();
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((t) => t.trim().length > 0)).toBe(true);
    const sources = await page.locator('#edge-evidence .claim-source a').count();
    expect(sources).toBe(evidence.length);
    expect(errors).toEqual([]);
  }, 60_000);

  it('shows <script> and onerror= in an article as text, and runs neither', async () => {
    const hostile = (await apiJson<{ hits: { documentId: number }[] }>(`/api/search?q=${encodeURIComponent('المنسوخة')}`)).hits[0]!.documentId;
    await openView(page, server.url, `#/doc/${hostile}`);
    await page.waitForSelector('#article-text');
    await page.waitForTimeout(300);
    const text = await page.locator('#article-text').textContent();
    expect(text).toContain(`<script>window.${XSS_FLAG}=1</script>`);
    expect(text).toContain(`onerror="window.${XSS_FLAG}=2"`);
    expect(await page.locator('#article-text script, #article-text img').count()).toBe(0);
    await openView(page, server.url, `#/search?q=${encodeURIComponent('المنسوخة')}`);
    await page.waitForSelector('.hit');
    const flag = await page.evaluate((f) => (globalThis as unknown as BrowserGlobals)[f], XSS_FLAG);
    expect(flag).toBeUndefined();
    expect(await page.locator('.hit script, .hit img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('switches the interface to English, left to right, and back', async () => {
    await openView(page, server.url, '#/search');
    await page.click('#lang-switch');
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.documentElement.dir === 'ltr');
    expect(await page.locator('[data-nav="search"]').textContent()).toBe('Search');
    expect(await page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.lang)).toBe('en');
    await page.click('#lang-switch');
    await page.waitForFunction(() => (globalThis as unknown as BrowserGlobals).document.documentElement.dir === 'rtl');
    expect(await page.locator('[data-nav="search"]').textContent()).toBe('بحث');
  });
});
