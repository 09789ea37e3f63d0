import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Session tokens: compact JWS (RFC 7515) with HMAC-SHA256, the one algorithm this deployment signs
 * with. Written on node:crypto rather than a JWT library because a library's import cost is paid by
 * every cold start (docs/PERFORMANCE.md, P4) and this is the whole of what sessions need. The header
 * is fixed, so a token naming any other algorithm ("none", RS256 with our key as a public key) is
 * refused before its signature is looked at.
 */

export interface SessionClaims {
  sub: string;
  jti: string;
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

export type TokenProblem = 'malformed' | 'algorithm' | 'signature' | 'expired';

export class TokenError extends Error {
  constructor(readonly problem: TokenProblem) {
    super(`session token refused: ${problem}`);
  }
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
const BASE64URL = /^[A-Za-z0-9_-]*$/;

const mac = (key: Uint8Array, signingInput: string) => createHmac('sha256', key).update(signingInput).digest();

export function signSessionToken(claims: SessionClaims, key: Uint8Array): string {
  const signingInput = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${signingInput}.${mac(key, signingInput).toString('base64url')}`;
}

function decodeJson(part: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // falls through to the refusal below
  }
  throw new TokenError('malformed');
}

/**
 * The claims of a token one of `keys` signed that has not expired at `nowMs`, and the key that signed
 * it. A wrong signature with every key is 'signature'; a good one past `exp` is 'expired'.
 */
export function verifySessionToken(token: string, keys: readonly Uint8Array[], nowMs: number): { claims: SessionClaims; key: Uint8Array } {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((part) => part.length > 0 && BASE64URL.test(part))) throw new TokenError('malformed');
  const [header, payload, signature] = parts as [string, string, string];
  const { alg, crit } = decodeJson(header);
  if (alg !== 'HS256' || crit !== undefined) throw new TokenError('algorithm');
  const given = Buffer.from(signature, 'base64url');
  const key = keys.find((candidate) => {
    const expected = mac(candidate, `${header}.${payload}`);
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  if (!key) throw new TokenError('signature');
  const claims = decodeJson(payload);
  if (typeof claims.exp !== 'number' || typeof claims.sub !== 'string') throw new TokenError('malformed');
  if (claims.exp * 1000 <= nowMs) throw new TokenError('expired');
  return { claims: claims as SessionClaims, key };
}
