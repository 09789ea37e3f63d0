import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isOpen } from '../../domain/campaigns/schemas.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { played, PlayedModule } from '../../domain/modules/played.js';
import { ProgressEvent, ProgressResponse, type ModuleProgress } from '../../domain/progress/progress.js';
import { windowState } from '../../domain/quizzes/quiz.js';
import { buildTasks, TasksResponse, type CompetitionTask } from '../../domain/tasks/tasks.js';
import { getQuizState } from '../../store/attempts.js';
import { quizzesReaching } from '../../store/quizzes.js';
import { listAssignments } from '../../store/assignments.js';
import { campaignsReaching } from '../../store/campaigns.js';
import { getPublished, latestSummaries } from '../../store/modules.js';
import { batchProgress, getProgress } from '../../store/progress.js';
import type { Deps } from '../../services/deps.js';
import { recordProgress, versionToPlay } from '../../services/progress.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import type { Session } from '../../domain/accounts/schemas.js';

const ModuleParams = z.strictObject({ moduleId: z.string().min(1).max(60) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const tasksRoute = createRoute({
  method: 'get',
  path: '/api/me/tasks',
  tags: ['progress'],
  summary: 'The signed-in student’s tasks: modules of open campaigns above them and of class assignments, with status',
  responses: { 200: jsonContent(TasksResponse, 'Tasks'), 401: ERRORS[401], 403: ERRORS[403] },
});

const getProgressRoute = createRoute({
  method: 'get',
  path: '/api/me/progress/{moduleId}',
  tags: ['progress'],
  summary: 'The signed-in student’s progress in a module (null when not started) and the version to play',
  request: { params: ModuleParams },
  responses: {
    200: jsonContent(z.object({ progress: ProgressResponse.shape.progress.nullable(), version: z.number().int() }), 'Progress'),
    ...COMMON,
  },
});

const playRoute = createRoute({
  method: 'get',
  path: '/api/me/modules/{moduleId}',
  tags: ['progress'],
  summary:
    'What the module player needs in one answer: the signed-in student’s progress (null when not started) and the module at the version to play, text as HTML',
  request: { params: ModuleParams },
  responses: {
    200: jsonContent(z.object({ progress: ProgressResponse.shape.progress.nullable(), module: PlayedModule }), 'The module to play'),
    ...COMMON,
  },
});

const saveProgressRoute = createRoute({
  method: 'put',
  path: '/api/me/progress/{moduleId}',
  tags: ['progress'],
  summary: 'Record that a section was seen (and an inline check answered). Idempotent: a replay changes nothing',
  request: { params: ModuleParams, ...jsonBody(ProgressEvent) },
  responses: { 200: jsonContent(ProgressResponse, 'Saved'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});

function student(c: Context<AppEnv>): Session {
  const session = requireSession(c);
  if (session.role !== 'student') throw forbidden('Only students have tasks and progress');
  return session;
}

/** Competitions above the student that are open, or that the student has taken part in. */
async function competitionTasks(deps: Deps, session: Session): Promise<CompetitionTask[]> {
  const competitions = (await quizzesReaching(deps.db, session.orgPath)).filter((q) => q.settings.kind === 'competition');
  const tasks = await Promise.all(
    competitions.map(async (quiz): Promise<CompetitionTask | null> => {
      const state = await getQuizState(deps.db, session.userId, quiz.id);
      const status = state.submitted > 0 ? 'completed' : state.current ? 'in_progress' : 'not_started';
      if (status === 'not_started' && windowState(quiz.settings, deps.now()) !== 'open') return null;
      return { quizId: quiz.id, title: quiz.settings.title, closesAt: quiz.settings.closesAt!, status };
    }),
  );
  return tasks.filter((t): t is CompetitionTask => t !== null);
}

/** The student's progress in a module (null when not started) and the version they play. */
async function progressToPlay(deps: Deps, session: Session, moduleId: string): Promise<{ progress: ModuleProgress | null; version: number }> {
  const stored = await getProgress(deps.db, session.userId, moduleId);
  const version = await versionToPlay(deps, moduleId, stored);
  if (!stored) return { progress: null, version };
  const { rev: _rev, ...progress } = stored;
  return { progress: progress as ModuleProgress, version };
}

export function progressRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(tasksRoute, async (c) => {
    const session = student(c);
    const deps = c.get('deps');
    const classId = session.orgId;
    const [campaigns, assignments] = await Promise.all([campaignsReaching(deps.db, session.orgPath), listAssignments(deps.db, classId)]);
    const open = campaigns.filter((campaign) => isOpen(campaign, deps.now()));
    const moduleIds = [...new Set([...open.flatMap((x) => x.moduleIds), ...assignments.map((a) => a.moduleId)])];
    const [progress, summaries] = await Promise.all([
      batchProgress(
        deps.db,
        moduleIds.map((moduleId) => ({ studentId: session.userId, moduleId })),
      ),
      latestSummaries(deps.db, moduleIds),
    ]);
    const byModule = new Map([...progress.values()].map((p) => [p.moduleId, p]));
    const titles = new Map([...summaries.values()].map((s) => [s.id, s.title]));
    return c.json({ tasks: buildTasks(open, assignments, byModule, titles, await competitionTasks(deps, session)) }, 200);
  });

  app.openapi(getProgressRoute, async (c) => {
    const session = student(c);
    const deps = c.get('deps');
    const { moduleId } = c.req.valid('param');
    return c.json(await progressToPlay(deps, session, moduleId), 200);
  });

  app.openapi(playRoute, async (c) => {
    const session = student(c);
    const deps = c.get('deps');
    const { moduleId } = c.req.valid('param');
    const { progress, version } = await progressToPlay(deps, session, moduleId);
    const module = await getPublished(deps.db, moduleId, version);
    if (!module) throw notFound('Module version');
    return c.json({ progress, module: played(module) }, 200);
  });

  app.openapi(saveProgressRoute, async (c) => {
    const session = student(c);
    const deps = c.get('deps');
    const { moduleId } = c.req.valid('param');
    const event = c.req.valid('json');
    return c.json({ progress: await recordProgress(deps, session, moduleId, event) }, 200);
  });
}
