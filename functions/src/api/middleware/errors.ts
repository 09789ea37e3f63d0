import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import { detail, DomainError, type ErrorCode, type ErrorDetail, type Params, type ParamValue } from '../../domain/errors.js';
import type { AppEnv } from '../env.js';
import { signInNeeded } from '../public-routes.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rule_broken: 422,
  throttled: 429,
  unavailable: 503,
};

export function errorBody(code: string, message: string, details: ErrorDetail[] = [], extra: Record<string, unknown> = {}) {
  return { error: { code, message, details, ...extra } };
}

/** Issue fields worth a client's while, by the name zod gives them; nested issues (unions) are left out. */
const ISSUE_PARAMS = ['origin', 'minimum', 'maximum', 'inclusive', 'exact', 'expected', 'format', 'pattern', 'values', 'keys', 'divisor'] as const;

const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

/** Only what JSON can carry: a bigint bound as a number, an enum of symbols or an infinite bound dropped. */
function jsonSafe(value: unknown): ParamValue | undefined {
  if (typeof value === 'bigint') return Number(value);
  if (isScalar(value)) return value;
  if (Array.isArray(value) && value.every(isScalar)) return value;
  return undefined;
}

function paramsOf(fields: Record<string, unknown>, names: readonly string[]): Params {
  const params: Params = {};
  for (const name of names) {
    const value = jsonSafe(fields[name]);
    if (value !== undefined) params[name] = value;
  }
  return params;
}

/**
 * One detail per issue, coded by zod's issue code. A refinement names its own code in
 * `params.code` (see `rule` in domain/errors.ts); its other params pass through.
 */
export function zodDetails(error: ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const fields = issue as unknown as Record<string, unknown>;
    const path = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(',') : '');
    if (issue.code === 'custom') {
      const { code, ...rest } = issue.params ?? {};
      return detail(path, typeof code === 'string' ? code : 'custom', issue.message, paramsOf(rest, Object.keys(rest)));
    }
    return detail(path, issue.code, issue.message, paramsOf(fields, ISSUE_PARAMS));
  });
}

const signInFirst = (c: Context<AppEnv>) => c.json(errorBody('unauthenticated', 'Sign in first'), 401);

/**
 * The zod-openapi hook: one detail per bad field, the shared error shape, nothing handled. A caller
 * without a session learns only that it must sign in (see public-routes.ts).
 */
export function validationHook(result: { success: boolean; error?: ZodError }, c: Context<AppEnv>) {
  if (result.success || !result.error) return;
  if (signInNeeded(c)) return signInFirst(c);
  return c.json(errorBody('validation', 'The request is not valid', zodDetails(result.error)), 400);
}

export function onError(error: Error, c: Context<AppEnv>) {
  if (error instanceof DomainError) {
    if (typeof error.extra.retryAfter === 'number') c.header('Retry-After', String(error.extra.retryAfter));
    return c.json(errorBody(error.code, error.message, error.details, error.extra), STATUS[error.code]);
  }
  if (error instanceof HTTPException) {
    // A body that is not JSON at all is refused by the validator before the hook runs.
    if (error.status === 400 && signInNeeded(c)) return signInFirst(c);
    const status = error.status as ContentfulStatusCode;
    const code = status === 400 ? 'validation' : status === 413 ? 'too_large' : 'http_error';
    return c.json(errorBody(code, error.message || 'Bad request'), status);
  }
  // Logged with its stack once, by the request log line (request-context.ts), which sees it as c.error.
  return c.json(errorBody('internal', 'Something went wrong on our side', [], { requestId: c.get('requestId') }), 500);
}

export function notFoundHandler(c: Context) {
  return c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}`), 404);
}
