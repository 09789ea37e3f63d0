import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { notFound } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import { periodProblem, RequirementResponse, RequirementsResponse, SetRequirementRequest, type Requirement } from '../../domain/requirements/requirement.js';
import { schoolYearOf } from '../../domain/school-years/years.js';
import { dateStart } from '../../domain/time/window-rules.js';
import { requireUnit } from '../../store/org.js';
import { getRequirement, requirementsReaching, setRequirement, withdrawRequirement } from '../../store/requirements.js';
import { authorize, authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const Id = z.string().min(1).max(40);
const UnitParams = z.strictObject({ unitId: Id });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };
const TAGS = ['requirements'];

const setRoute = createRoute({
  method: 'post',
  path: '/api/units/{unitId}/requirements',
  tags: TAGS,
  summary:
    'A bureau sets a requirement for its unit for a period of whole months: activities per school, lesson hours per class; it reaches every school below',
  request: { params: UnitParams, headers: IdempotencyHeaders, ...jsonBody(SetRequirementRequest) },
  responses: { 201: jsonContent(RequirementResponse, 'Set'), ...COMMON, 422: ERRORS[422] },
});
const listRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/requirements',
  tags: TAGS,
  summary: 'The requirements that reach a unit: set at it or at a unit above, newest first',
  request: { params: UnitParams },
  responses: { 200: jsonContent(RequirementsResponse, 'Requirements'), ...COMMON },
});
const withdrawRoute = createRoute({
  method: 'delete',
  path: '/api/units/{unitId}/requirements/{requirementId}',
  tags: TAGS,
  summary: 'The bureau that set a requirement withdraws it',
  request: { params: z.strictObject({ unitId: Id, requirementId: Id }) },
  responses: { 200: jsonContent(RequirementResponse, 'Withdrawn'), ...COMMON },
});
export function requirementRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(setRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const unit = await requireUnit(deps.db, c.req.valid('param').unitId);
    authorize(session, 'requirement.set', { path: unit.path, kind: unit.kind });
    const body = c.req.valid('json');
    const problem = periodProblem(body.from, body.to);
    if (problem) throw problem;
    const key = c.req.valid('header')['idempotency-key'];
    const requirement: Requirement = {
      id: key ? idFromKey('req', session.userId, key) : newId('req'),
      unitId: unit.id,
      unitPath: unit.path,
      unitName: unit.name,
      title: { zh: body.title.zh, en: body.title.en },
      from: body.from,
      to: body.to,
      year: schoolYearOf(dateStart(`${body.from}-01`)),
      minActivities: body.minActivities,
      ...(body.activityKind ? { activityKind: body.activityKind } : {}),
      minLessonHours: body.minLessonHours,
      createdBy: session.userId,
      createdAt: new Date(deps.now()).toISOString(),
    };
    if ((await setRequirement(deps.db, requirement)) === 'exists') return c.json({ requirement: (await getRequirement(deps.db, requirement.id))! }, 201);
    return c.json({ requirement }, 201);
  });

  app.openapi(listRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const unit = await requireUnit(deps.db, c.req.valid('param').unitId);
    await authorizeOnUnit(c, session, 'unit.view', unit);
    return c.json({ requirements: await requirementsReaching(deps.db, unit.path) }, 200);
  });

  app.openapi(withdrawRoute, async (c) => {
    const deps = c.get('deps');
    const { unitId, requirementId } = c.req.valid('param');
    const unit = await requireUnit(deps.db, unitId);
    authorize(requireSession(c), 'requirement.set', { path: unit.path, kind: unit.kind });
    const requirement = await getRequirement(deps.db, requirementId);
    if (!requirement || requirement.unitId !== unit.id) throw notFound('Requirement');
    const at = requirement.withdrawnAt ?? new Date(deps.now()).toISOString();
    await withdrawRequirement(deps.db, requirement, at);
    return c.json({ requirement: { ...requirement, withdrawnAt: at } }, 200);
  });
}
