import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { promotionProblem, PromotionRequest, PromotionResponse } from '../../domain/school-years/promotion.js';
import { SchoolId } from '../../domain/transfers/transfer.js';
import { requireUnit } from '../../store/org.js';
import { promoteSchool, promotionOfSchool } from '../../services/promotion.js';
import { audit } from '../audit.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';

const SchoolParams = z.strictObject({ schoolId: SchoolId });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const previewRoute = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/promotion',
  tags: ['school years'],
  summary:
    'The preview of the school’s promotion (升级) into the next school year: each class’s next name and grade, the graduating classes; or where a run stands',
  request: { params: SchoolParams },
  responses: { 200: jsonContent(PromotionResponse, 'Preview'), ...COMMON },
});
const promoteRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/promotion',
  tags: ['school years'],
  summary:
    'Promotes the school as previewed: classes move up a grade, the final grade graduates. Repeating it finishes a run that stopped and changes nothing done',
  request: { params: SchoolParams, ...jsonBody(PromotionRequest) },
  responses: { 200: jsonContent(PromotionResponse, 'Promoted'), ...COMMON, 422: ERRORS[422] },
});

async function promotingSchool(c: Context<AppEnv>, schoolId: string) {
  const school = await requireUnit(c.get('deps').db, schoolId);
  authorize(requireSession(c), 'school.promote', { path: school.path, kind: school.kind });
  return school;
}

export function promotionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(previewRoute, async (c) => {
    const school = await promotingSchool(c, c.req.valid('param').schoolId);
    return c.json({ promotion: await promotionOfSchool(c.get('deps'), school) }, 200);
  });

  app.openapi(promoteRoute, async (c) => {
    const deps = c.get('deps');
    const school = await promotingSchool(c, c.req.valid('param').schoolId);
    const { fromYear } = c.req.valid('json');
    const current = await promotionOfSchool(deps, school);
    // A repeat after the run finished: the same answer.
    if (current.status === 'done' && current.fromYear === fromYear) return c.json({ promotion: current }, 200);
    const problem = promotionProblem(current, fromYear, deps.now());
    if (problem) throw problem;
    const promotion = await promoteSchool(deps, school, fromYear);
    await audit(c, 'school.promote', { type: 'school', id: school.id, path: school.path });
    return c.json({ promotion }, 200);
  });
}
