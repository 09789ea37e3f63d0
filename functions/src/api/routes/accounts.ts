import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../domain/accounts/passwords.js';
import { ChangePasswordRequest, LoginRequest, toUser, UserResponse, type Account } from '../../domain/accounts/schemas.js';
import {
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_USERNAME,
  retryAfterSeconds,
  THROTTLE_WINDOW_MS,
} from '../../domain/accounts/throttle.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { findAccountByUsername, getAccount, setPassword } from '../../store/accounts.js';
import { getUnit } from '../../store/org.js';
import { clearFailures, recentFailures, recordFailure } from '../../store/throttle.js';
import type { AppEnv } from '../env.js';
import { clientAddress } from '../middleware/client-address.js';
import { endSession, issueSession, requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['accounts'],
  summary: 'Sign in; sets the HttpOnly session cookie',
  request: jsonBody(LoginRequest),
  responses: { 200: jsonContent(UserResponse, 'Signed in'), 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 429: ERRORS[429] },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['accounts'],
  summary: 'Sign out; clears the session cookie',
  responses: { 204: { description: 'Signed out' }, 403: ERRORS[403] },
});

const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['accounts'],
  summary: 'Change the signed-in user’s password (also ends the first-sign-in requirement)',
  request: jsonBody(ChangePasswordRequest),
  responses: { 200: jsonContent(UserResponse, 'Changed'), 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 422: ERRORS[422] },
});

const me = createRoute({
  method: 'get',
  path: '/api/me',
  tags: ['accounts'],
  summary: 'The signed-in user',
  responses: { 200: jsonContent(UserResponse, 'The user'), 401: ERRORS[401] },
});

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['operations'],
  summary: 'Liveness',
  responses: { 200: jsonContent(z.object({ status: z.literal('ok') }), 'Up') },
});

function sessionOf(account: Account) {
  return {
    userId: account.id,
    role: account.role,
    orgId: account.orgId,
    orgPath: account.orgPath,
    mustChangePassword: account.mustChangePassword,
  };
}

export function accountRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));

  app.openapi(login, async (c) => {
    const { db, now } = c.get('deps');
    const { username, password } = c.req.valid('json');
    const at = now();
    const subjects = [
      { key: `user:${username}`, limit: MAX_FAILURES_PER_USERNAME },
      { key: `addr:${clientAddress(c)}`, limit: MAX_FAILURES_PER_ADDRESS },
    ];
    const failures = await Promise.all(subjects.map((s) => recentFailures(db, s.key, THROTTLE_WINDOW_MS, at)));
    const wait = Math.max(...subjects.map((s, i) => retryAfterSeconds(failures[i]!, s.limit, at)));
    if (wait > 0)
      throw new DomainError('throttled', 'Too many failed sign-ins; try again later', [], { retryAfter: wait });

    const account = await findAccountByUsername(db, username);
    const ok = await verifyPassword(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) {
      await Promise.all(subjects.map((s, i) => recordFailure(db, s.key, failures[i]!, THROTTLE_WINDOW_MS, at)));
      throw new DomainError('unauthenticated', 'Wrong username or password');
    }
    if (failures[0]!.length > 0) await clearFailures(db, subjects[0]!.key);
    await issueSession(c, sessionOf(account));
    return c.json({ user: toUser(account) }, 200);
  });

  app.openapi(logout, (c) => {
    endSession(c);
    return c.body(null, 204);
  });

  app.openapi(me, async (c) => {
    const session = requireSession(c, { allowPendingPasswordChange: true });
    const { db } = c.get('deps');
    const account = await getAccount(db, session.userId);
    if (!account) throw new DomainError('unauthenticated', 'This account no longer exists');
    const org = await getUnit(db, account.orgId);
    return c.json({ user: toUser(account), org: org ? { id: org.id, name: org.name, path: org.path } : null }, 200);
  });

  app.openapi(changePassword, async (c) => {
    const session = requireSession(c, { allowPendingPasswordChange: true });
    const { db } = c.get('deps');
    const { currentPassword, newPassword } = c.req.valid('json');
    const account = await getAccount(db, session.userId);
    if (!account) throw notFound('Account');
    if (!(await verifyPassword(currentPassword, account.passwordHash)))
      throw new DomainError('rule_broken', 'The current password is wrong', [{ path: 'currentPassword', message: 'wrong password' }]);
    if (newPassword === currentPassword)
      throw new DomainError('rule_broken', 'Choose a password different from the current one', [{ path: 'newPassword', message: 'same as current' }]);
    await setPassword(db, account.id, await hashPassword(newPassword), false);
    const updated = { ...account, mustChangePassword: false };
    await issueSession(c, sessionOf(updated));
    return c.json({ user: toUser(updated) }, 200);
  });
}
