import { contestPhase } from '../domain/contests/window.js';
import { contestsOfUnit } from '../store/contests.js';
import type { Deps } from '../services/deps.js';
import { isOpen } from '../domain/campaigns/schemas.js';
import { scopeOf, type CoverageSubject } from '../domain/coverage/coverage.js';
import { windowState } from '../domain/quizzes/quiz.js';
import { chinaDateOf } from '../domain/time/china-time.js';
import { rowFor } from '../services/coverage.js';
import { mapLimited } from '../services/map-limited.js';
import { campaignsOfUnit } from '../store/campaigns.js';
import { listRootUnits } from '../store/org.js';
import { quizzesOfUnit } from '../store/quizzes.js';
import { putSnapshot } from '../store/snapshots.js';
import { runJob } from '../services/telemetry.js';
import { unitsDownTo } from '../services/units-below.js';

/**
 * The daily history: for every open campaign, competition and contest of the bureau units of every
 * hierarchy (each top-level region bootstrapped into the table), a snapshot of each unit of its
 * subtree (region, cities, counties, schools). Idempotent per day.
 */
export async function snapshotCoverage(deps: Deps): Promise<number> {
  const regions = await listRootUnits(deps.db);
  const bureauUnits = (await Promise.all(regions.map((region) => unitsDownTo(deps.db, region, 'county')))).flat();
  const now = deps.now();
  const date = chinaDateOf(now);
  let written = 0;
  for (const owner of bureauUnits) {
    const subjects: CoverageSubject[] = [
      ...(await campaignsOfUnit(deps.db, owner.id))
        .filter((c) => isOpen(c, now))
        .map((c): CoverageSubject => ({ kind: 'campaign', id: c.id, unitPath: c.unitPath })),
      ...(await quizzesOfUnit(deps.db, owner.id))
        .filter((q) => q.settings.kind === 'competition' && windowState(q.settings, now) === 'open')
        .map((q): CoverageSubject => ({ kind: 'competition', id: q.id, unitPath: q.unitPath })),
      ...(await contestsOfUnit(deps.db, owner.id))
        .filter((contest) => contestPhase(contest.settings, now) === 'open')
        .map((contest): CoverageSubject => ({ kind: 'contest', id: contest.id, unitPath: contest.unitPath })),
    ];
    if (!subjects.length) continue;
    const units = await unitsDownTo(deps.db, owner, 'school');
    for (const subject of subjects)
      await mapLimited(units, 16, async (unit) => {
        const row = await rowFor(deps.db, unit, subject);
        await putSnapshot(deps.db, scopeOf(subject), unit.id, {
          date,
          enrolled: row.enrolled,
          started: row.started,
          completed: row.completed,
          completionRate: row.completionRate,
        });
        written++;
      });
  }
  return written;
}

/** EventBridge Scheduler entry point (daily, after midnight China time). */
export async function handler(): Promise<{ snapshots: number }> {
  return runJob('snapshot-coverage', async () => {
    const { lambdaDeps } = await import('./lambda-deps.js');
    return { snapshots: await snapshotCoverage(await lambdaDeps()) };
  });
}
