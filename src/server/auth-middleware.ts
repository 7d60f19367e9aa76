/** Who may call the API: tokens with roles when configured, else only this machine. */

import type { MiddlewareHandler } from 'hono';
import type { Role, TokenRegistry } from './access-tokens.js';
import { ApiError } from './api-error.js';

/** The variables the middleware sets on the context. */
export interface AuthVariables {
  role: Role;
}

/** Host names of this machine, accepted in the Host header when the server runs without tokens. */
const LOOPBACK_HOSTS = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/i;

/**
 * Authenticates API requests.
 *
 * 1. With tokens configured: `Authorization: Bearer TOKEN` must name one (401 otherwise) and
 *    the request gets its role.
 * 2. Without tokens the server is bound to loopback and every caller is the local analyst, but
 *    the Host header must name this machine: a web page elsewhere that rebinds its DNS name to
 *    127.0.0.1 is refused (403).
 */
export function authMiddleware(tokens: TokenRegistry): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    // 1. tokens
    if (tokens.enabled) {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) throw new ApiError(401, 'unauthorized', 'this server needs an access token: send "Authorization: Bearer TOKEN"');
      const role = tokens.roleOf(match[1]!);
      if (!role) throw new ApiError(401, 'unauthorized', 'the access token is not valid');
      c.set('role', role);
      return next();
    }
    // 2. loopback only
    const host = c.req.header('host') ?? '';
    if (!LOOPBACK_HOSTS.test(host)) throw new ApiError(403, 'forbidden-host', `requests must address this machine (localhost), not ${host || 'an empty Host'}`);
    c.set('role', 'analyst');
    return next();
  };
}

/** Lets only tokens with the analyst role through (403 for readers). */
export function requireAnalyst(): MiddlewareHandler<{ Variables: AuthVariables }> {
  return async (c, next) => {
    if (c.get('role') !== 'analyst') throw new ApiError(403, 'forbidden', 'this operation needs a token with the analyst role');
    return next();
  };
}
