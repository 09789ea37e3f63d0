import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { detail, notFound, ruleBroken } from '../../domain/errors.js';
import { isWithin } from '../../domain/org/units.js';
import { RequirementCoverageResponse, type Requirement } from '../../domain/requirements/requirement.js';
import { requirementCoverage } from '../../services/requirement-coverage.js';
import { requireUnit } from '../../store/org.js';
import { getRequirement } from '../../store/requirements.js';
import { authorize, authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonContent } from '../openapi.js';

/** How a unit stands against a requirement: the coverage group's part (read-only, aggregates only). */
const Id = z.string().min(1).max(40);
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const coverageRoute = createRoute({
  method: 'get',
  path: '/api/coverage/requirements/{requirementId}',
  tags: ['coverage'],
  summary:
    'How a unit at or below a requirement’s unit stands: schools meeting it, activities by kind, participants, lesson hours and classes meeting theirs, per child unit, with the schools not meeting it; for a school, its classes (from counters, no names)',
  request: { params: z.strictObject({ requirementId: Id }), query: z.strictObject({ unit: Id.optional() }) },
  responses: { 200: jsonContent(RequirementCoverageResponse, 'Coverage'), ...COMMON, 422: ERRORS[422] },
});

async function requirementFor(c: Context<AppEnv>, requirementId: string): Promise<Requirement> {
  const requirement = await getRequirement(c.get('deps').db, requirementId);
  if (!requirement || requirement.withdrawnAt) throw notFound('Requirement');
  authorize(requireSession(c), 'requirement.view', { path: requirement.unitPath, kind: 'campaign' });
  return requirement;
}

export function requirementCoverageRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(coverageRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const requirement = await requirementFor(c, c.req.valid('param').requirementId);
    const unit = await requireUnit(deps.db, c.req.valid('query').unit ?? requirement.unitId);
    await authorizeOnUnit(c, session, 'coverage.view', unit);
    if (!isWithin(unit.path, requirement.unitPath) || unit.kind === 'class')
      throw ruleBroken('Pick the requirement’s unit or a unit below it, down to a school', [
        detail('unit', 'unit_outside_requirement', 'outside the requirement'),
      ]);
    return c.json(await requirementCoverage(deps.db, requirement, unit), 200);
  });
}
