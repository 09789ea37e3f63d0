import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AssignmentsResponse, CreateAssignmentsRequest, isOverdue, ProgressGrid, type Assignment } from '../../domain/assignments/schemas.js';
import { isOpen } from '../../domain/campaigns/schemas.js';
import { detail, ruleBroken } from '../../domain/errors.js';
import { toCsv } from '../../domain/export/csv.js';
import { idFromKey, newId } from '../../domain/ids.js';
import { statusOf } from '../../domain/progress/progress.js';
import { listMembers } from '../../store/accounts.js';
import { createAssignment, listAssignments } from '../../store/assignments.js';
import { campaignsReaching } from '../../store/campaigns.js';
import { getDraft, latestSummaries } from '../../store/modules.js';
import { requireUnit } from '../../store/org.js';
import { batchProgress } from '../../store/progress.js';
import { audit } from '../audit.js';
import { authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';
import type { Account } from '../../domain/accounts/schemas.js';
import type { Unit } from '../../domain/org/units.js';

const ClassParams = z.strictObject({ classId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/assignments',
  tags: ['assignments'],
  summary: 'A teacher assigns a published module to one or more of its classes with a due date',
  request: { headers: IdempotencyHeaders, ...jsonBody(CreateAssignmentsRequest) },
  responses: { 201: jsonContent(AssignmentsResponse, 'Assigned'), ...COMMON, 422: ERRORS[422] },
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/assignments',
  tags: ['assignments'],
  summary: 'The assignments of a class',
  request: { params: ClassParams },
  responses: { 200: jsonContent(AssignmentsResponse, 'Assignments'), ...COMMON },
});

const gridRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/progress',
  tags: ['assignments'],
  summary: 'Progress grid of a class: students × modules of its assignments and open campaigns',
  request: { params: ClassParams },
  responses: { 200: jsonContent(ProgressGrid, 'Grid'), ...COMMON },
});

const csvRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/progress.csv',
  tags: ['assignments'],
  summary: 'The progress grid as CSV for Excel (UTF-8 with BOM, formula cells neutralised)',
  request: { params: ClassParams },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...COMMON },
});

async function allStudents(c: Context<AppEnv>, classId: string): Promise<Account[]> {
  const students: Account[] = [];
  let cursor: string | undefined;
  do {
    const page = await listMembers(c.get('deps').db, classId, 'student', cursor);
    students.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return students;
}

async function classForProgress(c: Context<AppEnv>, classId: string): Promise<Unit> {
  const klass = await requireUnit(c.get('deps').db, classId);
  await authorizeOnUnit(c, requireSession(c), 'progress.view', klass);
  return klass;
}

async function buildGrid(c: Context<AppEnv>, klass: Unit): Promise<ProgressGrid> {
  const deps = c.get('deps');
  const [assignments, campaigns, students] = await Promise.all([
    listAssignments(deps.db, klass.id),
    campaignsReaching(deps.db, klass.path),
    allStudents(c, klass.id),
  ]);
  const columns = [
    ...assignments.map((a) => ({ moduleId: a.moduleId, dueDate: a.dueDate, source: 'assignment' as const })),
    ...campaigns
      .filter((x) => isOpen(x, deps.now()))
      .flatMap((x) => x.moduleIds.map((moduleId) => ({ moduleId, dueDate: x.endDate, source: 'campaign' as const }))),
  ];
  const seen = new Set<string>();
  const unique = columns.filter((col) => (seen.has(col.moduleId) ? false : (seen.add(col.moduleId), true)));
  const [summaries, progress] = await Promise.all([
    latestSummaries(
      deps.db,
      unique.map((col) => col.moduleId),
    ),
    batchProgress(
      deps.db,
      students.flatMap((s) => unique.map((col) => ({ studentId: s.id, moduleId: col.moduleId }))),
    ),
  ]);
  return {
    classId: klass.id,
    modules: unique.map((col) => ({ ...col, title: summaries.get(col.moduleId)?.title ?? { zh: col.moduleId, en: col.moduleId } })),
    students: students.map((student) => ({
      id: student.id,
      displayName: student.displayName,
      ...(student.studentNumber ? { studentNumber: student.studentNumber } : {}),
      cells: unique.map((col) => {
        const p = progress.get(`${student.id}|${col.moduleId}`);
        return {
          status: statusOf(p),
          percent: p?.percent ?? 0,
          completedAt: p?.completedAt ?? null,
          overdue: isOverdue(col.dueDate, p?.completedAt ?? null, deps.now()),
        };
      }),
    })),
  };
}

export function assignmentRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createRouteDef, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const draft = await getDraft(deps.db, body.moduleId);
    if (!draft || draft.status !== 'published')
      throw ruleBroken('Only a published, not retired, module can be assigned', [detail('moduleId', 'module_not_published', 'not published')]);
    const classes = await Promise.all(body.classIds.map((id) => requireUnit(deps.db, id)));
    for (const klass of classes) await authorizeOnUnit(c, session, 'assignment.create', klass);
    const key = c.req.valid('header')['idempotency-key'];
    const createdAt = new Date(deps.now()).toISOString();
    const assignments: Assignment[] = classes.map((klass) => ({
      id: key ? idFromKey('asg', session.userId, `${key}|${klass.id}`) : newId('asg'),
      classId: klass.id,
      classPath: klass.path,
      moduleId: body.moduleId,
      dueDate: body.dueDate,
      createdBy: session.userId,
      createdAt,
    }));
    await Promise.all(assignments.map((a) => createAssignment(deps.db, a)));
    return c.json({ assignments }, 201);
  });

  app.openapi(listRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const klass = await requireUnit(deps.db, c.req.valid('param').classId);
    await authorizeOnUnit(c, session, 'progress.view', klass);
    return c.json({ assignments: await listAssignments(deps.db, klass.id) }, 200);
  });

  app.openapi(gridRoute, async (c) => c.json(await buildGrid(c, await classForProgress(c, c.req.valid('param').classId)), 200));

  app.openapi(csvRoute, async (c) => {
    const klass = await classForProgress(c, c.req.valid('param').classId);
    const grid = await buildGrid(c, klass);
    await audit(c, 'progress.csv', { type: 'class', id: klass.id, path: klass.path });
    const header = ['姓名 Name', '学号 Student number', ...grid.modules.map((m) => `${m.title.zh} ${m.title.en}${m.dueDate ? ` (${m.dueDate})` : ''}`)];
    const label = (cell: ProgressGrid['students'][number]['cells'][number]) =>
      cell.status === 'completed'
        ? `已完成 completed ${cell.completedAt?.slice(0, 10) ?? ''}`
        : cell.status === 'in_progress'
          ? `${cell.percent}%${cell.overdue ? ' 逾期 overdue' : ''}`
          : `未开始 not started${cell.overdue ? ' 逾期 overdue' : ''}`;
    const rows = grid.students.map((s) => [s.displayName, s.studentNumber ?? '', ...s.cells.map(label)]);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="progress-${grid.classId}.csv"`);
    return c.body(toCsv([header, ...rows]), 200);
  });
}
