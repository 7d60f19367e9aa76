/** GET /api/links: paths between two entities with the evidence of each step. */

import { createRoute, z } from '@hono/zod-openapi';
import { EntityRefParam, errorResponses, LinkPathSchema } from '../api-schemas.js';
import { BEARER, requireEntity, type ApiApp, type ServerContext } from '../server-context.js';

const route = createRoute({
  method: 'get',
  path: '/api/links',
  summary: 'Paths of at most maxHops claims between two entities, shortest first, with their evidence',
  security: BEARER,
  request: {
    query: z.object({
      a: EntityRefParam,
      b: EntityRefParam,
      maxHops: z.coerce.number().int().min(1).max(3).default(2),
      limit: z.coerce.number().int().min(1).max(50).default(10),
    }),
  },
  responses: {
    200: { description: 'paths', content: { 'application/json': { schema: z.object({ paths: z.array(LinkPathSchema) }) } } },
    ...errorResponses(400, 401, 404),
  },
});

export function registerLinkRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const a = await requireEntity(ctx, q.a);
    const b = await requireEntity(ctx, q.b);
    const paths = await ctx.views.links(a, b, { maxHops: q.maxHops, limit: q.limit });
    return c.json({ paths }, 200);
  });
}
