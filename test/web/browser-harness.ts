// Debian's Chromium driven by playwright-core, for the browser tests and the screenshot script.
// Nothing is downloaded: when /usr/bin/chromium is absent the callers skip with a message.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM = process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), no network chatter; WebGL through SwiftShader for sigma. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** Why the browser cannot run here, or null when it can. */
export function browserUnavailable(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser tests`;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A page whose console errors and uncaught exceptions are collected into `errors`. */
export async function watchedPage(browser: Browser, viewport = { width: 1400, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, locale: 'ar', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return { page, errors };
}

/** The few browser globals the tests touch inside `page.evaluate`. */
export interface BrowserGlobals {
  document: { body: { removeAttribute(name: string): void }; documentElement: { lang: string; dir: string } };
  location: { hash: string; href: string };
  dispatchEvent(event: unknown): boolean;
  HashChangeEvent: new (type: string) => unknown;
  __marsadNetwork?: { edges(): string[]; edgeMiddle(edge: string): { x: number; y: number } | null; clickEdge(edge: string): Promise<void> };
  [flag: string]: unknown;
}

/** Opens a route of the app (loading the app first when needed) and waits until the view says it is rendered. */
export async function openView(page: Page, base: string, hash: string): Promise<void> {
  if (!page.url().startsWith(base)) {
    await page.goto(`${base}/${hash}`);
  } else {
    // Runs in the page (the Node type check has no DOM: the page's globals are typed here).
    await page.evaluate((h) => {
      const w = globalThis as unknown as BrowserGlobals;
      w.document.body.removeAttribute('data-ready');
      if (w.location.hash === new URL(h, w.location.href).hash) w.dispatchEvent(new w.HashChangeEvent('hashchange'));
      else w.location.hash = h;
    }, hash);
  }
  await page.waitForSelector('body[data-ready]', { state: 'attached', timeout: 20_000 });
}
