/** GET /api/timeline: claims per period and type. */

import { createRoute, z } from '@hono/zod-openapi';
import { ClaimFilterQuery, errorResponses, TimelineBucketSchema } from '../api-schemas.js';
import { BEARER, requireEntity, type ApiApp, type ServerContext } from '../server-context.js';

const route = createRoute({
  method: 'get',
  path: '/api/timeline',
  summary: "Claims counted per day, month or year of their date (the claim's stated time, else the publication date), by type",
  security: BEARER,
  request: {
    query: ClaimFilterQuery.extend({
      entity: z.string().max(300).optional().openapi({ description: 'only claims about this entity (id or name)' }),
      bucket: z.enum(['day', 'month', 'year']).default('month'),
    }),
  },
  responses: {
    200: { description: 'periods, oldest first', content: { 'application/json': { schema: z.object({ buckets: z.array(TimelineBucketSchema) }) } } },
    ...errorResponses(400, 401, 404),
  },
});

export function registerTimelineRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const entity = q.entity === undefined ? undefined : await requireEntity(ctx, q.entity);
    const query = { types: q.types, modality: q.modality, from: q.from, to: q.to, entity, bucket: q.bucket };
    const buckets = await ctx.views.timeline(query);
    return c.json({ buckets }, 200);
  });
}
