/** Ingestion (analyst role): POST /api/ingest/url fetches a URL, POST /api/ingest/file takes an upload. */

import { basename } from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { contentTypeFromPath } from '../../ingest/file-reader.js';
import { readInput } from '../../ingest/read-input.js';
import type { RawDocument } from '../../record/document.js';
import { ApiError } from '../api-error.js';
import { errorResponses } from '../api-schemas.js';
import { requireAnalyst } from '../auth-middleware.js';
import { BEARER, type ApiApp, type ServerContext } from '../server-context.js';

const IngestResultSchema = z
  .object({
    documentId: z.number().int(),
    status: z.enum(['new', 'version', 'unchanged']),
    title: z.string().nullable(),
    entities: z.number().int(),
    claims: z.number().int(),
    messages: z.number().int(),
  })
  .openapi('IngestResult');

const byUrl = createRoute({
  method: 'post',
  path: '/api/ingest/url',
  summary: 'Fetch an http(s) URL (no private addresses, 20 s, 20 MB) and ingest it (analyst role)',
  security: BEARER,
  middleware: [requireAnalyst()] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ url: z.url({ protocol: /^https?$/, error: 'url: expected an http or https URL' }).max(2000) }) } },
    },
  },
  responses: {
    200: { description: 'stored', content: { 'application/json': { schema: IngestResultSchema } } },
    ...errorResponses(400, 401, 403, 422, 502),
  },
});

/** Builds the upload route with the server's size limit. */
function byFile(maxBytes: number) {
  return createRoute({
    method: 'post',
    path: '/api/ingest/file',
    summary: 'Ingest an uploaded HTML or text file (analyst role)',
    security: BEARER,
    middleware: [
      requireAnalyst(),
      bodyLimit({
        maxSize: maxBytes,
        onError: () => {
          throw new ApiError(413, 'too-large', `the upload is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
        },
      }),
    ] as const,
    request: {
      body: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: z.object({ file: z.instanceof(File, { message: 'file: attach the document as a form field named file' }).openapi({ type: 'string', format: 'binary' }) }),
          },
        },
      },
    },
    responses: {
      200: { description: 'stored', content: { 'application/json': { schema: IngestResultSchema } } },
      ...errorResponses(400, 401, 403, 413, 422),
    },
  });
}

/** Upload names become paths under `upload/`: a changed file of the same name is a new version. */
function uploadPath(name: string): string {
  const clean = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '').slice(0, 200);
  return `upload/${clean || 'document'}`;
}

export function registerIngestRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(byUrl, async (c) => {
    const { url } = c.req.valid('json');
    const raw = await readInput(url);
    const result = await ctx.ingest(raw, url);
    ctx.cache.clear();
    return c.json(result, 200);
  });
  app.openapi(byFile(ctx.maxUploadBytes), async (c) => {
    const { file } = c.req.valid('form');
    if (file.size === 0) throw new ApiError(400, 'empty-file', 'the uploaded file is empty');
    const path = uploadPath(file.name);
    const type = file.type && file.type !== 'application/octet-stream' ? file.type : contentTypeFromPath(path);
    const raw: RawDocument = { bytes: new Uint8Array(await file.arrayBuffer()), url: null, path, contentType: type, fetchedAt: new Date().toISOString() };
    const result = await ctx.ingest(raw, path);
    ctx.cache.clear();
    return c.json(result, 200);
  });
}
