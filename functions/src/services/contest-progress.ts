import type { Contest, ContestProgress } from '../domain/contests/schemas.js';
import { isWithin, pathIds } from '../domain/org/units.js';
import { requireUnit } from '../store/org.js';
import { rankedStage } from './contests.js';
import { mapLimited } from './map-limited.js';
import type { Deps } from './deps.js';
import { unitsDownTo } from './units-below.js';

/**
 * Entries, judged, to judge and advanced per stage, and per unit of the stage's level, over the units
 * within both the contest and the caller's scope (`callerPath`).
 */
export async function contestProgress(deps: Deps, contest: Contest, callerPath: string): Promise<ContestProgress> {
  const top = isWithin(callerPath, contest.unitPath) ? callerPath : contest.unitPath;
  const root = await requireUnit(deps.db, pathIds(top).at(-1)!);
  // Stages go from the lowest level up: the first stage's level is the deepest one to read.
  const units = await unitsDownTo(deps.db, root, contest.settings.stages[0]!.level);
  let submitted = 0;
  const stages: ContestProgress['stages'] = [];
  for (const [index, stage] of contest.settings.stages.entries()) {
    const rows = await mapLimited(
      units.filter((unit) => unit.kind === stage.level),
      8,
      async (unit) => {
        const ranked = await rankedStage(deps, contest, stage.level, unit.id);
        return {
          unitId: unit.id,
          unitName: unit.name,
          entries: ranked.length,
          judged: ranked.filter((e) => e.complete).length,
          toJudge: ranked.reduce((sum, e) => sum + e.judgings.filter((j) => !j.score).length, 0),
          advanced: ranked.filter((e) => e.advanced).length,
        };
      },
    );
    const sum = (key: 'entries' | 'judged' | 'toJudge' | 'advanced') => rows.reduce((total, row) => total + row[key], 0);
    if (index === 0) submitted = sum('entries');
    stages.push({
      level: stage.level,
      quota: stage.quota,
      entries: sum('entries'),
      judged: sum('judged'),
      toJudge: sum('toJudge'),
      advanced: sum('advanced'),
      units: rows.filter((row) => row.entries > 0),
    });
  }
  return { stages, submitted };
}
