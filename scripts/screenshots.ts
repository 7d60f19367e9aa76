// Screenshots of every view of the web app for the README (docs/screenshots/*.png).
// Usage: npm run build:web && npx tsx scripts/screenshots.ts [--db PATH]
// Without --db it builds a database from examples/ in a temporary folder. Needs /usr/bin/chromium.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../src/server/start-server.js';
import { browserUnavailable, launchBrowser, openView, watchedPage, type BrowserGlobals } from '../test/web/browser-harness.js';
import { buildExampleStore } from '../test/web/example-store.js';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const dbArg = process.argv.indexOf('--db');

async function main(): Promise<void> {
  const missing = browserUnavailable();
  if (missing) {
    process.stdout.write(`screenshots skipped: ${missing}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'marsad-shots-'));
  const db = dbArg >= 0 ? process.argv[dbArg + 1]! : join(dir, 'marsad.db');
  if (dbArg < 0) await buildExampleStore(db, 30);
  const server = await startServer({ db, port: 0 });
  const browser = await launchBrowser();
  mkdirSync(OUT, { recursive: true });
  try {
    const { page, errors } = await watchedPage(browser);
    const shot = async (name: string, hash: string, prepare?: () => Promise<void>) => {
      await openView(page, server.url, hash);
      await prepare?.();
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(OUT, `${name}.png`) });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    };
    await shot('search', '#/search?q=القاعدة');
    const seed = await page.evaluate(async () => ((await (await fetch('/api/search?q=درودكال')).json()) as { hits: { documentId: number }[] }).hits[0]?.documentId ?? 1);
    await shot('document', `#/doc/${seed}`, async () => {
      await page.click('#toggle-messages');
    });
    const entity = await page.evaluate(async () => ((await (await fetch('/api/entities?limit=1')).json()) as { entities: { id: number }[] }).entities[0]?.id ?? 1);
    await shot('entity', `#/entity/${entity}`);
    await shot('network', '#/network', async () => {
      const edge = await page.evaluate(() => (globalThis as unknown as BrowserGlobals).__marsadNetwork?.edges()[0]);
      if (edge) await page.evaluate((e) => (globalThis as unknown as BrowserGlobals).__marsadNetwork?.clickEdge(e), edge);
      await page.waitForSelector('.evidence-list', { timeout: 10_000 }).catch(() => undefined);
    });
    await shot('map', '#/map', async () => {
      await page.click('circle.place');
      await page.waitForSelector('#place-claims h2');
    });
    await shot('timeline', '#/timeline', async () => {
      await page.click('g.bar');
      await page.waitForSelector('#period-claims h2');
    });
    if (errors.length > 0) process.stdout.write(`console errors:\n${errors.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
