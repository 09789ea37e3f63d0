import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { AuditCountsQuery, AuditCountsResponse, AuditPageResponse, countMonths } from '../../domain/audit/schemas.js';
import { countAudit, listAudit } from '../../store/audit.js';
import { requireUnit } from '../../store/org.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonContent } from '../openapi.js';

const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const schoolLog = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/audit',
  tags: ['audit'],
  summary: 'The school’s audit log, newest first (the school’s admin only)',
  request: {
    params: z.strictObject({ schoolId: z.string().min(1).max(40) }),
    query: z.strictObject({ cursor: z.string().max(2000).optional() }),
  },
  responses: { 200: jsonContent(AuditPageResponse, 'Entries'), ...COMMON },
});

const unitCounts = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/audit-counts',
  tags: ['audit'],
  summary: 'How often each audited action happened per month in a unit (bureaus of the unit or above; counts only)',
  request: { params: z.strictObject({ unitId: z.string().min(1).max(40) }), query: AuditCountsQuery },
  responses: { 200: jsonContent(AuditCountsResponse, 'Counts'), ...COMMON },
});

export function auditRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(schoolLog, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const school = await requireUnit(deps.db, c.req.valid('param').schoolId);
    authorize(session, 'audit.view', { path: school.path, kind: school.kind });
    const page = await listAudit(deps.db, school.id, c.req.valid('query').cursor, deps.now());
    return c.json({ entries: page.items, cursor: page.cursor }, 200);
  });

  app.openapi(unitCounts, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const unit = await requireUnit(deps.db, c.req.valid('param').unitId);
    authorize(session, 'audit.counts', { path: unit.path, kind: unit.kind });
    const query = c.req.valid('query');
    const months = countMonths(query, deps.now());
    const counts = await countAudit(deps.db, unit, months, query.by === 'child', deps.now());
    return c.json({ unitId: unit.id, ...months, counts }, 200);
  });
}
