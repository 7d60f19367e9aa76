/** GET /api/stats: counts over the whole store. */

import { createRoute } from '@hono/zod-openapi';
import { errorResponses, StatsSchema } from '../api-schemas.js';
import { BEARER, type ApiApp, type ServerContext } from '../server-context.js';

const route = createRoute({
  method: 'get',
  path: '/api/stats',
  summary: 'Counts of documents, entities, claims, outlets, messages by rule and analyst decisions',
  security: BEARER,
  responses: {
    200: { description: 'counts', content: { 'application/json': { schema: StatsSchema } } },
    ...errorResponses(401),
  },
});

export function registerStatsRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => c.json(await ctx.cache.get('stats', () => ctx.store.stats()), 200));
}
