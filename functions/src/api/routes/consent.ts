import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ConsentResponse, RecordConsentRequest, SchoolSettings, SchoolSettingsResponse } from '../../domain/consent/consent.js';
import type { Unit } from '../../domain/org/units.js';
import { getAccount } from '../../store/accounts.js';
import { getSchoolSettings, recordConsent, setConsentRequired, withdrawConsent } from '../../store/consent.js';
import { requireUnit } from '../../store/org.js';
import { auditRecord } from '../audit.js';
import { authorize, authorizeOnAccount } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import { signOutEverywhere } from '../../services/session-check.js';
import { mayNotSignIn } from '../../services/consent.js';

const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };
const UserParams = z.strictObject({ userId: z.string().min(1).max(40) });
const SchoolParams = z.strictObject({ schoolId: z.string().min(1).max(40) });

const record = createRoute({
  method: 'post',
  path: '/api/accounts/{userId}/consent',
  tags: ['consent'],
  summary: 'Record a guardian’s consent for a student (the class’s teachers, the school admin); a repeat changes nothing',
  request: { params: UserParams, ...jsonBody(RecordConsentRequest) },
  responses: { 200: jsonContent(ConsentResponse, 'Recorded, or already recorded'), ...COMMON },
});

const withdraw = createRoute({
  method: 'delete',
  path: '/api/accounts/{userId}/consent',
  tags: ['consent'],
  summary: 'Withdraw a student’s recorded guardian consent; a repeat changes nothing',
  request: { params: UserParams },
  responses: { 200: jsonContent(ConsentResponse, 'Withdrawn, or none was recorded'), ...COMMON },
});

const readSettings = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/settings',
  tags: ['consent'],
  summary: 'The school’s settings (its admin only)',
  request: { params: SchoolParams },
  responses: { 200: jsonContent(SchoolSettingsResponse, 'Settings'), ...COMMON },
});

const writeSettings = createRoute({
  method: 'put',
  path: '/api/schools/{schoolId}/settings',
  tags: ['consent'],
  summary: 'Change the school’s settings, e.g. whether students who may be under 14 need guardian consent to sign in (its admin only)',
  request: { params: SchoolParams, ...jsonBody(SchoolSettings) },
  responses: { 200: jsonContent(SchoolSettingsResponse, 'Settings'), ...COMMON },
});

const studentFor = (c: Context<AppEnv>, userId: string) => authorizeOnAccount(c, 'consent.manage', userId);

async function schoolFor(c: Context<AppEnv>, schoolId: string): Promise<Unit> {
  const school = await requireUnit(c.get('deps').db, schoolId);
  authorize(requireSession(c), 'school.settings', { path: school.path, kind: school.kind });
  return school;
}

export function consentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(record, async (c) => {
    const deps = c.get('deps');
    const student = await studentFor(c, c.req.valid('param').userId);
    const { method, note } = c.req.valid('json');
    const consent = { recordedBy: requireSession(c).userId, recordedAt: new Date(deps.now()).toISOString(), method, ...(note ? { note } : {}) };
    const target = { type: 'account' as const, id: student.id, path: student.orgPath };
    const changed = await recordConsent(deps.db, student.id, consent, auditRecord(c, 'consent.record', target), deps.now());
    const current = changed ? consent : ((await getAccount(deps.db, student.id))?.guardianConsent ?? null);
    return c.json({ userId: student.id, guardianConsent: current, changed }, 200);
  });

  app.openapi(withdraw, async (c) => {
    const deps = c.get('deps');
    const student = await studentFor(c, c.req.valid('param').userId);
    const target = { type: 'account' as const, id: student.id, path: student.orgPath };
    const changed = await withdrawConsent(deps.db, student.id, auditRecord(c, 'consent.withdraw', target), deps.now());
    // Consent withdrawn where it is required: the student's open sessions end with it, not hours later.
    const withdrawn = { ...student, guardianConsent: undefined };
    if (changed && (await mayNotSignIn(deps.db, withdrawn))) await signOutEverywhere(deps.db, student.id);
    return c.json({ userId: student.id, guardianConsent: null, changed }, 200);
  });

  app.openapi(readSettings, async (c) => {
    const school = await schoolFor(c, c.req.valid('param').schoolId);
    return c.json({ schoolId: school.id, settings: await getSchoolSettings(c.get('deps').db, school.id) }, 200);
  });

  app.openapi(writeSettings, async (c) => {
    const deps = c.get('deps');
    const school = await schoolFor(c, c.req.valid('param').schoolId);
    const { consentRequired } = c.req.valid('json');
    const target = { type: 'school' as const, id: school.id, path: school.path };
    const changed = await setConsentRequired(deps.db, school.id, consentRequired, auditRecord(c, 'school.consent-setting', target), deps.now());
    return c.json({ schoolId: school.id, settings: { consentRequired }, changed }, 200);
  });
}
