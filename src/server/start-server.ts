/** Starts `marsad serve`: opens the store, refuses unsafe bindings, listens. */

import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { isIP } from 'node:net';
import { openStore } from '../store/open-store.js';
import { SqliteGraphViews } from '../store/sqlite-graph-views.js';
import type { SqliteKnowledgeStore } from '../store/sqlite-store.js';
import { TokenRegistry, type AccessToken } from './access-tokens.js';
import { CachingGraphViews } from './caching-graph-views.js';
import { createApp } from './create-app.js';
import type { ExportFormat } from './export-formats.js';
import { ResponseCache } from './response-cache.js';
import { WebAssets } from './web-assets.js';

/** Options of the server. */
export interface ServeOptions {
  /** The database; it must exist. */
  db: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. Any other address needs at least one token. */
  host?: string;
  tokens?: readonly AccessToken[];
  exports?: readonly ExportFormat[];
  /** The built web app's folder; default `dist/web`. */
  webRoot?: string;
  /** Compute the aggregate views before listening (default true; about 1 s on the 31k-article corpus). */
  warm?: boolean;
}

/** A running server. */
export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Thrown when the server would be reachable from other machines without a token. */
export class UnsafeBindingError extends Error {
  constructor(host: string) {
    super(`refusing to listen on ${host} without an access token: give --token/--analyst-token (or --tokens-file), or keep the default --host 127.0.0.1`);
    this.name = 'UnsafeBindingError';
  }
}

/** True for names and addresses of this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1';
  return false;
}

/**
 * Starts the server.
 *
 * 1. Away from loopback, tokens are required.
 * 2. The store is opened (it must exist) with its graph views; the aggregate views are computed.
 * 3. The app listens; `close` stops it and closes the store.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  // 1. safety
  const host = options.host ?? '127.0.0.1';
  const tokens = new TokenRegistry(options.tokens ?? []);
  if (!isLoopbackHost(host) && !tokens.enabled) throw new UnsafeBindingError(host);
  // 2. store
  const store = openStore(options.db, { mustExist: true }) as SqliteKnowledgeStore;
  const views = new SqliteGraphViews(store.db);
  const cache = new ResponseCache();
  const app = createApp({ store, views, tokens, cache, exports: options.exports, web: options.webRoot ? new WebAssets(options.webRoot) : undefined });
  if (options.warm ?? true) await new CachingGraphViews(views, cache).warm();
  // 3. listen
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    port,
    close: async () => {
      const closing = new Promise<void>((resolve) => server.close(() => resolve()));
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closing;
      await store.close();
    },
  };
}
