/** GET /api/places: places with coordinates and the claims located there. */

import { createRoute, z } from '@hono/zod-openapi';
import { ClaimFilterQuery, errorResponses, PlaceSchema } from '../api-schemas.js';
import { BEARER, type ApiApp, type ServerContext } from '../server-context.js';

const route = createRoute({
  method: 'get',
  path: '/api/places',
  summary: 'Places with coordinates: claims located there (by type) and documents that mention them; with filters, only places with matching claims',
  security: BEARER,
  request: { query: ClaimFilterQuery.extend({ limit: z.coerce.number().int().min(1).max(5000).default(500) }) },
  responses: {
    200: { description: 'places', content: { 'application/json': { schema: z.object({ places: z.array(PlaceSchema) }) } } },
    ...errorResponses(400, 401),
  },
});

export function registerPlaceRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const filters = { types: q.types, modality: q.modality, from: q.from, to: q.to, limit: q.limit };
    const places = await ctx.views.places(filters);
    return c.json({ places }, 200);
  });
}
