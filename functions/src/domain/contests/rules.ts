import { detail, type ErrorDetail } from '../errors.js';
import { idFromKey } from '../ids.js';
import type { UnitKind } from '../org/units.js';
import { entryLength } from './length.js';

export { rubricMax } from './settings-rules.js';
import { AWARD_LEVELS, STAGE_LEVELS, type AwardLevel, type ContestSettings, type Criterion, type EntryContent, type StageLevel } from './schemas.js';

/** One entry per author and contest: the id derives from both, so a first save twice makes one entry. */
export const entryIdOf = (contestId: string, authorId: string) => idFromKey('ent', authorId, contestId);

/** The throttle subject of an author's draft saves. */
export const entrySaveSubject = (authorId: string) => `entry-save:${authorId}`;

/** Where each level's unit sits on an author's path (region/city/county/school/…). */
const PATH_INDEX: Record<StageLevel, number> = { region: 0, city: 1, county: 2, school: 3 };

/** The unit that runs `level` for an author at `pathIds`. */
export function stageUnitOf(level: StageLevel, authorPathIds: string[]): string {
  return authorPathIds[PATH_INDEX[level]]!;
}

/** Stages go up the hierarchy without repeating and end at the organising bureau's own level. */
export function stageProblems(settings: Pick<ContestSettings, 'stages'>, organiserKind: UnitKind): ErrorDetail[] {
  const levels = settings.stages.map((s) => STAGE_LEVELS.indexOf(s.level));
  const problems: ErrorDetail[] = [];
  if (levels.some((level, i) => i > 0 && level <= levels[i - 1]!))
    problems.push(detail('settings.stages', 'stages_order', 'stages go from school up to the organiser’s level, each once'));
  if (settings.stages.at(-1)?.level !== organiserKind)
    problems.push(detail('settings.stages', 'last_stage_level', `the last stage is the organiser’s own level (${organiserKind})`, { level: organiserKind }));
  return problems;
}

/** Length limits of the entry's language, and a lesson's grade band. */
export function submissionProblems(settings: Pick<ContestSettings, 'limits' | 'type' | 'bands'>, content: EntryContent): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const length = entryLength(content.text, content.language);
  const { min, max } = content.language === 'zh' ? settings.limits.zhChars : settings.limits.enWords;
  const unit = content.language === 'zh' ? 'characters' : 'words';
  if (length < min) problems.push(detail('content.text', 'entry_too_short', `at least ${min} ${unit} (now ${length})`, { minimum: min, length, unit }));
  if (length > max) problems.push(detail('content.text', 'entry_too_long', `at most ${max} ${unit} (now ${length})`, { maximum: max, length, unit }));
  if (settings.type === 'lesson' && !content.band) problems.push(detail('content.band', 'band_needed', 'a lesson names its grade band'));
  if (content.band && !settings.bands.includes(content.band))
    problems.push(detail('content.band', 'band_not_in_contest', 'this contest is not for that grade band'));
  return problems;
}

/** A judge scores every criterion once, within its maximum; returns the total. */
export function scoreProblems(rubric: Criterion[], criteria: { id: string; points: number }[]): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const given = new Map(criteria.map((c) => [c.id, c.points]));
  if (given.size !== criteria.length) problems.push(detail('criteria', 'criterion_repeated', 'each criterion once'));
  for (const criterion of rubric) {
    const points = given.get(criterion.id);
    if (points === undefined) problems.push(detail(`criteria.${criterion.id}`, 'criterion_missing', 'missing'));
    else if (points > criterion.max) problems.push(detail(`criteria.${criterion.id}`, 'too_big', `at most ${criterion.max}`, { maximum: criterion.max }));
  }
  for (const id of given.keys()) if (!rubric.some((c) => c.id === id)) problems.push(detail(`criteria.${id}`, 'criterion_unknown', 'not in the rubric'));
  return problems;
}

export interface EntryJudgement {
  /** Totals of the judges who have scored. */
  totals: number[];
  /** Judges assigned. */
  judges: number;
}

/**
 * An entry's score is the mean of its judges' totals once every assigned judge has scored. Two totals
 * further apart than the spread limit need a third judge before the mean counts.
 */
export function judgement(entry: EntryJudgement, max: number, spreadPercent: number) {
  const scored = entry.totals.length;
  const spread = scored >= 2 ? Math.max(...entry.totals) - Math.min(...entry.totals) : null;
  const needsThirdJudge = scored === 2 && entry.judges <= 2 && spread !== null && spread > (max * spreadPercent) / 100;
  const complete = scored >= 2 && scored === entry.judges && !needsThirdJudge;
  const mean = complete ? Math.round((entry.totals.reduce((a, b) => a + b, 0) / scored) * 100) / 100 : null;
  return { spread, needsThirdJudge, complete, mean };
}

/** Competition ranking (1, 2, 2, 4) by mean, best first; unscored entries get no rank. */
export function rankByMean<T extends { mean: number | null }>(entries: T[]): (T & { rank: number | null; tied: boolean })[] {
  const scored = entries.filter((e) => e.mean !== null).sort((a, b) => b.mean! - a.mean!);
  const ranked = scored.map((entry) => ({
    ...entry,
    rank: scored.findIndex((other) => other.mean === entry.mean) + 1,
    tied: scored.filter((o) => o.mean === entry.mean).length > 1,
  }));
  return [...ranked, ...entries.filter((e) => e.mean === null).map((e) => ({ ...e, rank: null, tied: false }))];
}

/** Entries tied at the quota's edge: some would fit and some would not, so a person must choose. */
export function tiedAtCutoff<T extends { rank: number | null; mean: number | null }>(ranked: T[], quota: number): T[] {
  const scored = ranked.filter((e) => e.rank !== null);
  if (scored.length <= quota) return [];
  const edge = scored[quota - 1]!;
  const tied = scored.filter((e) => e.mean === edge.mean);
  return tied.length > 1 && scored[quota]!.mean === edge.mean ? tied : [];
}

/**
 * Award levels by rank: the first `counts.first` ranks get first prize and so on. An entry tied with
 * an awarded one shares its level, so ties are never split by chance.
 */
export function awardLevels<T extends { rank: number | null }>(ranked: T[], counts: Record<AwardLevel, number>): (T & { award: AwardLevel })[] {
  const awarded: (T & { award: AwardLevel })[] = [];
  let upTo = 0;
  for (const level of AWARD_LEVELS) {
    const from = upTo;
    upTo += counts[level];
    for (const entry of ranked) if (entry.rank !== null && entry.rank > from && entry.rank <= upTo) awarded.push({ ...entry, award: level });
  }
  return awarded;
}

/**
 * New judge assignments for a stage: two panel judges per entry, a third where the first two
 * disagree, each time the judges with the fewest entries so far (ties by panel order), so a panel's
 * work is shared evenly and re-running it adds nothing already there.
 */
export function distribute(entries: { id: string; judges: string[]; needsThirdJudge: boolean }[], panel: string[]): { entryId: string; judgeId: string }[] {
  const load = new Map(panel.map((id) => [id, 0]));
  for (const entry of entries) for (const judge of entry.judges) if (load.has(judge)) load.set(judge, load.get(judge)! + 1);
  const added: { entryId: string; judgeId: string }[] = [];
  for (const entry of entries) {
    const want = entry.needsThirdJudge ? 3 : 2;
    const on = new Set(entry.judges);
    while (on.size < want) {
      const next = panel.filter((id) => !on.has(id)).sort((a, b) => load.get(a)! - load.get(b)!)[0];
      if (!next) break;
      on.add(next);
      load.set(next, load.get(next)! + 1);
      added.push({ entryId: entry.id, judgeId: next });
    }
  }
  return added;
}
