import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Session } from '../../domain/accounts/schemas.js';
import { AdvanceRequest, PanelRequest, ReviewersRequest, StageEntryText, StageLevel, StageUnitView, type Contest } from '../../domain/contests/schemas.js';
import { forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import type { Unit } from '../../domain/org/units.js';
import { isWithin } from '../../domain/org/units.js';
import { createAccount, listMembers } from '../../store/accounts.js';
import { newStaffAccount } from '../../domain/accounts/passwords.js';
import { OneTimePasswordResponse, toUser } from '../../domain/accounts/schemas.js';
import { CreateStaffRequest } from '../../domain/org/schemas.js';
import { getEntry, getStageUnit, requireContest, stageMembers } from '../../store/contests.js';
import { requireUnit } from '../../store/org.js';
import { advanceEntries, namePanel, nameReviewers } from '../../services/contest-stages.js';
import { stageAt, stageUnitView } from '../../services/contests.js';
import { authorize } from '../authorize.js';
import { can } from '../../domain/access/policy.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import { COMMON } from './contests.js';

const StageParams = z.strictObject({ contestId: z.string().min(1).max(40), level: StageLevel, unitId: z.string().min(1).max(40) });

const viewRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/stages/{level}/units/{unitId}',
  tags: ['contests'],
  summary: 'One stage at one unit: its entries ranked (authors only at the school stage, to its staff), panel, progress, ties at the quota',
  request: { params: StageParams },
  responses: { 200: jsonContent(StageUnitView, 'Stage'), ...COMMON, 422: ERRORS[422] },
});
const panelRoute = createRoute({
  method: 'put',
  path: '/api/contests/{contestId}/stages/{level}/units/{unitId}/panel',
  tags: ['contests'],
  summary: 'The unit’s bureau names the panel (≥ 2 judges of the unit); each entry gets two of them, a third where two disagree',
  request: { params: StageParams, ...jsonBody(PanelRequest) },
  responses: { 200: jsonContent(StageUnitView, 'Stage'), ...COMMON, 422: ERRORS[422] },
});
const reviewersRoute = createRoute({
  method: 'put',
  path: '/api/contests/{contestId}/stages/{level}/units/{unitId}/reviewers',
  tags: ['contests'],
  summary: 'A school admin names the teachers who read the school’s entries at the school stage',
  request: { params: StageParams, ...jsonBody(ReviewersRequest) },
  responses: { 200: jsonContent(StageUnitView, 'Stage'), ...COMMON, 422: ERRORS[422] },
});
const advanceRoute = createRoute({
  method: 'post',
  path: '/api/contests/{contestId}/stages/{level}/units/{unitId}/advance',
  tags: ['contests'],
  summary: 'Send entries on to the next stage, up to the quota (judged stages: scored entries only). Repeating it changes nothing',
  request: { params: StageParams, ...jsonBody(AdvanceRequest) },
  responses: { 200: jsonContent(StageUnitView, 'Stage'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const entryRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/stages/{level}/units/{unitId}/entries/{entryId}',
  tags: ['contests'],
  summary: 'The submitted text of an entry at this stage, for those who run or oversee it (authors’ names only to the school’s staff)',
  request: { params: StageParams.extend({ entryId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(StageEntryText, 'Entry'), ...COMMON, 422: ERRORS[422] },
});
const judgesRoute = createRoute({
  method: 'get',
  path: '/api/units/{unitId}/judges',
  tags: ['contests'],
  summary: 'Judge accounts of a unit, for its bureau to form panels',
  request: { params: z.strictObject({ unitId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(z.object({ judges: z.array(z.object({ id: z.string(), name: z.string() })) }), 'Judges'), ...COMMON },
});

const createJudgeRoute = createRoute({
  method: 'post',
  path: '/api/units/{unitId}/judges',
  tags: ['contests'],
  summary: 'A bureau creates a judge account of its own unit; the one-time password is shown once',
  request: { params: z.strictObject({ unitId: z.string().min(1).max(40) }), ...jsonBody(CreateStaffRequest) },
  responses: { 201: jsonContent(OneTimePasswordResponse, 'Created'), ...COMMON, 409: ERRORS[409] },
});

interface StageContext {
  contest: Contest;
  unit: Unit;
  level: StageLevel;
  /** The school's admin or a named reviewer: the only ones shown authors' names. */
  schoolStaff: boolean;
}

/** Loads the stage unit and checks the caller may run it (or, for reads, view it). */
async function stageFor(
  c: Context<AppEnv>,
  session: Session,
  params: z.infer<typeof StageParams>,
  action: 'contest.runStage' | 'contest.viewStage',
): Promise<StageContext> {
  const { db } = c.get('deps');
  const [contest, unit] = await Promise.all([requireContest(db, params.contestId), requireUnit(db, params.unitId)]);
  if (unit.kind !== params.level) throw ruleBroken(`${unit.id} is not a ${params.level}`);
  if (!isWithin(unit.path, contest.unitPath)) throw forbidden('That unit is outside the contest');
  stageAt(contest, params.level);
  const namedReviewer =
    session.role === 'teacher' && params.level === 'school' && (await getStageUnit(db, contest.id, 'school', unit.id)).reviewers.includes(session.userId);
  authorize(session, action, { path: unit.path, kind: unit.kind, namedReviewer });
  const schoolStaff = params.level === 'school' && can(session, 'contest.runStage', { path: unit.path, kind: unit.kind, namedReviewer });
  return { contest, unit, level: params.level, schoolStaff };
}

export function contestStageRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(viewRoute, async (c) => {
    const session = requireSession(c);
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, c.req.valid('param'), 'contest.viewStage');
    return c.json(await stageUnitView(c.get('deps'), contest, level, unit, schoolStaff), 200);
  });

  app.openapi(panelRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, c.req.valid('param'), 'contest.runStage');
    await namePanel(deps, contest, level, unit.id, c.req.valid('json').judgeIds);
    return c.json(await stageUnitView(deps, contest, level, unit, schoolStaff), 200);
  });

  app.openapi(reviewersRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, c.req.valid('param'), 'contest.runStage');
    if (level !== 'school' || session.role !== 'school_admin') throw forbidden('The school admin names the school stage’s reviewers');
    await nameReviewers(deps, contest, unit.id, c.req.valid('json').teacherIds);
    return c.json(await stageUnitView(deps, contest, level, unit, schoolStaff), 200);
  });

  app.openapi(advanceRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, c.req.valid('param'), 'contest.runStage');
    await advanceEntries(deps, contest, level, unit.id, c.req.valid('json').entryIds, session.userId);
    return c.json(await stageUnitView(deps, contest, level, unit, schoolStaff), 200);
  });

  app.openapi(entryRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { entryId, ...params } = c.req.valid('param');
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, params, 'contest.viewStage');
    const member = (await stageMembers(deps.db, contest.id, level, unit.id)).find((m) => m.entryId === entryId);
    const entry = member ? await getEntry(deps.db, contest.id, entryId, deps.now()) : null;
    if (!member || !entry?.submission) throw notFound('Entry at this stage');
    const { title, text, language, band, videoUrl, length, submittedAt } = entry.submission;
    return c.json(
      {
        entry: {
          id: entry.id,
          code: entry.code,
          title,
          text,
          language,
          ...(band ? { band } : {}),
          ...(videoUrl ? { videoUrl } : {}),
          length,
          submittedAt,
          ...(schoolStaff ? { authorName: entry.authorName } : {}),
        },
      },
      200,
    );
  });

  app.openapi(createJudgeRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const unit = await requireUnit(deps.db, c.req.valid('param').unitId);
    authorize(session, 'contest.create', { path: unit.path, kind: unit.kind });
    const { account, oneTimePassword } = await newStaffAccount('judge', c.req.valid('json'), unit, new Date(deps.now()).toISOString());
    await createAccount(deps.db, account);
    return c.json({ user: toUser(account), oneTimePassword }, 201);
  });

  app.openapi(judgesRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const unit = await requireUnit(deps.db, c.req.valid('param').unitId);
    authorize(session, 'contest.create', { path: unit.path, kind: unit.kind });
    const judges = await listMembers(deps.db, unit.id, 'judge');
    return c.json({ judges: judges.items.map((a) => ({ id: a.id, name: a.displayName })) }, 200);
  });
}
