import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signSessionToken, TokenError, verifySessionToken, type SessionClaims, type TokenProblem } from './session-token.js';

const key = new TextEncoder().encode('k'.repeat(64));
const other = new TextEncoder().encode('o'.repeat(64));
const NOW = Date.UTC(2026, 11, 5, 8);
const claims: SessionClaims = { sub: 'u1', jti: 'j1', iat: NOW / 1000, exp: NOW / 1000 + 60, role: 'student' };

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const signed = (header: unknown, payload: unknown, with_ = key) => {
  const input = `${b64(header)}.${b64(payload)}`;
  return `${input}.${createHmac('sha256', with_).update(input).digest('base64url')}`;
};

function problemOf(token: string, keys = [key], now = NOW): TokenProblem | 'accepted' {
  try {
    verifySessionToken(token, keys, now);
    return 'accepted';
  } catch (error) {
    if (error instanceof TokenError) return error.problem;
    throw error;
  }
}

describe('session tokens', () => {
  it('verifies what it signed and names the key that signed it', () => {
    const token = signSessionToken(claims, other);
    const { claims: read, key: used } = verifySessionToken(token, [key, other], NOW);
    expect(read).toEqual(claims);
    expect(used).toBe(other);
  });

  it('refuses a token signed with no key of the ring', () => {
    expect(problemOf(signSessionToken(claims, other))).toBe('signature');
  });

  it('refuses a token whose claims were changed after signing', () => {
    const [header, , signature] = signSessionToken(claims, key).split('.');
    expect(problemOf(`${header}.${b64({ ...claims, role: 'bureau' })}.${signature}`)).toBe('signature');
  });

  it('refuses any algorithm but HS256, "none" included, before looking at the signature', () => {
    expect(problemOf(`${b64({ alg: 'none' })}.${b64(claims)}.`)).toBe('malformed');
    expect(problemOf(`${b64({ alg: 'none' })}.${b64(claims)}.AAAA`)).toBe('algorithm');
    expect(problemOf(signed({ alg: 'HS512' }, claims))).toBe('algorithm');
    expect(problemOf(signed({ alg: 'HS256', crit: ['b64'], b64: false }, claims))).toBe('algorithm');
  });

  it('refuses an expired token, at its expiry to the second', () => {
    const token = signSessionToken(claims, key);
    expect(problemOf(token, [key], claims.exp * 1000 - 1)).toBe('accepted');
    expect(problemOf(token, [key], claims.exp * 1000)).toBe('expired');
  });

  it('refuses malformed tokens with a reason rather than a crash', () => {
    for (const token of [
      '',
      'a.b',
      'a.b.c.d',
      '...',
      'ä.b.c',
      `${b64({ alg: 'HS256' })}.!!.x`,
      signed({ alg: 'HS256' }, [1, 2]),
      signed({ alg: 'HS256' }, { sub: 'u1' }),
    ])
      expect(problemOf(token), token).toBe('malformed');
    expect(problemOf(`${Buffer.from('not json').toString('base64url')}.${b64(claims)}.AAAA`)).toBe('malformed');
  });
});
