import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { isRole } from '../../domain/accounts/role-rules.js';
import type { Session } from '../../domain/accounts/schemas.js';
import { SESSION_SECONDS, signingKey, verificationKeys } from '../../domain/accounts/session-keys.js';
import { signSessionToken, verifySessionToken, type SessionClaims } from '../../domain/accounts/session-token.js';
import { DomainError } from '../../domain/errors.js';
import type { Deps } from '../../services/deps.js';
import type { AppEnv } from '../env.js';
import { sessionStillStands } from '../../services/session-check.js';

export const SESSION_COOKIE = 'cc_session';

export async function issueSession(c: Context<AppEnv>, session: Omit<Session, 'sessionId'>): Promise<void> {
  const deps = c.get('deps');
  const issuedAt = Math.floor(deps.now() / 1000);
  const token = signSessionToken(
    {
      sub: session.userId,
      jti: randomUUID(),
      iat: issuedAt,
      exp: issuedAt + SESSION_SECONDS,
      role: session.role,
      org: session.orgId,
      path: session.orgPath,
      mcp: session.mustChangePassword,
      sv: session.sessionVersion,
      ...(session.graduated ? { grd: true } : {}),
    },
    signingKey(await deps.keys.session(), deps.now()),
  );
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: deps.secureCookies,
    path: '/',
    maxAge: SESSION_SECONDS,
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: c.get('deps').secureCookies });
}

/**
 * Tokens this instance has verified, until they expire: a student saving answers sends the same token
 * every few seconds, and checking its signature each time was a tenth of the save path's CPU. Keyed by
 * the whole token, so only the very string that verified is spared, and only while the key that
 * verified it is still a session key (a key dropped after a leak ends its tokens at once); revocation
 * is checked on every request regardless (services/session-check.ts).
 */
const verified = new Map<string, { claims: SessionClaims; key: Uint8Array }>();
const MAX_VERIFIED = 10_000;

function remember(token: string, entry: { claims: SessionClaims; key: Uint8Array }): void {
  verified.set(token, entry);
  if (verified.size > MAX_VERIFIED) verified.delete(verified.keys().next().value!);
}

/**
 * The token's claims if one of the session keys signed it (the previous one too: tokens signed before
 * a rotation stay valid for their lifetime). An expired token throws.
 */
function verifiedClaims(deps: Deps, keys: readonly Uint8Array[], token: string): SessionClaims {
  const known = verified.get(token);
  if (known && known.claims.exp * 1000 > deps.now() && keys.some((key) => key.length === known.key.length && timingSafeEqual(key, known.key)))
    return known.claims;
  const entry = verifySessionToken(token, keys, deps.now());
  remember(token, entry);
  return entry.claims;
}

/**
 * Reads the session cookie when present. An invalid or expired token is the same as none, and so is a
 * valid one that was revoked: signed out, password changed or reset, account disabled or deleted.
 */
export function readSession(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const deps = c.get('deps');
      let session: Session | null = null;
      try {
        const claims = verifiedClaims(deps, verificationKeys(await deps.keys.session()), token);
        const role = claims.role;
        if (isRole(role) && typeof claims.sub === 'string' && typeof claims.org === 'string' && typeof claims.path === 'string')
          session = {
            userId: claims.sub,
            role,
            orgId: claims.org,
            orgPath: claims.path,
            mustChangePassword: claims.mcp === true,
            sessionVersion: typeof claims.sv === 'number' ? claims.sv : 0,
            ...(typeof claims.jti === 'string' ? { sessionId: claims.jti } : {}),
            ...(claims.grd === true ? { graduated: true } : {}),
          };
      } catch {
        // An expired or forged token: treated as signed out.
      }
      if (session && (await sessionStillStands(deps, session))) c.set('session', session);
    }
    await next();
  };
}

/**
 * The signed-in session, or 401. Staff who still hold an initial password may only change it
 * (and read /api/me, sign out) until they do.
 */
export function requireSession(c: Context<AppEnv>, options: { allowPendingPasswordChange?: boolean } = {}): Session {
  const session = c.get('session');
  if (!session) throw new DomainError('unauthenticated', 'Sign in first');
  if (session.mustChangePassword && !options.allowPendingPasswordChange)
    throw new DomainError('forbidden', 'Change your initial password first', [], { reason: 'password_change_required' });
  return session;
}

/**
 * A graduate signs in to read (certificates, their own history) until their data is removed
 * (docs/SCHOOL_YEAR.md): only their own sign-in (/api/auth/*: sign out, a new password) changes;
 * every other write is refused here, in one place, rather than route by route.
 */
export function readOnlyForGraduates(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = c.get('session');
    if (session?.graduated && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && !c.req.path.startsWith('/api/auth/'))
      throw new DomainError('forbidden', 'You have graduated: your account shows what you did, and changes nothing', [], { reason: 'graduated' });
    await next();
  };
}
