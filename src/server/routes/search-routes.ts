/** GET /api/search: full-text search with highlighted snippets. */

import { createRoute, z } from '@hono/zod-openapi';
import { CLAIM_TYPES, errorResponses, IsoDate, SearchHitSchema } from '../api-schemas.js';
import { BEARER, type ApiApp, type ServerContext } from '../server-context.js';

const route = createRoute({
  method: 'get',
  path: '/api/search',
  summary: 'Search documents (Arabic normalization and light stemming); snippets carry highlight offsets',
  security: BEARER,
  request: {
    query: z.object({
      q: z.string().trim().min(1, 'q: give words to search for').max(500),
      from: IsoDate.optional(),
      to: IsoDate.optional(),
      outlet: z.string().max(200).optional(),
      entity: z.string().max(300).optional().openapi({ description: 'documents that mention this entity (id or name)' }),
      claimType: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.enum(CLAIM_TYPES)).optional().openapi({ type: 'string', description: 'documents that make a claim of this type' }),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: {
    200: { description: 'hits, best first', content: { 'application/json': { schema: z.object({ hits: z.array(SearchHitSchema) }) } } },
    ...errorResponses(400, 401),
  },
});

export function registerSearchRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const hits = await ctx.store.search(q.q, {
      from: q.from,
      to: q.to,
      outlet: q.outlet,
      entity: q.entity,
      claimType: q.claimType,
      limit: q.limit,
    });
    return c.json({ hits }, 200);
  });
}
