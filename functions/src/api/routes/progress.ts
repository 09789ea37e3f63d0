import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { isOpen } from '../../domain/campaigns/schemas.js';
import { conflict, detail, DomainError, forbidden, notFound } from '../../domain/errors.js';
import { applyProgress, InvalidProgress, ProgressEvent, ProgressResponse, type ModuleProgress } from '../../domain/progress/progress.js';
import { windowState } from '../../domain/quizzes/quiz.js';
import { buildTasks, TasksResponse, type CompetitionTask } from '../../domain/tasks/tasks.js';
import { getQuizState } from '../../store/attempts.js';
import { quizzesReaching } from '../../store/quizzes.js';
import { listAssignments } from '../../store/assignments.js';
import { campaignsReaching } from '../../store/campaigns.js';
import { getDraft, getPublished, latestSummaries } from '../../store/modules.js';
import { batchProgress, existingFacts, getProgress, saveProgress, type Fact } from '../../store/progress.js';
import type { Deps } from '../../services/deps.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import type { Session } from '../../domain/accounts/schemas.js';
import type { ModuleContent } from '../../domain/modules/content.js';

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

/** The version a student plays: the one their progress was made on, else the latest published. */
async function versionToPlay(deps: Deps, moduleId: string, progress: ModuleProgress | null): Promise<number> {
  if (progress) return progress.version;
  const draft = await getDraft(deps.db, moduleId);
  if (!draft || !draft.publishedVersion || draft.status === 'retired') throw notFound('Published module');
  return draft.publishedVersion;
}

/**
 * The facts a progress change makes true: module started/completed and, for every open campaign
 * above the student that includes the module, campaign started/completed (completed once every
 * module of the campaign is).
 */
async function factsFor(
  deps: Deps,
  session: Session,
  moduleId: string,
  progress: ModuleProgress,
  changed: { started: boolean; completed: boolean },
): Promise<Fact[]> {
  const facts: Fact[] = [];
  if (changed.started) facts.push({ scope: `module:${moduleId}`, metric: 'started' });
  if (changed.completed) facts.push({ scope: `module:${moduleId}`, metric: 'completed' });
  if (!changed.started && !changed.completed) return facts;
  const campaigns = (await campaignsReaching(deps.db, session.orgPath)).filter((c) => c.moduleIds.includes(moduleId) && isOpen(c, deps.now()));
  const others = [...new Set(campaigns.flatMap((c) => c.moduleIds))].filter((m) => m !== moduleId);
  const progressOf = await batchProgress(
    deps.db,
    others.map((m) => ({ studentId: session.userId, moduleId: m })),
  );
  const done = (m: string) => (m === moduleId ? !!progress.completedAt : !!progressOf.get(`${session.userId}|${m}`)?.completedAt);
  for (const campaign of campaigns) {
    facts.push({ scope: `campaign:${campaign.id}`, metric: 'started' });
    facts.push({ scope: `campaign:${campaign.id}`, metric: 'schoolsReached', perSchool: true });
    if (campaign.moduleIds.every(done)) facts.push({ scope: `campaign:${campaign.id}`, metric: 'completed' });
  }
  // A fact already recorded (a replay, or a revisit) must not be written again: its condition would
  // cancel the whole transaction.
  const existing = await existingFacts(deps.db, session.userId, session.orgPath, facts);
  return facts.filter((f) => !existing.has(`${f.scope}#${f.metric}`));
}

async function contentOf(deps: Deps, moduleId: string, version: number): Promise<ModuleContent> {
  const module = await getPublished(deps.db, moduleId, version);
  if (!module) throw notFound('Module version');
  return module.content;
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
    const stored = await getProgress(deps.db, session.userId, moduleId);
    const version = await versionToPlay(deps, moduleId, stored);
    const { rev: _rev, ...progress } = stored ?? { rev: 0 };
    return c.json({ progress: stored ? (progress as ModuleProgress) : null, version }, 200);
  });

  app.openapi(saveProgressRoute, async (c) => {
    const session = student(c);
    const deps = c.get('deps');
    const { moduleId } = c.req.valid('param');
    const event = c.req.valid('json');
    // A concurrent save of the same student can win the race; re-read and re-apply (idempotent).
    for (let attempt = 0; attempt < 5; attempt++) {
      const stored = await getProgress(deps.db, session.userId, moduleId);
      const version = await versionToPlay(deps, moduleId, stored);
      if (event.version !== version) throw conflict(`This progress is on version ${version} of the module`, { currentVersion: version });
      const content = await contentOf(deps, moduleId, version);
      let applied;
      try {
        applied = applyProgress(content, moduleId, stored, event, new Date(deps.now()).toISOString());
      } catch (error) {
        if (error instanceof InvalidProgress) throw new DomainError('rule_broken', error.message, [detail('sectionId', 'invalid_progress', error.message)]);
        throw error;
      }
      const essence = (p: ModuleProgress) => JSON.stringify([p.seen, p.answers, p.lastSectionId, p.completedAt]);
      const unchanged = !!stored && essence(stored) === essence(applied.progress);
      const current = () => {
        const { rev: _rev, ...progress } = stored!;
        return c.json({ progress }, 200);
      };
      if (unchanged && !stored!.completedAt) return current();
      // Revisiting a completed module also counts it for campaigns opened since it was completed.
      const facts = await factsFor(deps, session, moduleId, applied.progress, unchanged ? { started: true, completed: true } : applied);
      if (unchanged && !facts.length) return current();
      const outcome = await saveProgress(deps.db, session.userId, session.orgPath, stored?.rev ?? null, applied.progress, facts, applied.progress.updatedAt);
      if (outcome === 'saved') return c.json({ progress: applied.progress }, 200);
    }
    throw conflict('Too many saves at once for this module; try again');
  });
}
