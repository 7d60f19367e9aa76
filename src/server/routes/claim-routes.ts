/** Claims: a filtered list with evidence, and one claim. */

import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../api-error.js';
import { ClaimFilterQuery, ClaimItemSchema, errorResponses, IdParam } from '../api-schemas.js';
import { BEARER, requireEntity, type ApiApp, type ServerContext } from '../server-context.js';

const list = createRoute({
  method: 'get',
  path: '/api/claims',
  summary: 'Claims with their evidence, the most recent first; filter by type, modality, time range and an entity in any role',
  security: BEARER,
  request: {
    query: ClaimFilterQuery.extend({
      entity: z.string().max(300).optional().openapi({ description: 'an entity (id or name) as subject, object or location' }),
      limit: z.coerce.number().int().min(1).max(500).default(50),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: {
    200: {
      description: 'a page of claims and the total',
      content: { 'application/json': { schema: z.object({ total: z.number().int(), claims: z.array(ClaimItemSchema) }) } },
    },
    ...errorResponses(400, 401, 404),
  },
});

const one = createRoute({
  method: 'get',
  path: '/api/claims/{id}',
  summary: 'One claim with its evidence and source',
  security: BEARER,
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: { description: 'the claim', content: { 'application/json': { schema: ClaimItemSchema } } },
    ...errorResponses(400, 401, 404),
  },
});

export function registerClaimRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const entity = q.entity === undefined ? undefined : await requireEntity(ctx, q.entity);
    const page = await ctx.views.claims({ types: q.types, modality: q.modality, from: q.from, to: q.to, entity, limit: q.limit, offset: q.offset });
    return c.json(page, 200);
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const claim = await ctx.views.claim(id);
    if (!claim) throw new ApiError(404, 'not-found', `no claim ${id}`);
    return c.json(claim, 200);
  });
}
