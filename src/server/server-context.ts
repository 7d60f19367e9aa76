/** What every route shares: the store, its graph views, the write path, the export formats and the cache. */

import type { OpenAPIHono } from '@hono/zod-openapi';
import type { GraphViews } from '../store/graph-views.js';
import type { EntityRef, KnowledgeStore } from '../store/knowledge-store.js';
import { ApiError } from './api-error.js';
import type { AuthVariables } from './auth-middleware.js';
import type { Ingester } from './document-ingester.js';
import type { ExportFormat } from './export-formats.js';
import type { ResponseCache } from './response-cache.js';

/** The Hono environment of the API. */
export interface ApiEnv {
  Variables: AuthVariables;
}

/** The API app routes register on. */
export type ApiApp = OpenAPIHono<ApiEnv>;

/** Shared by the routes. */
export interface ServerContext {
  store: KnowledgeStore;
  views: GraphViews;
  ingest: Ingester;
  exports: readonly ExportFormat[];
  cache: ResponseCache;
  /** Largest upload accepted, in bytes. */
  maxUploadBytes: number;
}

/** The entity a reference names. @throws ApiError 404 when it names none. */
export async function requireEntity(ctx: ServerContext, ref: EntityRef): Promise<number> {
  const id = await ctx.views.findEntity(ref);
  if (id === null) throw new ApiError(404, 'unknown-entity', `no entity matches '${String(ref)}'`);
  return id;
}

/** Security requirement of the routes, for the OpenAPI document. */
export const BEARER = [{ Bearer: [] as string[] }];
