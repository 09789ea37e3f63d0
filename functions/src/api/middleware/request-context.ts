import type { MiddlewareHandler } from 'hono';
import { randomUUID } from 'node:crypto';
import type { Deps } from '../deps.js';
import type { AppEnv } from '../env.js';

/** Request id (echoed as X-Request-Id), one JSON log line per request, and the deps on the context. */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    c.set('requestId', requestId);
    c.set('deps', deps);
    c.set('session', null);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    if (process.env.LOG_REQUESTS !== 'false')
      console.log(
        JSON.stringify({
          level: 'info',
          requestId,
          method: c.req.method,
          path: c.req.path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        }),
      );
  };
}
