import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { toUser, User } from '../../domain/accounts/schemas.js';
import { notFound } from '../../domain/errors.js';
import { clearUsername } from '../../store/throttle.js';
import { audit } from '../audit.js';
import { authorizeOnAccount } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { ERRORS, jsonContent } from '../openapi.js';
import { disableAccount } from '../../services/session-check.js';

const AccountParams = z.strictObject({ userId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };
const AccountResponse = z.object({ user: User.extend({ disabled: z.boolean() }) });

const unlockRoute = createRoute({
  method: 'post',
  path: '/api/accounts/{userId}/unlock',
  tags: ['accounts'],
  summary: 'Lift the sign-in delays of an account (after a classmate guessed at it), by whoever may reset its password',
  request: { params: AccountParams },
  responses: { 204: { description: 'Unlocked' }, ...COMMON },
});
const disableRoute = createRoute({
  method: 'post',
  path: '/api/accounts/{userId}/disable',
  tags: ['accounts'],
  summary: 'Stop an account from signing in and end its sessions; repeating it changes nothing',
  request: { params: AccountParams },
  responses: { 200: jsonContent(AccountResponse, 'Disabled'), ...COMMON },
});
const enableRoute = createRoute({
  method: 'post',
  path: '/api/accounts/{userId}/enable',
  tags: ['accounts'],
  summary: 'Let a disabled account sign in again',
  request: { params: AccountParams },
  responses: { 200: jsonContent(AccountResponse, 'Enabled'), ...COMMON },
});

/**
 * Access is managed by the same people who may reset the password (a student's teachers and school
 * admin, a teacher's school admin): a reset gives them the account anyway.
 */
const managedAccount = (c: Context<AppEnv>, userId: string) => authorizeOnAccount(c, 'password.reset', userId);

async function setAccess(c: Context<AppEnv>, userId: string, disabled: boolean) {
  const account = await managedAccount(c, userId);
  if (!(await disableAccount(c.get('deps').db, account.id, disabled))) throw notFound('Account');
  await audit(c, disabled ? 'account.disable' : 'account.enable', { type: 'account', id: account.id, path: account.orgPath });
  return { user: { ...toUser(account), disabled } };
}

export function accountAccessRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(unlockRoute, async (c) => {
    const account = await managedAccount(c, c.req.valid('param').userId);
    await clearUsername(c.get('deps').db, account.username);
    await audit(c, 'account.unlock', { type: 'account', id: account.id, path: account.orgPath });
    return c.body(null, 204);
  });
  app.openapi(disableRoute, async (c) => c.json(await setAccess(c, c.req.valid('param').userId, true), 200));
  app.openapi(enableRoute, async (c) => c.json(await setAccess(c, c.req.valid('param').userId, false), 200));
}
