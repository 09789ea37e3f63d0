import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Session } from '../../domain/accounts/schemas.js';
import { contestPhase } from '../../domain/contests/window.js';
import { AdvanceRequest, PanelRequest, ReviewersRequest, StageEntryText, StageLevel, StageUnitView, type Contest } from '../../domain/contests/schemas.js';
import { conflict, detail, forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import type { Unit } from '../../domain/org/units.js';
import { isWithin } from '../../domain/org/units.js';
import { createAccount, getAccount, listMembers } from '../../store/accounts.js';
import { newStaffAccount } from '../../domain/accounts/passwords.js';
import { OneTimePasswordResponse, toUser } from '../../domain/accounts/schemas.js';
import { CreateStaffRequest } from '../../domain/org/schemas.js';
import { advanceEntry, getEntry, getStageUnit, requireContest, setStageUnitPeople, stageMembers } from '../../store/contests.js';
import { requireUnit } from '../../store/org.js';
import { distributeEntries, nextStageUnit, rankedStage, stageAt, stageUnitView } from '../../services/contests.js';
import { mapLimited } from '../../services/coverage.js';
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
async function stageFor(c: Context<AppEnv>, session: Session, params: z.infer<typeof StageParams>, action: 'contest.runStage' | 'contest.viewStage'): Promise<StageContext> {
  const { db } = c.get('deps');
  const [contest, unit] = await Promise.all([requireContest(db, params.contestId), requireUnit(db, params.unitId)]);
  if (unit.kind !== params.level) throw ruleBroken(`${unit.id} is not a ${params.level}`);
  if (!isWithin(unit.path, contest.unitPath)) throw forbidden('That unit is outside the contest');
  stageAt(contest, params.level);
  const namedReviewer = session.role === 'teacher' && params.level === 'school' && (await getStageUnit(db, contest.id, 'school', unit.id)).reviewers.includes(session.userId);
  authorize(session, action, { path: unit.path, kind: unit.kind, namedReviewer });
  const schoolStaff = params.level === 'school' && can(session, 'contest.runStage', { path: unit.path, kind: unit.kind, namedReviewer });
  return { contest, unit, level: params.level, schoolStaff };
}

function requireJudgingPhase(contest: Contest, now: number) {
  if (contestPhase(contest.settings, now) !== 'closed') throw ruleBroken('Stages run after the submission window closes');
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
    if (level === 'school') throw ruleBroken('The school stage has reviewers, not a judging panel');
    const judgeIds = [...new Set(c.req.valid('json').judgeIds)];
    if (judgeIds.length < 2) throw ruleBroken('A panel needs at least two judges', [detail('judgeIds', 'panel_too_small', 'at least two different judges', { minimum: 2 })]);
    const accounts = await mapLimited(judgeIds, 8, (id) => getAccount(deps.db, id));
    const wrong = judgeIds.filter((_, i) => accounts[i]?.role !== 'judge' || accounts[i]?.orgId !== unit.id);
    if (wrong.length) throw ruleBroken('Panel judges are judge accounts of this unit', wrong.map((id) => detail('judgeIds', 'not_unit_judge', `${id} is not a judge of ${unit.id}`, { id })));
    await setStageUnitPeople(deps.db, contest.id, level, unit.id, 'panel', judgeIds);
    await distributeEntries(deps, contest, level, unit.id);
    return c.json(await stageUnitView(deps, contest, level, unit, schoolStaff), 200);
  });

  app.openapi(reviewersRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, c.req.valid('param'), 'contest.runStage');
    if (level !== 'school' || session.role !== 'school_admin') throw forbidden('The school admin names the school stage’s reviewers');
    const teacherIds = [...new Set(c.req.valid('json').teacherIds)];
    const accounts = await mapLimited(teacherIds, 8, (id) => getAccount(deps.db, id));
    const wrong = teacherIds.filter((_, i) => accounts[i]?.role !== 'teacher' || accounts[i]?.orgId !== unit.id);
    if (wrong.length) throw ruleBroken('Reviewers are teachers of this school', wrong.map((id) => detail('teacherIds', 'not_school_teacher', `${id} is not a teacher of this school`, { id })));
    await setStageUnitPeople(deps.db, contest.id, level, unit.id, 'reviewers', teacherIds);
    return c.json(await stageUnitView(deps, contest, level, unit, schoolStaff), 200);
  });

  app.openapi(advanceRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contest, unit, level, schoolStaff } = await stageFor(c, session, c.req.valid('param'), 'contest.runStage');
    requireJudgingPhase(contest, deps.now());
    const stage = stageAt(contest, level);
    if (stage.final) throw ruleBroken('The final stage ends in awards, not advancement');
    const ranked = await rankedStage(deps, contest, level, unit.id);
    const wanted = [...new Set(c.req.valid('json').entryIds)];
    const problems = wanted.flatMap((id) => {
      const member = ranked.find((entry) => entry.entryId === id);
      if (!member) return [detail('entryIds', 'entry_not_at_stage', `${id} is not at this stage here`, { id })];
      if (member.authorId === session.userId) return [detail('entryIds', 'own_entry', `${member.code} is your own entry`, { code: member.code })];
      if (level !== 'school' && !member.complete) return [detail('entryIds', 'entry_not_judged', `${member.code} is not fully judged yet`, { code: member.code })];
      return [];
    });
    if (problems.length) throw ruleBroken('Some entries cannot be sent on', problems);
    const newlyAdvanced = wanted.filter((id) => !ranked.find((entry) => entry.entryId === id)!.advanced);
    const already = ranked.filter((entry) => entry.advanced).length;
    if (already + newlyAdvanced.length > stage.quota)
      throw ruleBroken(`The quota is ${stage.quota} and ${already} are already sent on`, [detail('entryIds', 'quota_exceeded', `choose at most ${stage.quota - already}`, { maximum: stage.quota - already })]);
    const at = new Date(deps.now()).toISOString();
    for (const id of newlyAdvanced) {
      const entry = (await getEntry(deps.db, contest.id, id, deps.now()))!;
      const outcome = await advanceEntry(deps.db, entry, { index: stage.index, level, unitId: unit.id, quota: stage.quota }, nextStageUnit(contest, stage.index, entry.authorPath), at);
      // Not moved and not moved by someone else: a concurrent advance filled the quota.
      if (outcome === 'stale' && (await getEntry(deps.db, contest.id, id, deps.now()))!.stageIndex === stage.index) throw conflict(`The quota of ${stage.quota} is full`);
    }
    // Entries arriving at a stage whose panel is already named get their judges now.
    const next = contest.settings.stages[stage.index + 1]!;
    const nextUnits = new Set(newlyAdvanced.map((id) => nextStageUnit(contest, stage.index, ranked.find((e) => e.entryId === id)!.authorPath)!.unitId));
    for (const nextUnit of nextUnits) await distributeEntries(deps, contest, next.level, nextUnit);
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
    return c.json({ entry: { id: entry.id, code: entry.code, title, text, language, ...(band ? { band } : {}), ...(videoUrl ? { videoUrl } : {}), length, submittedAt, ...(schoolStaff ? { authorName: entry.authorName } : {}) } }, 200);
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
