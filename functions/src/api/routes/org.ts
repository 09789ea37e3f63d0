import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newStaffAccount } from '../../domain/accounts/passwords.js';
import { OneTimePasswordResponse, toUser, User } from '../../domain/accounts/schemas.js';
import { detail, DomainError, ruleBroken } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import {
  CreateClassRequest,
  CreateStaffRequest,
  RegisterSchoolRequest,
  TeachingResponse,
  UnitResponse,
  UnitView,
  UsersResponse,
} from '../../domain/org/schemas.js';
import { gradesOfStage } from '../../domain/org/stages.js';
import { childPath, type Unit } from '../../domain/org/units.js';
import { createAccount, getAccount, getAccounts, listMembers } from '../../store/accounts.js';
import { counterTarget, readCounters } from '../../store/counters.js';
import {
  assignTeacher,
  createUnit,
  getUnit,
  getUnitsOnPath,
  listChildren,
  listTeachersOfClass,
  listTeachingOf,
  registerSchool,
  requireUnit,
  unassignTeacher,
} from '../../store/org.js';
import { authorize, authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { schoolYearOf } from '../../domain/school-years/years.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const UnitParams = z.strictObject({ unitId: z.string().min(1).max(40) });
const SchoolParams = z.strictObject({ schoolId: z.string().min(1).max(40) });
const CursorQuery = z.strictObject({ cursor: z.string().max(2000).optional() });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const viewUnit = createRoute({
  method: 'get',
  path: '/api/units/{unitId}',
  tags: ['org'],
  summary: 'A unit of the hierarchy with its ancestors, its children (paginated) and enrolled students',
  request: { params: UnitParams, query: CursorQuery },
  responses: { 200: jsonContent(UnitView, 'The unit'), ...COMMON },
});

const registerSchoolRoute = createRoute({
  method: 'post',
  path: '/api/units/{unitId}/schools',
  tags: ['org'],
  summary: 'A bureau registers a school in a county of its scope',
  request: { params: UnitParams, headers: IdempotencyHeaders, ...jsonBody(RegisterSchoolRequest) },
  responses: {
    201: jsonContent(UnitResponse, 'Registered'),
    200: jsonContent(UnitResponse, 'Already registered by this request'),
    ...COMMON,
    409: ERRORS[409],
  },
});

const createClass = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/classes',
  tags: ['org'],
  summary: 'A school admin creates a class',
  request: { params: SchoolParams, headers: IdempotencyHeaders, ...jsonBody(CreateClassRequest) },
  responses: { 201: jsonContent(UnitResponse, 'Created'), 200: jsonContent(UnitResponse, 'Already created by this request'), ...COMMON, 422: ERRORS[422] },
});

const listTeachers = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/teachers',
  tags: ['org'],
  summary: 'Teacher accounts of a school',
  request: { params: SchoolParams, query: CursorQuery },
  responses: { 200: jsonContent(UsersResponse, 'Teachers'), ...COMMON },
});

const createTeacher = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/teachers',
  tags: ['org'],
  summary: 'A school admin creates a teacher account; the one-time password is shown once',
  request: { params: SchoolParams, ...jsonBody(CreateStaffRequest) },
  responses: { 201: jsonContent(OneTimePasswordResponse, 'Created'), ...COMMON, 409: ERRORS[409] },
});

const ClassTeacherParams = z.strictObject({ classId: z.string().min(1).max(40), teacherId: z.string().min(1).max(40) });

const assign = createRoute({
  method: 'put',
  path: '/api/classes/{classId}/teachers/{teacherId}',
  tags: ['org'],
  summary: 'A school admin assigns a teacher of the school to a class (idempotent)',
  request: { params: ClassTeacherParams },
  responses: { 200: jsonContent(z.object({ classId: z.string(), teacherId: z.string() }), 'Assigned'), ...COMMON, 422: ERRORS[422] },
});

const unassign = createRoute({
  method: 'delete',
  path: '/api/classes/{classId}/teachers/{teacherId}',
  tags: ['org'],
  summary: 'A school admin takes a teacher off a class; what the teacher assigned stays with the class (idempotent)',
  request: { params: ClassTeacherParams },
  responses: { 200: jsonContent(z.object({ classId: z.string(), teacherId: z.string(), removed: z.boolean() }), 'Taken off'), ...COMMON },
});

const classTeachers = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/teachers',
  tags: ['org'],
  summary: 'The teachers of a class, for its school admin',
  request: { params: z.strictObject({ classId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(z.object({ teachers: z.array(User) }), 'Teachers'), ...COMMON },
});

const myClasses = createRoute({
  method: 'get',
  path: '/api/me/classes',
  tags: ['org'],
  summary: 'The classes the signed-in teacher teaches',
  responses: { 200: jsonContent(TeachingResponse, 'Classes'), 401: ERRORS[401], 403: ERRORS[403] },
});

/** A class and its school, once the signed-in user is found to manage the school's teachers. */
async function classForItsSchoolAdmin(c: Context<AppEnv>, classId: string): Promise<{ klass: Unit; school: Unit }> {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const klass = await requireUnit(db, classId);
  if (klass.kind !== 'class' || !klass.parentId) throw ruleBroken('Not a class');
  const school = await requireUnit(db, klass.parentId);
  authorize(session, 'teacher.assign', { path: school.path, kind: school.kind });
  return { klass, school };
}

export function orgRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(viewUnit, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const unit = await requireUnit(db, c.req.valid('param').unitId);
    await authorizeOnUnit(c, session, 'unit.view', unit);
    const [ancestors, children, counters] = await Promise.all([
      getUnitsOnPath(db, unit.path),
      unit.kind === 'class' ? Promise.resolve({ items: [], cursor: null }) : listChildren(db, unit.id, c.req.valid('query').cursor),
      readCounters(db, counterTarget(unit), 'all'),
    ]);
    const childCounters = await Promise.all(children.items.map((child) => readCounters(db, counterTarget(child), 'all')));
    return c.json(
      {
        unit,
        ancestors: ancestors.filter((a) => a.id !== unit.id),
        children: children.items.map((child, i) => ({ ...child, enrolled: childCounters[i]!.enrolled ?? 0 })),
        cursor: children.cursor,
        enrolled: counters.enrolled ?? 0,
      },
      200,
    );
  });

  app.openapi(registerSchoolRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const county = await requireUnit(db, c.req.valid('param').unitId);
    authorize(session, 'school.register', { path: county.path, kind: county.kind });
    const body = c.req.valid('json');
    const key = c.req.valid('header')['idempotency-key'];
    const id = key ? idFromKey('sch', session.userId, key) : newId('sch');
    const school: Unit = {
      id,
      kind: 'school',
      name: { zh: body.name, en: body.nameEn ?? body.name },
      parentId: county.id,
      path: childPath(county.path, id),
      stage: body.stage,
      year: schoolYearOf(c.get('deps').now()),
    };
    const created = await createOnce(
      school,
      () => registerSchool(db, school, c.get('deps').now()),
      () => getUnit(db, id),
    );
    return c.json({ unit: created.unit }, created.status);
  });

  app.openapi(createClass, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const school = await requireUnit(db, c.req.valid('param').schoolId);
    authorize(session, 'class.create', { path: school.path, kind: school.kind });
    const body = c.req.valid('json');
    if (school.stage && !gradesOfStage(school.stage).includes(body.grade))
      throw ruleBroken(`Grade ${body.grade} is not taught at this school`, [
        detail('grade', 'grade_not_taught', 'outside the school’s stage', { grade: body.grade }),
      ]);
    const key = c.req.valid('header')['idempotency-key'];
    const id = key ? idFromKey('cls', session.userId, key) : newId('cls');
    const klass: Unit = {
      id,
      kind: 'class',
      name: { zh: body.name, en: body.name },
      parentId: school.id,
      path: childPath(school.path, id),
      grade: body.grade,
      year: school.year ?? schoolYearOf(c.get('deps').now()),
    };
    const created = await createOnce(
      klass,
      () => createUnit(db, klass),
      () => getUnit(db, id),
    );
    return c.json({ unit: created.unit }, created.status);
  });

  app.openapi(listTeachers, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const school = await requireUnit(db, c.req.valid('param').schoolId);
    authorize(session, 'staff.list', { path: school.path, kind: school.kind });
    const page = await listMembers(db, school.id, 'teacher', c.req.valid('query').cursor);
    return c.json({ users: page.items.map(toUser), cursor: page.cursor }, 200);
  });

  app.openapi(createTeacher, async (c) => {
    const session = requireSession(c);
    const { db, now } = c.get('deps');
    const school = await requireUnit(db, c.req.valid('param').schoolId);
    authorize(session, 'staff.create', { path: school.path, kind: school.kind });
    const { account, oneTimePassword } = await newStaffAccount('teacher', c.req.valid('json'), school, new Date(now()).toISOString());
    await createAccount(db, account);
    return c.json({ user: toUser(account), oneTimePassword }, 201);
  });

  app.openapi(assign, async (c) => {
    const { db } = c.get('deps');
    const { classId, teacherId } = c.req.valid('param');
    const { klass, school } = await classForItsSchoolAdmin(c, classId);
    const teacher = await getAccount(db, teacherId);
    if (!teacher || teacher.role !== 'teacher' || teacher.orgId !== school.id)
      throw ruleBroken('The teacher must be a teacher of this school', [detail('teacherId', 'not_school_teacher', 'not a teacher of this school')]);
    await assignTeacher(db, klass, teacher.id);
    return c.json({ classId, teacherId }, 200);
  });

  app.openapi(unassign, async (c) => {
    const { classId, teacherId } = c.req.valid('param');
    await classForItsSchoolAdmin(c, classId);
    const removed = (await unassignTeacher(c.get('deps').db, classId, teacherId)) === 'removed';
    return c.json({ classId, teacherId, removed }, 200);
  });

  app.openapi(classTeachers, async (c) => {
    const { db } = c.get('deps');
    const { classId } = c.req.valid('param');
    await classForItsSchoolAdmin(c, classId);
    const teachers = (await getAccounts(db, await listTeachersOfClass(db, classId))).map(toUser);
    return c.json({ teachers: teachers.sort((a, b) => a.displayName.localeCompare(b.displayName, 'zh-CN')) }, 200);
  });

  app.openapi(myClasses, async (c) => {
    const session = requireSession(c);
    if (session.role !== 'teacher') return c.json({ classes: [] }, 200);
    const teaching = await listTeachingOf(c.get('deps').db, session.userId);
    return c.json({ classes: teaching.map(({ classId, className, classPath, grade }) => ({ classId, className, classPath, grade })) }, 200);
  });
}

/** Create, or on a retried Idempotency-Key find what the first request created. */
async function createOnce(unit: Unit, create: () => Promise<void>, existing: () => Promise<Unit | null>): Promise<{ unit: Unit; status: 200 | 201 }> {
  try {
    await create();
    return { unit, status: 201 };
  } catch (error) {
    const found = error instanceof DomainError && error.code === 'conflict' ? await existing() : null;
    if (found) return { unit: found, status: 200 };
    throw error;
  }
}
