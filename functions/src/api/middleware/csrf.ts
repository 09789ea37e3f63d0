import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { errorBody } from './errors.js';

export const CSRF_HEADER = 'X-Requested-With';
export const CSRF_VALUE = 'ClearCampus';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A cross-site form or image cannot set a custom header, and a cross-site fetch that sets one needs a
 * CORS preflight this API never grants: so a state-changing request without it is refused.
 */
export function requireCsrfHeader(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE.has(c.req.method) && c.req.header(CSRF_HEADER) !== CSRF_VALUE)
      return c.json(errorBody('forbidden', `State-changing requests need the header ${CSRF_HEADER}: ${CSRF_VALUE}`), 403);
    await next();
  };
}
