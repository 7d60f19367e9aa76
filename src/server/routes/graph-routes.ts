/** The network: GET /api/graph (around an entity or the strongest edges) and GET /api/graph/edge (the evidence of one edge). */

import { createRoute, z } from '@hono/zod-openapi';
import { ClaimFilterQuery, ClaimItemSchema, EntityRefParam, errorResponses, GraphSchema } from '../api-schemas.js';
import { BEARER, requireEntity, type ApiApp, type ServerContext } from '../server-context.js';

const graph = createRoute({
  method: 'get',
  path: '/api/graph',
  summary: 'The network around an entity (its neighbours and the edges among them), or the strongest edges of the whole graph',
  security: BEARER,
  request: {
    query: ClaimFilterQuery.extend({
      entity: z.string().max(300).optional().openapi({ description: 'the entity at the centre (id or name); the whole graph when absent' }),
      minSources: z.coerce.number().int().min(1).max(1000).default(1).openapi({ description: 'keep edges backed by at least this many independent sources' }),
      maxNodes: z.coerce.number().int().min(2).max(300).default(60),
    }),
  },
  responses: {
    200: { description: 'nodes and edges', content: { 'application/json': { schema: GraphSchema } } },
    ...errorResponses(400, 401, 404),
  },
});

const edge = createRoute({
  method: 'get',
  path: '/api/graph/edge',
  summary: 'The evidence of one edge: every claim between two entities (either direction) that passes the filters, with its source',
  security: BEARER,
  request: {
    query: ClaimFilterQuery.extend({ a: EntityRefParam, b: EntityRefParam, limit: z.coerce.number().int().min(1).max(500).default(100) }),
  },
  responses: {
    200: { description: 'claims', content: { 'application/json': { schema: z.object({ claims: z.array(ClaimItemSchema) }) } } },
    ...errorResponses(400, 401, 404),
  },
});

export function registerGraphRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(graph, async (c) => {
    const q = c.req.valid('query');
    const entity = q.entity === undefined ? undefined : await requireEntity(ctx, q.entity);
    const query = { types: q.types, modality: q.modality, from: q.from, to: q.to, entity, minSources: q.minSources, maxNodes: q.maxNodes };
    const view = await ctx.views.graph(query);
    return c.json(view, 200);
  });
  app.openapi(edge, async (c) => {
    const q = c.req.valid('query');
    const a = await requireEntity(ctx, q.a);
    const b = await requireEntity(ctx, q.b);
    const claims = await ctx.views.edgeEvidence(a, b, { types: q.types, modality: q.modality, from: q.from, to: q.to }, q.limit);
    return c.json({ claims }, 200);
  });
}
