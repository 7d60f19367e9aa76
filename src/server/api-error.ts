/** API errors: every failure leaves as JSON `{error, message}` with the right status. */

import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { InputError, type InputErrorCode } from '../ingest/input-error.js';
import { UnknownEntityError } from '../store/sqlite-entity-resolver.js';

/** An error a route raises on purpose: its status, a stable kebab-case code and a sentence for the analyst. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Input errors whose cause is the remote side (the fetch failed), not the request. */
const REMOTE_INPUT_ERRORS = new Set<InputErrorCode>(['network', 'http-status', 'timeout', 'too-large', 'too-many-redirects']);

/**
 * The JSON answer for any error thrown by a route.
 *
 * 1. ApiError: as raised. 2. Unknown entity: 404. 3. InputError of a URL or upload: 400, or
 * 502 when the remote side failed. 4. Hono's HTTP exceptions (body too large …): their status.
 * 5. Anything else is a bug: 500 with a generic message, the details go to the log.
 */
export function errorResponse(error: unknown, c: Context): Response {
  // 1. raised on purpose
  if (error instanceof ApiError) return c.json({ error: error.code, message: error.message }, error.status);
  // 2. unknown entity
  if (error instanceof UnknownEntityError) return c.json({ error: 'unknown-entity', message: error.message }, 404);
  // 3. reading an input
  if (error instanceof InputError) {
    const remote = REMOTE_INPUT_ERRORS.has(error.code);
    return c.json({ error: `input-${error.code}`, message: error.message }, remote ? 502 : 400);
  }
  // 4. HTTP exceptions
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const code = status === 413 ? 'too-large' : 'http-error';
    return c.json({ error: code, message: error.message || `request failed with status ${status}` }, status);
  }
  // 5. bugs
  console.error('marsad serve: internal error on', c.req.method, c.req.path, error);
  return c.json({ error: 'internal', message: 'internal error: see the server log' }, 500);
}
