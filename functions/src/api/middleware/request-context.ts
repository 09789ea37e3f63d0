import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { METRICS } from '../../domain/operations/metrics.js';
import { logger, requestMetrics } from '../../services/telemetry.js';
import type { Deps } from '../../services/deps.js';
import type { AppEnv } from '../env.js';

/**
 * The route pattern that answered, e.g. "GET /api/classes/:classId/progress": never the raw path,
 * which holds ids. Middleware is registered for every method ('ALL'); the handler is the last match.
 */
function routeOf(c: Context<AppEnv>): string {
  const handler = matchedRoutes(c)
    .filter((route) => route.method !== 'ALL')
    .at(-1);
  return `${c.req.method} ${handler?.path ?? '(no route)'}`;
}

/**
 * Sets a header on the answer already made. Hono's `c.header()` at this point copies the answer into a
 * new Response whose body is a stream, which the Node server then pipes instead of writing the string
 * it had in one go: a tenth of the answer save's server CPU. The copy is needed only for an answer
 * whose headers are immutable (one made by fetch or Response.redirect).
 */
function setResponseHeader(c: Context<AppEnv>, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}

/**
 * Request id (echoed as X-Request-Id) and the deps on the context; after the response, one structured
 * log line (request id, user id, route pattern, status, ms: never names or raw paths) and the request
 * metrics, flushed before the Lambda invocation ends.
 */
export function requestContext(deps: Deps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = c.req.header('x-request-id')?.slice(0, 64) || randomUUID();
    c.set('requestId', requestId);
    c.set('deps', deps);
    c.set('session', null);
    const started = performance.now();
    try {
      await next();
    } finally {
      setResponseHeader(c, 'X-Request-Id', requestId);
      const status = c.res.status;
      requestMetrics.count(METRICS.requests);
      if (status >= 500) requestMetrics.count(METRICS.serverErrors);
      else if (status >= 400) requestMetrics.count(METRICS.clientErrors);
      requestMetrics.flush();
      // A fault is a 5xx the code did not mean: a deliberate refusal (503 "busy, retry") is no fault.
      const fault = status >= 500 && !(c.error instanceof DomainError);
      if (process.env.LOG_REQUESTS !== 'false' || fault) {
        const line = {
          requestId,
          userId: c.get('session')?.userId,
          route: routeOf(c),
          status,
          ms: Math.round(performance.now() - started),
          ...(fault && c.error ? { error: c.error } : {}),
        };
        if (fault) logger.error('request', line);
        else logger.info('request', line);
      }
    }
  };
}
