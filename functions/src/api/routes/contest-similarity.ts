import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { SimilarityFlagsResponse, SimilarityPairResponse } from '../../domain/contests/schemas.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { isWithin } from '../../domain/org/units.js';
import type { Deps } from '../deps.js';
import { getEntry, judgeTasks, requireContest } from '../../store/contests.js';
import { getUnits } from '../../store/org.js';
import type { Unit } from '../../domain/org/units.js';
import { KNOWN_NAMESPACE, type SimilarityFlagRecord, type TextRef } from '../../store/similarity.js';
import { allFlags, finishPendingChecks } from '../../services/contests.js';
import { displayCode, similarityPair } from '../../services/similarity.js';
import { can } from '../../domain/access/policy.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { jsonContent } from '../openapi.js';
import { COMMON, ContestParams } from './contests.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/similarity',
  tags: ['contests'],
  summary: 'Pairs of entries (or an entry and a known text) sharing much of their text, for organisers: codes and schools',
  request: { params: ContestParams },
  responses: { 200: jsonContent(SimilarityFlagsResponse, 'Flags'), ...COMMON },
});
const pairRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/similarity/{flagId}',
  tags: ['contests'],
  summary: 'Both texts of a flagged pair with the shared passages, for organisers and the judges of either entry',
  request: { params: z.strictObject({ contestId: z.string().min(1).max(40), flagId: z.string().min(1).max(100) }) },
  responses: { 200: jsonContent(SimilarityPairResponse, 'Pair'), ...COMMON },
});

/** Entries of the flag within the organiser's scope (known texts belong to nobody). */
async function sidesInScope(deps: Deps, contestId: string, flag: SimilarityFlagRecord, scope: string): Promise<boolean> {
  const sides = [flag.a, flag.b].filter((ref) => ref.namespace !== KNOWN_NAMESPACE);
  const entries = await Promise.all(sides.map((ref) => getEntry(deps.db, contestId, ref.id)));
  return entries.some((entry) => entry && isWithin(entry.authorPath, scope));
}

/** A flag as the API shows it; with the schools' names when `schools` is given (never to judges). */
function publicFlag(flag: SimilarityFlagRecord, schools: Map<string, Unit> | null) {
  const school = (ref: TextRef) => (schools && ref.schoolId ? (schools.get(ref.schoolId)?.name ?? { zh: '', en: '' }) : undefined);
  const [schoolA, schoolB] = [school(flag.a), school(flag.b)];
  return { id: flag.id, a: displayCode(flag.a), b: displayCode(flag.b), jaccard: flag.jaccard, ...(schoolA ? { schoolA } : {}), ...(schoolB ? { schoolB } : {}) };
}

const schoolsOf = (deps: Deps, flags: SimilarityFlagRecord[]) => getUnits(deps.db, flags.flatMap((flag) => [flag.a.schoolId ?? '', flag.b.schoolId ?? '']));

export function contestSimilarityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await requireContest(deps.db, c.req.valid('param').contestId);
    if (!can(session, 'contest.organise', { path: contest.unitPath, kind: 'contest' })) throw forbidden();
    await finishPendingChecks(deps, contest.id);
    const scope = isWithin(session.orgPath, contest.unitPath) ? session.orgPath : contest.unitPath;
    const flags: SimilarityFlagRecord[] = [];
    for (const flag of await allFlags(deps, contest.id)) if (await sidesInScope(deps, contest.id, flag, scope)) flags.push(flag);
    const schools = await schoolsOf(deps, flags);
    return c.json({ flags: flags.map((flag) => publicFlag(flag, schools)).sort((a, b) => b.jaccard - a.jaccard) }, 200);
  });

  app.openapi(pairRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contestId, flagId } = c.req.valid('param');
    const contest = await requireContest(deps.db, contestId);
    const pair = await similarityPair(deps.db, contest.id, flagId);
    if (!pair) throw notFound('Flag');
    const { flag } = pair;
    let allowed = false;
    if (session.role === 'judge') {
      const tasks = await judgeTasks(deps.db, session.userId);
      allowed = tasks.some((task) => task.contestId === contest.id && (task.entryId === flag.a.id || task.entryId === flag.b.id));
    } else if (can(session, 'contest.organise', { path: contest.unitPath, kind: 'contest' })) {
      allowed = await sidesInScope(deps, contest.id, flag, isWithin(session.orgPath, contest.unitPath) ? session.orgPath : contest.unitPath);
    }
    if (!allowed) throw forbidden();
    // Judges judge blind: they get the texts and codes, not the schools.
    return c.json({ pair: { flag: publicFlag(flag, session.role === 'judge' ? null : await schoolsOf(deps, [flag])), textA: pair.textA, textB: pair.textB, passagesA: flag.passagesA, passagesB: flag.passagesB } }, 200);
  });
}
