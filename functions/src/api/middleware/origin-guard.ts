import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { errorBody } from './errors.js';

/** The header CloudFront adds to every request it sends to the API origin (infra/lib/web-stack.ts). */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/**
 * Hashing both sides first makes the comparison constant-time in the length too: timingSafeEqual
 * throws on buffers of different lengths, and an early length check would tell an attacker how long
 * the secret is.
 */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Requests whose origin header was verified; keyed by the request object so nothing outlives it. */
const verified = new WeakSet<Request>();

/**
 * True when the origin guard verified this request's CloudFront origin header, i.e. it came through
 * the distribution and the headers CloudFront sets (the viewer address) can be believed. Never true
 * where no secret is configured (local runs: no CloudFront in front).
 */
export function passedOriginGuard(c: Context): boolean {
  return verified.has(c.req.raw);
}

/**
 * Refuses /api/* requests that did not come through CloudFront, so the default execute-api endpoint
 * cannot be used to bypass the web ACL, the edge logs or per-viewer throttling. Register it before
 * any other work (body parsing, session, routes). Without `expected` (local) everything passes and
 * nothing is marked verified.
 */
export function originGuard(expected: string | undefined): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (expected) {
      const given = c.req.header(ORIGIN_VERIFY_HEADER);
      if (given === undefined || !sameSecret(given, expected))
        return c.json(errorBody('forbidden', 'Requests must come through the ClearCampus web address'), 403);
      verified.add(c.req.raw);
    }
    await next();
  };
}
