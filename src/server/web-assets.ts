/** Serves the built web app (`dist/web`): hashed assets cached for good, the page itself never. */

import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Context } from 'hono';

/** Where `npm run build:web` writes the app; src/server and dist/server are both two levels deep. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Files read once and kept: the bundle is a few megabytes at most. */
export class WebAssets {
  private readonly files = new Map<string, Uint8Array | null>();

  constructor(readonly root: string = DEFAULT_WEB_ROOT) {}

  /** True when the app was built. */
  get built(): boolean {
    return existsSync(join(this.root, 'index.html'));
  }

  /**
   * The response for a request path, or null when no such file exists.
   *
   * 1. `/` is the page; other paths are files under the root (no `..` escapes it).
   * 2. Files under `/assets/` carry a content hash in their names: cached for a year.
   */
  serve(c: Context, path: string): Response | null {
    // 1. file
    const rel = path === '/' || path === '' ? 'index.html' : decodeURIComponent(path).replace(/^\/+/, '');
    const full = normalize(join(this.root, rel));
    if (!full.startsWith(normalize(this.root.endsWith(sep) ? this.root : this.root + sep))) return null;
    const body = this.read(full);
    if (!body) return null;
    // 2. caching
    const immutable = rel.startsWith('assets/');
    c.header('Content-Type', TYPES[extname(full)] ?? 'application/octet-stream');
    c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(body as Uint8Array<ArrayBuffer>);
  }

  private read(full: string): Uint8Array | null {
    if (!this.files.has(full)) {
      let bytes: Uint8Array | null = null;
      try {
        if (statSync(full).isFile()) bytes = new Uint8Array(readFileSync(full));
      } catch {
        bytes = null;
      }
      this.files.set(full, bytes);
    }
    return this.files.get(full) ?? null;
  }
}
