import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Session } from '../../domain/accounts/schemas.js';
import { scoreProblems } from '../../domain/contests/rules.js';
import { contestPhase } from '../../domain/contests/window.js';
import { JudgeEntryResponse, JudgeTasksResponse, ScoreRequest, type Contest } from '../../domain/contests/schemas.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import { findJudgings, getEntry, judgeTasks, requireContest, saveScore, stageMembers, type Judging } from '../../store/contests.js';
import { flagsOfText } from '../../store/similarity.js';
import { distributeEntries } from '../../services/contests.js';
import { displayCode } from '../../services/similarity.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import { COMMON } from './contests.js';

const TaskParams = z.strictObject({ contestId: z.string().min(1).max(40), code: z.string().regex(/^[A-Z0-9]{6,12}$/) });

const tasksRoute = createRoute({
  method: 'get',
  path: '/api/judging',
  tags: ['judging'],
  summary: 'The judge’s assigned entries, by code, across contests',
  responses: { 200: jsonContent(JudgeTasksResponse, 'Tasks'), 401: ERRORS[401], 403: ERRORS[403] },
});
const entryRoute = createRoute({
  method: 'get',
  path: '/api/judging/{contestId}/{code}',
  tags: ['judging'],
  summary: 'An assigned entry, blind: text, code and rubric; never a name, school or county',
  request: { params: TaskParams },
  responses: { 200: jsonContent(JudgeEntryResponse, 'Entry'), ...COMMON },
});
const scoreRoute = createRoute({
  method: 'put',
  path: '/api/judging/{contestId}/{code}',
  tags: ['judging'],
  summary: 'Score each criterion with a comment; may be revised until the entry is sent on',
  request: { params: TaskParams, ...jsonBody(ScoreRequest) },
  responses: { 200: jsonContent(JudgeEntryResponse, 'Scored'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});

function judge(c: Context<AppEnv>): Session {
  const session = requireSession(c);
  if (session.role !== 'judge') throw forbidden('Only judges score entries');
  return session;
}

async function assigned(c: Context<AppEnv>, session: Session, params: z.infer<typeof TaskParams>): Promise<{ contest: Contest; task: Judging }> {
  const { db } = c.get('deps');
  const tasks = await findJudgings(db, session.userId, params.contestId, params.code);
  if (!tasks.length) throw notFound('Assigned entry');
  const contest = await requireContest(db, params.contestId);
  // A judge on panels of two stages scores the entry at the later one.
  const order = (task: Judging) => contest.settings.stages.findIndex((stage) => stage.level === task.level);
  return { contest, task: tasks.reduce((latest, task) => (order(task) > order(latest) ? task : latest)) };
}

async function blindView(c: Context<AppEnv>, contest: Contest, task: Judging) {
  const { db } = c.get('deps');
  const [entry, flags] = await Promise.all([getEntry(db, contest.id, task.entryId, c.get('deps').now()), flagsOfText(db, contest.id, task.entryId)]);
  const submission = entry!.submission!;
  return {
    entry: {
      contestId: contest.id,
      contestTitle: contest.settings.title,
      type: contest.settings.type,
      level: task.level,
      code: task.code,
      title: submission.title,
      text: submission.text,
      language: submission.language,
      ...(submission.band ? { band: submission.band } : {}),
      ...(submission.videoUrl ? { videoUrl: submission.videoUrl } : {}),
      length: submission.length,
      rubric: contest.settings.rubric,
      myScore: task.score,
      flags: flags.map((flag) => ({ flagId: flag.flagId, otherCode: displayCode(flag.other), jaccard: flag.jaccard })),
    },
  };
}

export function judgingRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(tasksRoute, async (c) => {
    const session = judge(c);
    const { db } = c.get('deps');
    const tasks = await judgeTasks(db, session.userId);
    const contests = new Map<string, Contest>();
    for (const task of tasks) if (!contests.has(task.contestId)) contests.set(task.contestId, await requireContest(db, task.contestId));
    return c.json(
      {
        tasks: tasks.map((t) => ({
          contestId: t.contestId,
          contestTitle: contests.get(t.contestId)!.settings.title,
          level: t.level,
          code: t.code,
          title: t.title,
          scored: !!t.score,
        })),
      },
      200,
    );
  });

  app.openapi(entryRoute, async (c) => {
    const session = judge(c);
    const { contest, task } = await assigned(c, session, c.req.valid('param'));
    return c.json(await blindView(c, contest, task), 200);
  });

  app.openapi(scoreRoute, async (c) => {
    const session = judge(c);
    const deps = c.get('deps');
    const { contest, task } = await assigned(c, session, c.req.valid('param'));
    if (contestPhase(contest.settings, deps.now()) !== 'closed') throw ruleBroken('Judging starts after the submission window closes');
    const { criteria } = c.req.valid('json');
    const problems = scoreProblems(contest.settings.rubric, criteria);
    if (problems.length) throw ruleBroken('The score does not fit the rubric', problems);
    const members = await stageMembers(deps.db, contest.id, task.level, task.unitId);
    if (contest.awardedAt || members.find((m) => m.entryId === task.entryId)?.advanced)
      throw conflict('The entry has been sent on or awarded; its scores at this stage are final');
    const ordered = contest.settings.rubric.map((criterion) => criteria.find((given) => given.id === criterion.id)!);
    const score = { criteria: ordered, total: ordered.reduce((sum, given) => sum + given.points, 0), scoredAt: new Date(deps.now()).toISOString() };
    await saveScore(deps.db, task, score);
    // Two totals far apart bring in a third judge from the panel straight away.
    await distributeEntries(deps, contest, task.level, task.unitId);
    return c.json(await blindView(c, contest, { ...task, score }), 200);
  });
}
