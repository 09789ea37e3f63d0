import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * The operations that answer without a session. Every other one answers a caller without a valid
 * session 401 before it says anything about the input: a 400 with schema details would describe the
 * API to anyone, and tell a scanner which routes exist and what they take.
 */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/certificates/{code}',
  'GET /api/family/{token}',
  'POST /api/family/{token}/opens',
]);

/** Whether the route being served needs a session and the request has none. */
export function signInNeeded(c: Context<AppEnv>): boolean {
  if (c.get('session')) return false;
  // Hono names path parameters `:code`; the list uses the OpenAPI spelling `{code}`.
  const path = c.req.routePath.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
  return !PUBLIC_OPERATIONS.has(`${c.req.method} ${path}`);
}
