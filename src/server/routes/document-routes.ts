/** GET /api/documents/{id}: a document with its text, entities, claims and messages. */

import { createRoute, z } from '@hono/zod-openapi';
import { ApiError } from '../api-error.js';
import { DocumentSchema, errorResponses, IdParam } from '../api-schemas.js';
import { BEARER, type ApiApp, type ServerContext } from '../server-context.js';

const route = createRoute({
  method: 'get',
  path: '/api/documents/{id}',
  summary: 'A stored document: the analysis contract (article text, entities, claims, messages) and store metadata',
  security: BEARER,
  request: { params: z.object({ id: IdParam }) },
  responses: {
    200: { description: 'the document', content: { 'application/json': { schema: DocumentSchema } } },
    ...errorResponses(400, 401, 404),
  },
});

export function registerDocumentRoutes(app: ApiApp, ctx: ServerContext): void {
  app.openapi(route, async (c) => {
    const { id } = c.req.valid('param');
    const doc = await ctx.store.getDocument(id);
    if (!doc) throw new ApiError(404, 'not-found', `no document ${id}`);
    const entityIds = await ctx.views.documentEntityIds(id);
    return c.json({ ...doc, entityIds }, 200);
  });
}
