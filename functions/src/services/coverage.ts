import { coverageRow, scopeOf, type CoverageRow, type CoverageSubject } from '../domain/coverage/coverage.js';
import { notFound } from '../domain/errors.js';
import type { Unit } from '../domain/org/units.js';
import type { Db } from '../store/client.js';
import { getCampaign } from '../store/campaigns.js';
import { counterTarget, readUnitCounters } from '../store/counters.js';
import { getQuiz } from '../store/quizzes.js';
import { getContest } from '../store/contests.js';

export async function subjectFor(db: Db, query: { campaign?: string; competition?: string; contest?: string }): Promise<CoverageSubject> {
  if (query.contest) {
    const contest = await getContest(db, query.contest);
    if (!contest) throw notFound('Contest');
    return { kind: 'contest', id: contest.id, unitPath: contest.unitPath };
  }
  if (query.campaign) {
    const campaign = await getCampaign(db, query.campaign);
    if (!campaign) throw notFound('Campaign');
    return { kind: 'campaign', id: campaign.id, unitPath: campaign.unitPath };
  }
  const quiz = query.competition ? await getQuiz(db, query.competition) : null;
  if (!quiz) throw notFound('Competition');
  return { kind: 'competition', id: quiz.id, unitPath: quiz.unitPath };
}

/** A unit's dashboard row: two Queries (its `all` counters and the subject's), never students or facts. */
export async function rowFor(db: Db, unit: Unit, subject: CoverageSubject): Promise<CoverageRow> {
  const [all, scoped] = await Promise.all([readUnitCounters(db, counterTarget(unit), 'all'), readUnitCounters(db, counterTarget(unit), scopeOf(subject))]);
  return coverageRow({ id: unit.id, name: unit.name, kind: unit.kind }, subject, all.metrics, scoped.metrics, scoped.lastActivityAt);
}

/** Runs `work` over items a few at a time, so a county of 200 schools does not open 400 sockets. */
export async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}
