import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { drawCapacity } from '../../domain/attempts/attempt.js';
import { boardRow, BoardResponse, ClassGain, ClassResults, itemAnalysis, learningGain, UnitGain, unitGain } from '../../domain/quizzes/analysis.js';
import { CreateQuizRequest, QuizResponse, QuizzesResponse, type Quiz } from '../../domain/quizzes/quiz.js';
import { detail, forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import { requireOpeningNearNow } from '../../domain/time/window.js';
import { isWithin } from '../../domain/org/units.js';
import { listMembers } from '../../store/accounts.js';
import { attemptsOfClass } from '../../store/attempts.js';
import { counterTarget, readCounters } from '../../store/counters.js';
import { listChildren, requireUnit } from '../../store/org.js';
import { getQuestions, questionPool } from '../../store/questions.js';
import { ofBureauUnitsBelow } from '../../services/units-below.js';
import { createQuiz, getQuiz, PLATFORM_UNIT, quizzesOfUnit, quizzesReaching, requireQuiz } from '../../store/quizzes.js';
import { authorize, authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const QuizParams = z.strictObject({ quizId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const createQuizRoute = createRoute({
  method: 'post',
  path: '/api/quizzes',
  tags: ['quizzes'],
  summary: 'Editors create platform quizzes (practice, pre/post-tests); a bureau creates a competition for its unit',
  request: { headers: IdempotencyHeaders, ...jsonBody(CreateQuizRequest) },
  responses: { 201: jsonContent(QuizResponse, 'Created'), 200: jsonContent(QuizResponse, 'Already created by this request'), ...COMMON, 422: ERRORS[422] },
});
const listQuizzesRoute = createRoute({
  method: 'get',
  path: '/api/quizzes',
  tags: ['quizzes'],
  summary:
    'Quizzes the caller may take or runs: the platform’s and those of the units above (students), own and reaching (bureaus), all platform ones (editors); `below=true`: a region or city bureau also gets those of its units below (the coverage picker)',
  request: { query: z.strictObject({ below: z.enum(['true', 'false']).optional() }) },
  responses: { 200: jsonContent(QuizzesResponse, 'Quizzes'), 401: ERRORS[401], 403: ERRORS[403] },
});
const getQuizRoute = createRoute({
  method: 'get',
  path: '/api/quizzes/{quizId}',
  tags: ['quizzes'],
  summary: 'One quiz’s settings (never its questions’ answers)',
  request: { params: QuizParams },
  responses: { 200: jsonContent(QuizResponse, 'Quiz'), ...COMMON },
});
const boardRoute = createRoute({
  method: 'get',
  path: '/api/quizzes/{quizId}/board',
  tags: ['quizzes'],
  summary: 'Participation rate and mean score per child unit (county or school) of a unit: aggregates only, no names',
  request: { params: QuizParams, query: z.strictObject({ unit: z.string().min(1).max(40).optional() }) },
  responses: { 200: jsonContent(BoardResponse, 'Board'), ...COMMON },
});
const classResultsRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/quizzes/{quizId}/results',
  tags: ['quizzes'],
  summary: 'A class’s results and item analysis (its teachers and the school admin)',
  request: { params: z.strictObject({ classId: z.string().min(1).max(40), quizId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(ClassResults, 'Results'), ...COMMON },
});

async function checkRulesCanBeMet(c: Context<AppEnv>, quiz: Quiz['settings']) {
  const { db } = c.get('deps');
  if ('fixed' in quiz.rules) {
    const found = await getQuestions(db, quiz.rules.fixed);
    const missing = quiz.rules.fixed.filter((id) => found.get(id)?.status !== 'active');
    if (missing.length)
      throw ruleBroken(
        'Some questions are not active in the bank',
        missing.map((id) => detail('rules.fixed', 'question_unavailable', `${id} is missing or retired`, { id })),
      );
    return;
  }
  const { band } = quiz.rules;
  for (const rule of quiz.rules.draw) {
    const pool = await questionPool(db, band, rule.topic);
    const available = drawCapacity(pool);
    if (available < rule.count)
      throw ruleBroken(`Only ${available} active ${rule.topic} questions for ${band} (a group counts once)`, [
        detail('rules.draw', 'not_enough_questions', `needs ${rule.count}`, { available, needed: rule.count, topic: rule.topic, band }),
      ]);
  }
}

const classGainRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/modules/{moduleId}/gain',
  tags: ['quizzes'],
  summary: 'Learning gain of a module for a class: each student’s best post-test minus best pre-test',
  request: { params: z.strictObject({ classId: z.string().min(1).max(40), moduleId: z.string().min(1).max(60) }) },
  responses: { 200: jsonContent(ClassGain, 'Gain'), ...COMMON },
});
const unitGainRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/modules/{moduleId}/gain',
  tags: ['quizzes'],
  summary: 'Learning gain of a module for a unit, from counters: mean post-test minus mean pre-test score',
  request: { params: z.strictObject({ unitId: z.string().min(1).max(40), moduleId: z.string().min(1).max(60) }) },
  responses: { 200: jsonContent(UnitGain, 'Gain'), ...COMMON },
});

/** The platform's pre- and post-test of a module (the newest of each, when several exist). */
async function gainQuizzes(c: Context<AppEnv>, moduleId: string) {
  const platform = await quizzesOfUnit(c.get('deps').db, PLATFORM_UNIT);
  const find = (kind: 'pre_test' | 'post_test') => platform.find((q) => q.settings.kind === kind && q.settings.moduleId === moduleId) ?? null;
  return { pre: find('pre_test'), post: find('post_test') };
}

async function bestByStudent(c: Context<AppEnv>, quiz: Quiz | null, classId: string): Promise<Map<string, number>> {
  const best = new Map<string, number>();
  if (!quiz) return best;
  for (const attempt of await attemptsOfClass(c.get('deps').db, quiz.id, classId, c.get('deps').now()))
    if (attempt.status === 'submitted') best.set(attempt.studentId, Math.max(best.get(attempt.studentId) ?? 0, attempt.result!.percent));
  return best;
}

export function quizRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(classGainRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const { classId, moduleId } = c.req.valid('param');
    const klass = await requireUnit(db, classId);
    await authorizeOnUnit(c, session, 'progress.view', klass);
    const { pre, post } = await gainQuizzes(c, moduleId);
    const [students, preBest, postBest] = await Promise.all([
      listMembers(db, klass.id, 'student'),
      bestByStudent(c, pre, klass.id),
      bestByStudent(c, post, klass.id),
    ]);
    return c.json({ moduleId, preQuizId: pre?.id ?? null, postQuizId: post?.id ?? null, ...learningGain(students.items, preBest, postBest) }, 200);
  });

  app.openapi(unitGainRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const { unitId, moduleId } = c.req.valid('param');
    const unit = await requireUnit(db, unitId);
    authorize(session, 'quiz.board', { path: unit.path, kind: unit.kind });
    const { pre, post } = await gainQuizzes(c, moduleId);
    const [preCounters, postCounters] = await Promise.all([
      pre ? readCounters(db, counterTarget(unit), `quiz:${pre.id}`) : {},
      post ? readCounters(db, counterTarget(unit), `quiz:${post.id}`) : {},
    ]);
    return c.json({ moduleId, unitId: unit.id, ...unitGain(preCounters, postCounters) }, 200);
  });

  app.openapi(createQuizRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { settings } = c.req.valid('json');
    const competition = settings.kind === 'competition';
    const unit = competition ? await requireUnit(deps.db, session.orgId) : null;
    authorize(session, 'quiz.create', unit ? { path: unit.path, kind: unit.kind } : { path: session.orgPath, kind: 'platform' });
    if (settings.opensAt) requireOpeningNearNow(Date.parse(settings.opensAt), deps.now(), 'settings.opensAt');
    await checkRulesCanBeMet(c, settings);
    const key = c.req.valid('header')['idempotency-key'];
    const quiz: Quiz = {
      id: key ? idFromKey('quiz', session.userId, key) : newId('quiz'),
      settings,
      unitId: unit?.id ?? PLATFORM_UNIT,
      unitPath: unit?.path ?? PLATFORM_UNIT,
      createdBy: session.userId,
      createdAt: new Date(deps.now()).toISOString(),
    };
    if ((await createQuiz(deps.db, quiz)) === 'exists') return c.json({ quiz: (await getQuiz(deps.db, quiz.id))! }, 200);
    return c.json({ quiz }, 201);
  });

  app.openapi(listQuizzesRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const quizzes =
      session.role === 'editor' ? await quizzesOfUnit(db, PLATFORM_UNIT) : session.role === 'judge' ? [] : await quizzesReaching(db, session.orgPath);
    const below = c.req.valid('query').below === 'true' && session.role === 'bureau' ? await ofBureauUnitsBelow(db, session.orgId, quizzesOfUnit) : [];
    return c.json({ quizzes: [...new Map([...quizzes, ...below].map((q) => [q.id, q])).values()] }, 200);
  });

  app.openapi(getQuizRoute, async (c) => {
    const session = requireSession(c);
    const quiz = await requireQuiz(c.get('deps').db, c.req.valid('param').quizId);
    const visible =
      quiz.unitId === PLATFORM_UNIT || isWithin(session.orgPath, quiz.unitPath) || (session.role === 'bureau' && isWithin(quiz.unitPath, session.orgPath));
    if (!visible) throw forbidden();
    return c.json({ quiz }, 200);
  });

  app.openapi(boardRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const quiz = await requireQuiz(db, c.req.valid('param').quizId);
    const unit = await requireUnit(db, c.req.valid('query').unit ?? session.orgId);
    authorize(session, 'quiz.board', { path: unit.path, kind: unit.kind });
    if (quiz.unitId !== PLATFORM_UNIT && !isWithin(unit.path, quiz.unitPath) && !isWithin(quiz.unitPath, unit.path)) throw notFound('This quiz in that unit');
    const scope = `quiz:${quiz.id}`;
    const children = unit.kind === 'class' ? [] : (await listChildren(db, unit.id)).items;
    const rows = await Promise.all(
      [unit, ...children].map(async (u) => {
        const [quizCounters, all] = await Promise.all([readCounters(db, counterTarget(u), scope), readCounters(db, counterTarget(u), 'all')]);
        return boardRow({ id: u.id, name: u.name, kind: u.kind }, quizCounters, all);
      }),
    );
    return c.json({ unit: rows[0]!, rows: rows.slice(1).sort((a, b) => b.participationRate - a.participationRate || b.meanScore - a.meanScore) }, 200);
  });

  app.openapi(classResultsRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const { classId, quizId } = c.req.valid('param');
    const klass = await requireUnit(db, classId);
    await authorizeOnUnit(c, session, 'progress.view', klass);
    await requireQuiz(db, quizId);
    const [attempts, students] = await Promise.all([attemptsOfClass(db, quizId, klass.id, c.get('deps').now()), listMembers(db, klass.id, 'student')]);
    const submitted = attempts.filter((a) => a.status === 'submitted' && a.graded);
    // Stems from the bank (retired questions stay there): the class's attempt headers carry no question text.
    const bank = await getQuestions(
      db,
      attempts.flatMap((a) => Object.keys(a.slots)),
    );
    const stems = new Map([...bank.values()].map((q) => [q.id, q.content.stem] as const));
    const analysis = itemAnalysis(
      submitted.map((a) => ({ graded: a.graded! })),
      stems,
    );
    return c.json(
      {
        quizId,
        classId: klass.id,
        students: students.items.map((s) => {
          const mine = submitted.filter((a) => a.studentId === s.id);
          const best = mine.length ? Math.max(...mine.map((a) => a.result!.percent)) : null;
          return {
            id: s.id,
            displayName: s.displayName,
            studentNumber: s.studentNumber,
            attempts: mine.length,
            bestPercent: best,
            passed: mine.some((a) => a.result!.passed),
          };
        }),
        ...analysis,
      },
      200,
    );
  });
}
