import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { detail, notFound, ruleBroken } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import { campaignsTaught, LessonResponse, LessonsResponse, TeachLessonRequest, undoProblem, type Lesson } from '../../domain/lessons/lesson.js';
import { LESSON_LIMITS } from '../../domain/lessons/lesson-rules.js';
import { recordedDateProblem, yearOfDate } from '../../domain/school-years/recorded-dates.js';
import { schoolYearOf } from '../../domain/school-years/years.js';
import { getAccount } from '../../store/accounts.js';
import { campaignsReaching } from '../../store/campaigns.js';
import { getLesson, lessonsOfClass, recordLesson, undoLesson } from '../../store/lessons.js';
import { latestPublished } from '../../store/modules.js';
import { requireUnit } from '../../store/org.js';
import { audit } from '../audit.js';
import { authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const ClassParams = z.strictObject({ classId: z.string().min(1).max(40) });
const LessonParams = z.strictObject({ classId: z.string().min(1).max(40), lessonId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };
const TAGS = ['lessons'];

const listRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/lessons',
  tags: TAGS,
  summary: 'Modules taught to the class in class mode in one school year (this one by default), newest first, and its lesson hours',
  request: {
    params: ClassParams,
    query: z.strictObject({
      year: z
        .string()
        .regex(/^\d{4}-\d{4}$/)
        .optional(),
    }),
  },
  responses: { 200: jsonContent(LessonsResponse, 'Lessons'), ...COMMON },
});
const teachRoute = createRoute({
  method: 'post',
  path: '/api/classes/{classId}/lessons',
  tags: TAGS,
  summary:
    'Its teacher marks a published module taught to the whole class: lesson hours for the class, counted once (an Idempotency-Key makes a retry find the same lesson)',
  request: { params: ClassParams, headers: IdempotencyHeaders, ...jsonBody(TeachLessonRequest) },
  responses: { 201: jsonContent(LessonResponse, 'Recorded'), ...COMMON, 422: ERRORS[422] },
});
const undoRoute = createRoute({
  method: 'delete',
  path: '/api/classes/{classId}/lessons/{lessonId}',
  tags: TAGS,
  summary: `Its teacher (or the school admin) takes a lesson back, for ${LESSON_LIMITS.undoDays} days: kept as taken back, no longer counted, audited`,
  request: { params: LessonParams },
  responses: { 200: jsonContent(LessonResponse, 'Taken back'), ...COMMON, 422: ERRORS[422] },
});

async function classFor(c: Context<AppEnv>, classId: string, action: 'lesson.teach' | 'lesson.view') {
  const klass = await requireUnit(c.get('deps').db, classId);
  await authorizeOnUnit(c, requireSession(c), action, klass);
  return klass;
}

export function lessonRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const deps = c.get('deps');
    const klass = await classFor(c, c.req.valid('param').classId, 'lesson.view');
    const lessons = await lessonsOfClass(deps.db, klass.id, c.req.valid('query').year ?? schoolYearOf(deps.now()));
    const hours = lessons.filter((l) => !l.deletedAt).reduce((sum, l) => sum + l.hours, 0);
    return c.json({ lessons, hours }, 200);
  });

  app.openapi(teachRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const klass = await classFor(c, c.req.valid('param').classId, 'lesson.teach');
    const body = c.req.valid('json');
    const problem = recordedDateProblem(body.date, deps.now());
    if (problem) throw problem;
    const module = await latestPublished(deps.db, body.moduleId);
    if (!module) throw ruleBroken('Teach a published module', [detail('moduleId', 'not_published', 'no published module')]);
    const key = c.req.valid('header')['idempotency-key'];
    const lesson: Lesson = {
      id: key ? idFromKey('les', session.userId, key) : newId('les'),
      classId: klass.id,
      classPath: klass.path,
      moduleId: module.id,
      moduleVersion: module.version,
      moduleTitle: module.content.title,
      date: body.date,
      year: yearOfDate(body.date),
      hours: body.hours,
      taughtBy: session.userId,
      taughtByName: (await getAccount(deps.db, session.userId))?.displayName ?? '',
      createdAt: new Date(deps.now()).toISOString(),
      campaignIds: campaignsTaught(await campaignsReaching(deps.db, klass.path), module.id, body.date),
    };
    if ((await recordLesson(deps.db, lesson)) === 'exists') return c.json({ lesson: (await getLesson(deps.db, klass.id, lesson.id))! }, 201);
    return c.json({ lesson }, 201);
  });

  app.openapi(undoRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const { classId, lessonId } = c.req.valid('param');
    const klass = await classFor(c, classId, 'lesson.teach');
    const lesson = await getLesson(deps.db, klass.id, lessonId);
    if (!lesson) throw notFound('Lesson');
    // Taken back already (a repeat): the same answer.
    if (lesson.deletedAt) return c.json({ lesson }, 200);
    const problem = undoProblem(lesson, session, deps.now());
    if (problem) throw problem;
    const at = new Date(deps.now()).toISOString();
    if ((await undoLesson(deps.db, lesson, session.userId, at)) === 'gone') return c.json({ lesson: (await getLesson(deps.db, klass.id, lessonId))! }, 200);
    await audit(c, 'lesson.undo', { type: 'lesson', id: lesson.id, path: klass.path });
    return c.json({ lesson: { ...lesson, deletedAt: at, deletedBy: session.userId } }, 200);
  });
}
