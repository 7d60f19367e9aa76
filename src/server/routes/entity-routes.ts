/** Entities: suggestions, the entity view, and the analyst's merge and split. */

import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../api-error.js';
import { EntityRefParam, EntitySummarySchema, EntityViewSchema, errorResponses } from '../api-schemas.js';
import { requireAnalyst } from '../auth-middleware.js';
import { BEARER, requireEntity, type ApiApp, type ServerContext } from '../server-context.js';

const list = createRoute({
  method: 'get',
  path: '/api/entities',
  summary: 'Entities whose name or alias starts with q (the most mentioned when q is empty)',
  security: BEARER,
  request: {
    query: z.object({
      q: z.string().max(300).default(''),
      type: z.enum(['PER', 'ORG', 'LOC', 'MISC']).optional(),
      limit: z.coerce.number().int().min(1).max(200).default(20),
    }),
  },
  responses: {
    200: { description: 'entities', content: { 'application/json': { schema: z.object({ entities: z.array(EntitySummarySchema) }) } } },
    ...errorResponses(400, 401),
  },
});

const view = createRoute({
  method: 'get',
  path: '/api/entities/{ref}',
  summary: 'An entity: names and aliases, type, Wikidata id, claims grouped by type with counts of independent sources, first and last seen',
  security: BEARER,
  request: { params: z.object({ ref: EntityRefParam }) },
  responses: {
    200: { description: 'the entity', content: { 'application/json': { schema: EntityViewSchema } } },
    ...errorResponses(400, 401, 404),
  },
});

const Decision = { id: z.number().int().openapi({ description: 'the surviving (merge) or new (split) entity' }) };

const merge = createRoute({
  method: 'post',
  path: '/api/entities/merge',
  summary: 'Merge entity `from` into `into` (analyst role); the decision is kept and reapplied on later ingests',
  security: BEARER,
  middleware: [requireAnalyst()] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ from: EntityRefParam, into: EntityRefParam, note: z.string().max(2000).optional() }) } },
    },
  },
  responses: {
    200: { description: 'merged', content: { 'application/json': { schema: z.object(Decision) } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

const split = createRoute({
  method: 'post',
  path: '/api/entities/{ref}/split',
  summary: 'Move some names of an entity to a new entity (analyst role); the decision is kept and reapplied on later ingests',
  security: BEARER,
  middleware: [requireAnalyst()] as const,
  request: {
    params: z.object({ ref: EntityRefParam }),
    body: {
      required: true,
      content: {
        'application/json': { schema: z.object({ names: z.array(z.string().min(1).max(300)).min(1).max(100), note: z.string().max(2000).optional() }) },
      },
    },
  },
  responses: {
    200: { description: 'split', content: { 'application/json': { schema: z.object(Decision) } } },
    ...errorResponses(400, 401, 403, 404),
  },
});

export function registerEntityRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const entities = await ctx.views.suggestEntities(q.q, { type: q.type, limit: q.limit });
    return c.json({ entities }, 200);
  });
  app.openapi(view, async (c) => {
    const { ref } = c.req.valid('param');
    const id = await requireEntity(ctx, /^\d+$/.test(ref) ? Number(ref) : ref);
    const entity = await ctx.views.entity(id);
    if (!entity) throw new ApiError(404, 'unknown-entity', `no entity matches '${ref}'`);
    return c.json(entity, 200);
  });
  app.openapi(merge, async (c) => {
    const body = c.req.valid('json');
    const from = await requireEntity(ctx, body.from);
    const into = await requireEntity(ctx, body.into);
    if (from === into) throw new ApiError(400, 'same-entity', 'from and into are the same entity');
    const id = await ctx.store.mergeEntities(from, into, body.note);
    ctx.cache.clear();
    return c.json({ id }, 200);
  });
  app.openapi(split, async (c) => {
    const { ref } = c.req.valid('param');
    const body = c.req.valid('json');
    const entity = await requireEntity(ctx, /^\d+$/.test(ref) ? Number(ref) : ref);
    const id = await ctx.store.splitEntity(entity, body.names, body.note);
    ctx.cache.clear();
    return c.json({ id }, 200);
  });
}
