/** The Hono app of `marsad serve`: the API under /api with its OpenAPI document, and the web app at /. */

import { OpenAPIHono } from '@hono/zod-openapi';
import { compress } from 'hono/compress';
import type { GraphViews } from '../store/graph-views.js';
import type { KnowledgeStore } from '../store/knowledge-store.js';
import { TokenRegistry } from './access-tokens.js';
import { ApiError, errorResponse } from './api-error.js';
import { authMiddleware } from './auth-middleware.js';
import { CachingGraphViews } from './caching-graph-views.js';
import { storeIngester, type Ingester } from './document-ingester.js';
import type { ExportFormat } from './export-formats.js';
import { ResponseCache } from './response-cache.js';
import { registerClaimRoutes } from './routes/claim-routes.js';
import { registerDocumentRoutes } from './routes/document-routes.js';
import { registerEntityRoutes } from './routes/entity-routes.js';
import { registerExportRoutes } from './routes/export-routes.js';
import { registerGraphRoutes } from './routes/graph-routes.js';
import { registerIngestRoutes } from './routes/ingest-routes.js';
import { registerLinkRoutes } from './routes/link-routes.js';
import { registerPlaceRoutes } from './routes/place-routes.js';
import { registerSearchRoutes } from './routes/search-routes.js';
import { registerStatsRoutes } from './routes/stats-routes.js';
import { registerTimelineRoutes } from './routes/timeline-routes.js';
import { securityHeaders } from './security-headers.js';
import type { ApiEnv, ServerContext } from './server-context.js';
import { WebAssets } from './web-assets.js';

/** What the app is built from. */
export interface AppOptions {
  store: KnowledgeStore;
  views: GraphViews;
  /** Access tokens; none (the default) means the API answers only requests addressed to localhost. */
  tokens?: TokenRegistry;
  /** Ingests one document; default: the store's ingester (the real pipeline, on this thread). */
  ingest?: Ingester;
  /** Export formats offered as downloads; default none. */
  exports?: readonly ExportFormat[];
  /** The built web app; default `dist/web` of this package. */
  web?: WebAssets;
  /** Largest upload, in bytes; default 20 MB. */
  maxUploadBytes?: number;
  /** The cache of aggregate views, emptied by writes; default a new one (give one to warm it, see CachingGraphViews). */
  cache?: ResponseCache;
}

/** Default largest upload: 20 MB, the URL fetcher's cap. */
export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Turns failed schema checks into `{error: 'invalid-request', message}` naming each field. */
function validationHook(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }): Response | undefined {
  if (result.success) return undefined;
  const message = (result.error?.issues ?? [])
    .map((i) => {
      const where = i.path.map(String).join('.');
      return where && !i.message.startsWith(`${where}:`) ? `${where}: ${i.message}` : i.message;
    })
    .join('; ');
  throw new ApiError(400, 'invalid-request', message || 'the request is invalid');
}

/**
 * Builds the app.
 *
 * 1. Every response gets the security headers (CSP …) and compression.
 * 2. /api/openapi.json is public; every other /api route passes the auth middleware.
 * 3. The routes, one file per resource.
 * 4. Other GET paths are files of the web app; errors and unknown paths answer JSON.
 */
export function createApp(options: AppOptions): OpenAPIHono<ApiEnv> {
  const cache = options.cache ?? new ResponseCache();
  const ctx: ServerContext = {
    store: options.store,
    views: new CachingGraphViews(options.views, cache),
    ingest: options.ingest ?? storeIngester(options.store),
    exports: options.exports ?? [],
    cache,
    maxUploadBytes: options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
  };
  const tokens = options.tokens ?? new TokenRegistry();
  const web = options.web ?? new WebAssets();
  const app = new OpenAPIHono<ApiEnv>({ defaultHook: validationHook });
  // 1. headers
  app.use('*', securityHeaders());
  app.use('*', compress());
  // 2. documentation and auth
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Marsad API',
      version: '0.1.0',
      description:
        'The knowledge graph of Arabic news: search, documents with their evidence spans, entities, claims, links, the network, places and the timeline. ' +
        'Errors are JSON {error, message}. When the server has tokens, send "Authorization: Bearer TOKEN"; writes need the analyst role.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'Bearer', { type: 'http', scheme: 'bearer' });
  app.use('/api/*', async (c, next) => (c.req.path === '/api/openapi.json' ? next() : authMiddleware(tokens)(c, next)));
  // 3. routes
  registerSearchRoutes(app, ctx);
  registerDocumentRoutes(app, ctx);
  registerEntityRoutes(app, ctx);
  registerClaimRoutes(app, ctx);
  registerLinkRoutes(app, ctx);
  registerGraphRoutes(app, ctx);
  registerPlaceRoutes(app, ctx);
  registerTimelineRoutes(app, ctx);
  registerIngestRoutes(app, ctx);
  registerStatsRoutes(app, ctx);
  registerExportRoutes(app, ctx);
  // 4. the web app, errors
  app.get('*', (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!web.built) return c.text('the web app is not built: run npm run build', 503);
    return web.serve(c, c.req.path) ?? next();
  });
  app.notFound((c) => c.json({ error: 'not-found', message: `no route for ${c.req.method} ${c.req.path}` }, 404));
  app.onError((error, c) => errorResponse(error, c));
  return app;
}
