import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { dummyHashFor, hashPassword, verifyPassword } from '../../domain/accounts/passwords.js';
import { passwordProblem } from '../../domain/accounts/password-policy.js';
import { ChangePasswordRequest, LoginRequest, toUser, UserResponse, type Account } from '../../domain/accounts/schemas.js';
import { detail, DomainError, notFound } from '../../domain/errors.js';
import { METRICS } from '../../domain/operations/metrics.js';
import { assertMaySignIn } from '../../services/consent.js';
import { hashSlot } from '../../services/hash-gate.js';
import { passwordCheckSucceeded, reservePasswordCheck } from '../../services/sign-in-guard.js';
import { countMetric } from '../../services/telemetry.js';
import { findAccountByUsername, getAccount, setPassword } from '../../store/accounts.js';
import { getUnit } from '../../store/org.js';
import type { AppEnv } from '../env.js';
import { clientAddress } from '../middleware/client-address.js';
import { clearSessionCookie, issueSession, requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import { sessionsChanged, signOutEverywhere, signOutSession } from '../../services/session-check.js';

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['accounts'],
  summary: 'Sign in; sets the HttpOnly session cookie. Throttled per account and address before any password is checked',
  request: jsonBody(LoginRequest),
  responses: { 200: jsonContent(UserResponse, 'Signed in'), 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 429: ERRORS[429], 503: ERRORS[503] },
});

const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['accounts'],
  summary: 'Sign out; ends this session (the token stops working, not only the cookie)',
  responses: { 204: { description: 'Signed out' }, 403: ERRORS[403] },
});

const logoutEverywhere = createRoute({
  method: 'post',
  path: '/api/auth/logout-everywhere',
  tags: ['accounts'],
  summary: 'Sign out on every device: ends every session of the signed-in user',
  responses: { 204: { description: 'Signed out everywhere' }, 401: ERRORS[401], 403: ERRORS[403] },
});

const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['accounts'],
  summary: 'Change the signed-in user’s password (ends every other session; also ends the first-sign-in requirement). Throttled like sign-in',
  request: jsonBody(ChangePasswordRequest),
  responses: {
    200: jsonContent(UserResponse, 'Changed'),
    400: ERRORS[400],
    401: ERRORS[401],
    403: ERRORS[403],
    422: ERRORS[422],
    429: ERRORS[429],
    503: ERRORS[503],
  },
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
    sessionVersion: account.sessionVersion ?? 0,
    ...(account.graduatedYear ? { graduated: true } : {}),
  };
}

/**
 * Checks a password under the sign-in throttle: the attempt is counted before the hash runs, and the
 * hash waits for a slot of the process's bounded pool.
 */
async function checkPassword(c: Context<AppEnv>, username: string, password: string, stored: string | undefined): Promise<boolean> {
  const { db, now } = c.get('deps');
  const attempt = await reservePasswordCheck(db, username, clientAddress(c), now()).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'throttled') countMetric(METRICS.signInThrottled);
    throw error;
  });
  const ok = await hashSlot(() => verifyPassword(password, stored ?? dummyHashFor(username)));
  if (ok && stored) await passwordCheckSucceeded(db, attempt);
  return ok && !!stored;
}

export function accountRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(health, (c) => c.json({ status: 'ok' as const }, 200));

  app.openapi(login, async (c) => {
    const { db } = c.get('deps');
    const { username, password } = c.req.valid('json');
    const account = await findAccountByUsername(db, username);
    if (!(await checkPassword(c, username, password, account?.passwordHash)) || !account)
      throw new DomainError('unauthenticated', 'Wrong username or password');
    if (account.disabled) throw new DomainError('forbidden', 'This account is disabled; ask your teacher or school', [], { reason: 'account_disabled' });
    await assertMaySignIn(db, account);
    await issueSession(c, sessionOf(account));
    return c.json({ user: toUser(account) }, 200);
  });

  app.openapi(logout, async (c) => {
    const session = c.get('session');
    if (session) await signOutSession(c.get('deps').db, session);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  app.openapi(logoutEverywhere, async (c) => {
    const session = requireSession(c, { allowPendingPasswordChange: true });
    await signOutEverywhere(c.get('deps').db, session.userId);
    clearSessionCookie(c);
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
    if (!(await checkPassword(c, account.username, currentPassword, account.passwordHash)))
      throw new DomainError('rule_broken', 'The current password is wrong', [detail('currentPassword', 'wrong_password', 'wrong password')]);
    if (newPassword === currentPassword)
      throw new DomainError('rule_broken', 'Choose a password different from the current one', [detail('newPassword', 'same_password', 'same as current')]);
    const problem = passwordProblem(newPassword, account.username);
    if (problem)
      throw new DomainError('rule_broken', `This password is too easy to guess: ${problem}`, [detail('newPassword', 'weak_password', problem)], {
        reason: 'weak_password',
      });
    const sessionVersion = await setPassword(db, account.id, await hashSlot(() => hashPassword(newPassword)), false);
    sessionsChanged(db, account.id);
    const updated = { ...account, mustChangePassword: false, sessionVersion };
    await issueSession(c, sessionOf(updated));
    return c.json({ user: toUser(updated) }, 200);
  });
}
