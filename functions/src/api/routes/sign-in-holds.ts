import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { SignInHoldsResponse } from '../../domain/accounts/sign-in-holds.js';
import { allMembers } from '../../store/accounts.js';
import { requireUnit } from '../../store/org.js';
import { usernameHeldSeconds } from '../../store/throttle.js';
import { mapLimited } from '../../services/map-limited.js';
import { authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonContent } from '../openapi.js';

const holdsRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/sign-in-holds',
  tags: ['roster'],
  summary:
    'Students of a class who cannot sign in for now after wrong passwords, with the wait; the teacher unlocks them with POST /api/accounts/{userId}/unlock',
  request: { params: z.strictObject({ classId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(SignInHoldsResponse, 'Held students'), 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] },
});

export function signInHoldRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(holdsRoute, async (c) => {
    const { db, now } = c.get('deps');
    const klass = await requireUnit(db, c.req.valid('param').classId);
    await authorizeOnUnit(c, requireSession(c), 'roster.view', klass);
    const students = await allMembers(db, klass.id, 'student');
    const at = now();
    const held = await mapLimited(students, 8, async (s) => ({
      id: s.id,
      displayName: s.displayName,
      studentNumber: s.studentNumber,
      heldSeconds: await usernameHeldSeconds(db, s.username, at),
    }));
    return c.json({ students: held.filter((s) => s.heldSeconds > 0) }, 200);
  });
}
