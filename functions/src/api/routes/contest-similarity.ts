import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Session } from '../../domain/accounts/schemas.js';
import { SimilarityFlagsResponse, SimilarityPairResponse, type Contest } from '../../domain/contests/schemas.js';
import { forbidden, notFound } from '../../domain/errors.js';
import { isWithin } from '../../domain/org/units.js';
import type { Deps } from '../../services/deps.js';
import { getEntries, judgeTasks, requireContest, type StoredEntry } from '../../store/contests.js';
import { getUnits } from '../../store/org.js';
import type { Unit } from '../../domain/org/units.js';
import { KNOWN_NAMESPACE, type SimilarityFlagRecord } from '../../store/similarity.js';
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
  summary: 'Pairs of entries (or an entry and a known text) sharing much of their text, for organisers: codes, and the schools of the sides in their scope',
  request: { params: ContestParams },
  responses: { 200: jsonContent(SimilarityFlagsResponse, 'Flags'), ...COMMON },
});
const pairRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/similarity/{flagId}',
  tags: ['contests'],
  summary:
    'The texts of a flagged pair with the shared passages, for organisers and the judges of either entry; a side outside the caller’s scope by its code only',
  request: { params: z.strictObject({ contestId: z.string().min(1).max(40), flagId: z.string().min(1).max(100) }) },
  responses: { 200: jsonContent(SimilarityPairResponse, 'Pair'), ...COMMON },
});

type Side = 'a' | 'b';
const SIDES: Side[] = ['a', 'b'];
/** Whether the caller may read an entry's text and school. */
type SeesEntry = (entry: StoredEntry) => boolean;

const entryIdsOf = (flags: SimilarityFlagRecord[]) =>
  flags.flatMap((flag) =>
    SIDES.map((side) => flag[side])
      .filter((ref) => ref.namespace !== KNOWN_NAMESPACE)
      .map((ref) => ref.id),
  );

/**
 * The sides of a flag the caller may see: the entries it `sees`, and a known text (published anyway)
 * beside one of them. A flag between an entry in scope and one outside it — two counties of a region
 * contest — shows the other side by its code only: no text, school or passages, which would be
 * another county's student's essay. Empty when the caller sees no entry of the flag.
 */
function visibleSides(flag: SimilarityFlagRecord, entries: Map<string, StoredEntry>, sees: SeesEntry): Set<Side> {
  const seen = SIDES.filter((side) => {
    const entry = flag[side].namespace === KNOWN_NAMESPACE ? undefined : entries.get(flag[side].id);
    return !!entry && sees(entry);
  });
  return new Set(seen.length ? SIDES.filter((side) => seen.includes(side) || flag[side].namespace === KNOWN_NAMESPACE) : []);
}

/** A flag as the API shows it; with the schools of the visible sides when `schools` is given (never to judges). */
function publicFlag(flag: SimilarityFlagRecord, shown: Set<Side>, schools: Map<string, Unit> | null) {
  const school = (side: Side) => {
    const { schoolId } = flag[side];
    return schools && schoolId && shown.has(side) ? (schools.get(schoolId)?.name ?? { zh: '', en: '' }) : undefined;
  };
  const [schoolA, schoolB] = [school('a'), school('b')];
  return {
    id: flag.id,
    a: displayCode(flag.a),
    b: displayCode(flag.b),
    jaccard: flag.jaccard,
    outside: SIDES.filter((side) => !shown.has(side)),
    ...(schoolA ? { schoolA } : {}),
    ...(schoolB ? { schoolB } : {}),
  };
}

/** The schools of the sides shown, and of no other: a school outside the caller's scope is not even read. */
const schoolsOf = (deps: Deps, shown: { flag: SimilarityFlagRecord; sides: Set<Side> }[]) =>
  getUnits(
    deps.db,
    shown.flatMap(({ flag, sides }) => [...sides].map((side) => flag[side].schoolId ?? '')),
  );

/** An organiser sees the entries of its part of the contest: its own unit's, or all when it runs the contest. */
function organiserSees(session: Session, contest: Contest): SeesEntry {
  const scope = isWithin(session.orgPath, contest.unitPath) ? session.orgPath : contest.unitPath;
  return (entry) => isWithin(entry.authorPath, scope);
}

export function contestSimilarityRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await requireContest(deps.db, c.req.valid('param').contestId);
    if (!can(session, 'contest.organise', { path: contest.unitPath, kind: 'contest' })) throw forbidden();
    await finishPendingChecks(deps, contest.id);
    const flags = await allFlags(deps, contest.id);
    const entries = await getEntries(deps.db, contest.id, entryIdsOf(flags), deps.now());
    const sees = organiserSees(session, contest);
    const shown = flags.map((flag) => ({ flag, sides: visibleSides(flag, entries, sees) })).filter(({ sides }) => sides.size > 0);
    const schools = await schoolsOf(deps, shown);
    return c.json({ flags: shown.map(({ flag, sides }) => publicFlag(flag, sides, schools)).sort((a, b) => b.jaccard - a.jaccard) }, 200);
  });

  app.openapi(pairRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { contestId, flagId } = c.req.valid('param');
    const contest = await requireContest(deps.db, contestId);
    const pair = await similarityPair(deps.db, contest.id, flagId);
    if (!pair) throw notFound('Flag');
    const { flag } = pair;
    let sees: SeesEntry | null = null;
    if (session.role === 'judge') {
      const judged = new Set((await judgeTasks(deps.db, session.userId)).filter((task) => task.contestId === contest.id).map((task) => task.entryId));
      sees = (entry) => judged.has(entry.id);
    } else if (can(session, 'contest.organise', { path: contest.unitPath, kind: 'contest' })) sees = organiserSees(session, contest);
    const sides = sees ? visibleSides(flag, await getEntries(deps.db, contest.id, entryIdsOf([flag]), deps.now()), sees) : new Set<Side>();
    if (sides.size === 0) throw forbidden();
    // Judges judge blind: they get the texts and codes, not the schools.
    const schools = session.role === 'judge' ? null : await schoolsOf(deps, [{ flag, sides }]);
    return c.json(
      {
        pair: {
          flag: publicFlag(flag, sides, schools),
          textA: sides.has('a') ? pair.textA : null,
          textB: sides.has('b') ? pair.textB : null,
          passagesA: sides.has('a') ? flag.passagesA : [],
          passagesB: sides.has('b') ? flag.passagesB : [],
        },
      },
      200,
    );
  });
}
