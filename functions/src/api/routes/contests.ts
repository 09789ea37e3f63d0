import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { stageProblems } from '../../domain/contests/rules.js';
import {
  AwardsRequest,
  AwardsResponse,
  ContestProgress,
  ContestResponse,
  ContestsResponse,
  CreateContestRequest,
  type Contest,
} from '../../domain/contests/schemas.js';
import type { Session } from '../../domain/accounts/schemas.js';
import { DomainError, forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import { lessonModule } from '../../domain/contests/feature.js';
import { createModule, getDraft } from '../../store/modules.js';
import { idFromKey, newId } from '../../domain/ids.js';
import { requireOpeningNearNow } from '../../domain/time/window.js';
import { pathIds } from '../../domain/org/units.js';
import { contestsOfUnit, contestsReaching, createContest, getContest, getEntries, getEntry, requireContest, stageMembers } from '../../store/contests.js';
import { getUnits, requireUnit } from '../../store/org.js';
import { awardContest, rankedStage } from '../../services/contests.js';
import { contestProgress } from '../../services/contest-progress.js';
import { ofBureauUnitsBelow } from '../../services/units-below.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

export const ContestParams = z.strictObject({ contestId: z.string().min(1).max(40) });
export const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const createContestRoute = createRoute({
  method: 'post',
  path: '/api/contests',
  tags: ['contests'],
  summary: 'A bureau creates an essay or lesson contest for its own unit: stages up to its level, quotas, rubric',
  request: { headers: IdempotencyHeaders, ...jsonBody(CreateContestRequest) },
  responses: {
    201: jsonContent(ContestResponse, 'Created'),
    200: jsonContent(ContestResponse, 'Already created by this request'),
    ...COMMON,
    422: ERRORS[422],
  },
});
const listContestsRoute = createRoute({
  method: 'get',
  path: '/api/contests',
  tags: ['contests'],
  summary:
    'Contests that reach the caller’s unit (a bureau’s own among them); editors: none listed here; `below=true`: a region or city bureau also gets those of its units below (the coverage picker)',
  request: { query: z.strictObject({ below: z.enum(['true', 'false']).optional() }) },
  responses: { 200: jsonContent(ContestsResponse, 'Contests'), 401: ERRORS[401] },
});
const getContestRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}',
  tags: ['contests'],
  summary: 'One contest',
  request: { params: ContestParams },
  responses: { 200: jsonContent(ContestResponse, 'Contest'), ...COMMON },
});
const progressRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/progress',
  tags: ['contests'],
  summary: 'Entries, judged, to judge and advanced per stage and unit, over the units in the caller’s scope',
  request: { params: ContestParams },
  responses: { 200: jsonContent(ContestProgress, 'Progress'), ...COMMON },
});
const awardsRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/awards',
  tags: ['contests'],
  summary: 'The award list (codes, schools, scores, levels; no names)',
  request: { params: ContestParams },
  responses: { 200: jsonContent(AwardsResponse, 'Awards'), ...COMMON },
});
const setAwardsRoute = createRoute({
  method: 'post',
  path: '/api/contests/{contestId}/awards',
  tags: ['contests'],
  summary: 'The organiser sets how many ranks each award level takes; awards and certificates follow, once',
  request: { params: ContestParams, ...jsonBody(AwardsRequest) },
  responses: { 200: jsonContent(AwardsResponse, 'Awarded'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});

const featureRoute = createRoute({
  method: 'post',
  path: '/api/contests/{contestId}/entries/{entryId}/feature',
  tags: ['contests'],
  summary: 'An editor turns an awarded lesson into a featured module draft (once: repeating returns the same module)',
  request: { params: z.strictObject({ contestId: z.string().min(1).max(40), entryId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(z.object({ moduleId: z.string() }), 'Module draft'), ...COMMON },
});

export async function viewableContest(c: Context<AppEnv>, session: Session, contestId: string): Promise<Contest> {
  const contest = await requireContest(c.get('deps').db, contestId);
  authorize(session, 'contest.view', { path: contest.unitPath, kind: 'contest' });
  return contest;
}

async function awardList(c: Context<AppEnv>, contest: Contest) {
  const { db } = c.get('deps');
  const final = contest.settings.stages.at(-1)!;
  const ranked = await rankedStage(c.get('deps'), contest, final.level, contest.unitId);
  const entries = await getEntries(
    db,
    contest.id,
    ranked.map((member) => member.entryId),
    c.get('deps').now(),
  );
  const schools = await getUnits(
    db,
    ranked.map((member) => pathIds(member.authorPath)[3] ?? ''),
  );
  const awards = ranked.flatMap((member) => {
    const award = entries.get(member.entryId)?.award;
    if (!award) return [];
    const school = schools.get(pathIds(member.authorPath)[3] ?? '');
    return [
      {
        entryId: member.entryId,
        code: member.code,
        title: member.title,
        schoolName: school?.name ?? { zh: '', en: '' },
        mean: member.mean ?? 0,
        rank: member.rank ?? 0,
        award,
      },
    ];
  });
  return { awardedAt: contest.awardedAt, awards };
}

export function contestRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createContestRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const body = c.req.valid('json');
    const unit = await requireUnit(deps.db, body.unitId);
    authorize(session, 'contest.create', { path: unit.path, kind: unit.kind });
    requireOpeningNearNow(Date.parse(body.settings.opensAt), deps.now(), 'settings.opensAt');
    const problems = stageProblems(body.settings, unit.kind);
    if (problems.length) throw ruleBroken('The stages do not fit the organiser’s level', problems);
    const key = c.req.valid('header')['idempotency-key'];
    const contest: Contest = {
      id: key ? idFromKey('cnt', session.userId, key) : newId('cnt'),
      settings: body.settings,
      unitId: unit.id,
      unitPath: unit.path,
      unitName: unit.name,
      createdBy: session.userId,
      createdAt: new Date(deps.now()).toISOString(),
      awardedAt: null,
    };
    if ((await createContest(deps.db, contest)) === 'exists') return c.json({ contest: (await getContest(deps.db, contest.id))! }, 200);
    return c.json({ contest }, 201);
  });

  app.openapi(listContestsRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const reaching = session.role === 'editor' ? [] : await contestsReaching(db, session.orgPath);
    const below = c.req.valid('query').below === 'true' && session.role === 'bureau' ? await ofBureauUnitsBelow(db, session.orgId, contestsOfUnit) : [];
    const contests = [...new Map([...reaching, ...below].map((x) => [x.id, x])).values()];
    return c.json({ contests: contests.sort((a, b) => b.settings.opensAt.localeCompare(a.settings.opensAt)) }, 200);
  });

  app.openapi(getContestRoute, async (c) => {
    const session = requireSession(c);
    return c.json({ contest: await viewableContest(c, session, c.req.valid('param').contestId) }, 200);
  });

  app.openapi(progressRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await requireContest(deps.db, c.req.valid('param').contestId);
    authorize(session, 'contest.organise', { path: contest.unitPath, kind: 'contest' });
    return c.json(await contestProgress(deps, contest, session.orgPath), 200);
  });

  app.openapi(featureRoute, async (c) => {
    const session = requireSession(c);
    if (session.role !== 'editor') throw forbidden('Editors turn lessons into modules');
    const deps = c.get('deps');
    const { contestId, entryId } = c.req.valid('param');
    const contest = await requireContest(deps.db, contestId);
    const entry = await getEntry(deps.db, contest.id, entryId, deps.now());
    // Only awarded lessons become modules: anything else is not one to feature.
    if (!entry || contest.settings.type !== 'lesson' || !entry.award || !entry.submission) throw notFound('Awarded lesson');
    const moduleId = idFromKey('mod', 'featured-lesson', entry.id);
    if (!(await getDraft(deps.db, moduleId))) {
      const school = await requireUnit(deps.db, pathIds(entry.authorPath)[3] ?? '');
      const at = new Date(deps.now()).toISOString();
      const content = lessonModule(entry.submission, { author: entry.authorName, school: school.name, contest: contest.settings.title });
      await createModule(deps.db, {
        id: moduleId,
        version: 1,
        content,
        featured: true,
        status: 'draft',
        publishedVersion: 0,
        updatedAt: at,
        updatedBy: session.userId,
      }).catch((error: unknown) => {
        if (!(error instanceof DomainError && error.code === 'conflict')) throw error;
      });
    }
    return c.json({ moduleId }, 200);
  });

  app.openapi(awardsRoute, async (c) => {
    const session = requireSession(c);
    const contest = await viewableContest(c, session, c.req.valid('param').contestId);
    return c.json(await awardList(c, contest), 200);
  });

  app.openapi(setAwardsRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await requireContest(deps.db, c.req.valid('param').contestId);
    authorize(session, 'contest.create', {
      path: contest.unitPath,
      kind: pathIds(contest.unitPath).length === 1 ? 'region' : pathIds(contest.unitPath).length === 2 ? 'city' : 'county',
    });
    if (deps.now() <= Date.parse(contest.settings.closesAt)) throw ruleBroken('Awards come after the submission window has closed');
    const { counts } = c.req.valid('json');
    const final = contest.settings.stages.at(-1)!;
    if ((await stageMembers(deps.db, contest.id, final.level, contest.unitId)).length === 0) throw ruleBroken('No entry has reached the final stage yet');
    await awardContest(deps, contest, counts);
    const after = await getContest(deps.db, contest.id);
    if (!after) throw notFound('Contest');
    return c.json(await awardList(c, after), 200);
  });
}
