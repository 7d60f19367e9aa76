/** Downloads: GET /api/exports lists the registered formats, GET /api/exports/{format} writes one. */

import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../api-error.js';
import { ClaimFilterQuery, errorResponses } from '../api-schemas.js';
import { BEARER, requireEntity, type ApiApp, type ServerContext } from '../server-context.js';

const list = createRoute({
  method: 'get',
  path: '/api/exports',
  summary: 'The export formats this server offers, each with its download link',
  security: BEARER,
  responses: {
    200: {
      description: 'formats',
      content: {
        'application/json': {
          schema: z.object({
            formats: z.array(z.object({ id: z.string(), label: z.object({ ar: z.string(), en: z.string() }), mediaType: z.string(), href: z.string() })),
          }),
        },
      },
    },
    ...errorResponses(401),
  },
});

const download = createRoute({
  method: 'get',
  path: '/api/exports/{format}',
  summary: 'Download the graph (or the part around an entity) in an export format',
  security: BEARER,
  request: {
    params: z.object({ format: z.string().regex(/^[a-z0-9-]+$/) }),
    query: ClaimFilterQuery.extend({ entity: z.string().max(300).optional() }),
  },
  responses: {
    200: { description: 'the file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(400, 401, 404),
  },
});

export function registerExportRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(list, async (c) =>
    c.json({ formats: ctx.exports.map((f) => ({ id: f.id, label: f.label, mediaType: f.mediaType, href: `/api/exports/${f.id}` })) }, 200),
  );
  app.openapi(download, async (c) => {
    const { format } = c.req.valid('param');
    const q = c.req.valid('query');
    const f = ctx.exports.find((x) => x.id === format);
    if (!f) throw new ApiError(404, 'unknown-format', `no export format '${format}'; see /api/exports`);
    const entity = q.entity === undefined ? undefined : await requireEntity(ctx, q.entity);
    const body = await f.render({ store: ctx.store, views: ctx.views }, { types: q.types, modality: q.modality, from: q.from, to: q.to, entity });
    c.header('Content-Type', f.mediaType);
    c.header('Content-Disposition', `attachment; filename="marsad-${f.id}.${f.extension}"`);
    return c.body(typeof body === 'string' ? body : (body as Uint8Array<ArrayBuffer>), 200);
  });
}
