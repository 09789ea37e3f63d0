/**
 * The organisers' side of contests (bureau and school pages), its pure parts: the API's shapes as
 * types only, the stages a bureau may set up, the default rubric, the create form's checks, the
 * advance selection and the awards CSV. No Svelte, no DOM, no fetch: the unit tests drive them.
 */
import type { z } from 'zod';
import { AWARD_COUNT } from '$domain/contests/award-rules';
import type { AwardRow as AwardRowSchema, AwardsResponse as AwardsResponseSchema } from '$domain/contests/schemas';
import { CRITERION_ID, CRITERION_POINTS, LIMIT_MAXIMUM, limitRangeFits, QUOTA, SPREAD_PERCENT } from '$domain/contests/settings-rules';
import { contestPhase } from '$domain/contests/window';
import { MAX_WINDOW_DAYS, windowProblem } from '$domain/time/window-rules';
import type { ErrorDetail } from './api';
import { toCsv } from './files';
import {
  AWARD_LEVELS,
  STAGE_LEVELS,
  type AwardLevel,
  type Contest,
  type ContestProgress,
  type ContestSettings,
  type SimilarityFlag,
  type StageEntry,
  type StageLevel,
  type StageUnitView,
} from './types';

export type AwardRow = z.infer<typeof AwardRowSchema>;
export type Stage = ContestSettings['stages'][number];
export type AwardsResponse = z.infer<typeof AwardsResponseSchema>;

export interface SimilarityFlagsResponse {
  flags: SimilarityFlag[];
}
export interface JudgesResponse {
  judges: { id: string; name: string }[];
}

// ---------------------------------------------------------------------------------------------
// Stages

/** The stage level a bureau's unit runs (its kind), or null for a school or class. */
export function levelOfKind(kind: string | undefined): StageLevel | null {
  return kind === 'region' || kind === 'city' || kind === 'county' ? kind : kind === 'school' ? 'school' : null;
}

/** Levels a bureau of this level may put in its contest: its own and those below, school first. */
export function levelsUpTo(level: StageLevel): StageLevel[] {
  return STAGE_LEVELS.slice(0, STAGE_LEVELS.indexOf(level) + 1);
}

/** The chosen stages in hierarchy order, ending at the bureau's own level (always included). */
export function stagesOf(own: StageLevel, chosen: Partial<Record<StageLevel, boolean>>, quotas: Partial<Record<StageLevel, number>>): Stage[] {
  return levelsUpTo(own)
    .filter((level) => level === own || chosen[level])
    .map((level) => ({ level, quota: Math.trunc(Number(quotas[level] ?? 0)) }));
}

/** Suggested quotas: a few per school, more per county, fewer again at the top. */
export const DEFAULT_QUOTAS: Record<StageLevel, number> = { school: 3, county: 10, city: 10, region: 30 };

// ---------------------------------------------------------------------------------------------
// Rubric

export const rubricTotal = (rows: readonly { max: number }[]) => rows.reduce((sum, row) => sum + (Number.isFinite(Number(row.max)) ? Number(row.max) : 0), 0);

/** A criterion id no row has yet: c1, c2 … */
export function freshCriterionId(rows: readonly { id: string }[]): string {
  const ids = new Set(rows.map((r) => r.id));
  for (let n = rows.length + 1; ; n++) if (!ids.has(`c${n}`)) return `c${n}`;
}

// ---------------------------------------------------------------------------------------------
// The create form's own checks (the API checks again; its details are shown the same way)

export interface FormIssue {
  path: string;
  /** A message key of contestAdmin.* with its parameters. */
  key:
    | 'contestAdmin.check.required'
    | 'contestAdmin.check.bands'
    | 'contestAdmin.check.window'
    | 'contestAdmin.check.windowOrder'
    | 'contestAdmin.check.range'
    | 'contestAdmin.check.rangeServer'
    | 'contestAdmin.check.quota'
    | 'contestAdmin.check.criterionId'
    | 'contestAdmin.check.criterionIdsUnique'
    | 'contestAdmin.check.points'
    | 'contestAdmin.check.rubricEmpty'
    | 'contestAdmin.check.spread'
    | 'valid.windowTooLong';
  params?: Record<string, string | number>;
}

const isInt = (value: unknown, min: number, max: number) =>
  Number.isInteger(Number(value)) && value !== '' && value !== null && Number(value) >= min && Number(value) <= max;

/**
 * What the form would send, with everything the API would refuse listed by its path: the bounds and
 * rules are the API's own (settings-rules.ts, the window's rules), only the words are the form's.
 */
export function checkSettings(settings: ContestSettings): FormIssue[] {
  const issues: FormIssue[] = [];
  // English is optional: a bureau may write in Chinese only, and English readers then see the Chinese.
  for (const field of ['title', 'theme', 'brief'] as const)
    if (!settings[field].zh.trim()) issues.push({ path: `settings.${field}.zh`, key: 'contestAdmin.check.required' });
  if (!settings.bands.length) issues.push({ path: 'settings.bands', key: 'contestAdmin.check.bands' });
  if (!settings.opensAt || !settings.closesAt) issues.push({ path: 'settings.closesAt', key: 'contestAdmin.check.window' });
  else {
    const problem = windowProblem(Date.parse(settings.opensAt), Date.parse(settings.closesAt));
    if (problem?.params.code === 'window_too_long') issues.push({ path: 'settings.closesAt', key: 'valid.windowTooLong', params: { max: MAX_WINDOW_DAYS } });
    else if (problem) issues.push({ path: 'settings.closesAt', key: 'contestAdmin.check.windowOrder' });
  }
  for (const unit of ['zhChars', 'enWords'] as const) {
    const range = settings.limits[unit];
    const max = LIMIT_MAXIMUM[unit];
    if (!isInt(range.min, 0, max) || !isInt(range.max, 1, max) || !limitRangeFits(range, max))
      issues.push({ path: `settings.limits.${unit}`, key: 'contestAdmin.check.range', params: { max } });
  }
  settings.stages.forEach((stage, i) => {
    if (!isInt(stage.quota, QUOTA.min, QUOTA.max))
      issues.push({ path: `settings.stages.${i}.quota`, key: 'contestAdmin.check.quota', params: { min: QUOTA.min, max: QUOTA.max } });
  });
  if (!settings.rubric.length) issues.push({ path: 'settings.rubric', key: 'contestAdmin.check.rubricEmpty' });
  // The API refuses a repeated id on the whole rubric; the form marks each row that repeats one.
  const seen = new Set<string>();
  settings.rubric.forEach((row, i) => {
    if (!CRITERION_ID.test(row.id)) issues.push({ path: `settings.rubric.${i}.id`, key: 'contestAdmin.check.criterionId' });
    else if (seen.has(row.id)) issues.push({ path: `settings.rubric.${i}.id`, key: 'contestAdmin.check.criterionIdsUnique' });
    seen.add(row.id);
    for (const field of ['name', 'description'] as const)
      if (!row[field].zh.trim()) issues.push({ path: `settings.rubric.${i}.${field}.zh`, key: 'contestAdmin.check.required' });
    if (!isInt(row.max, CRITERION_POINTS.min, CRITERION_POINTS.max))
      issues.push({ path: `settings.rubric.${i}.max`, key: 'contestAdmin.check.points', params: { min: CRITERION_POINTS.min, max: CRITERION_POINTS.max } });
  });
  if (!isInt(settings.spreadPercent, SPREAD_PERCENT.min, SPREAD_PERCENT.max))
    issues.push({ path: 'settings.spreadPercent', key: 'contestAdmin.check.spread', params: { min: SPREAD_PERCENT.min, max: SPREAD_PERCENT.max } });
  return issues;
}

/** Contest rules the API refuses, by code (docs/ERRORS.md), in this form's own words. */
const CONTEST_RULES: Record<string, FormIssue['key']> = {
  window_order: 'contestAdmin.check.windowOrder',
  limit_range: 'contestAdmin.check.rangeServer',
  unique_criterion_ids: 'contestAdmin.check.criterionIdsUnique',
};

/** The form's key for an API error detail about a contest rule; null for the general ones. */
export function contestRuleKey(detail: Pick<ErrorDetail, 'code' | 'params'>): FormIssue['key'] | null {
  if (detail.code === 'invalid_format' && detail.params.format === 'criterion_id') return 'contestAdmin.check.criterionId';
  return CONTEST_RULES[detail.code] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Window

export type OrganiserPhase = 'not_open' | 'open' | 'closed' | 'awarded';

/** The API's window (both ends belong to it) in the organiser's words, and the awards after it. */
export function organiserPhase(contest: Pick<Contest, 'settings' | 'awardedAt'>, now: number): OrganiserPhase {
  if (contest.awardedAt) return 'awarded';
  const phase = contestPhase(contest.settings, now);
  return phase === 'upcoming' ? 'not_open' : phase;
}

// ---------------------------------------------------------------------------------------------
// Advancing

/** How many more entries a unit may send on: the quota less those already advanced. */
export function roomLeft(view: Pick<StageUnitView, 'quota' | 'entries'>): number {
  return Math.max(0, view.quota - view.entries.filter((e) => e.advanced).length);
}

/**
 * The best-ranked entries not yet advanced, as many as there is room for; never one of a tie at the
 * quota's edge (the organiser chooses among those). Unranked entries (the school stage, read rather
 * than scored) are not suggested.
 */
export function suggestAdvance(view: Pick<StageUnitView, 'quota' | 'entries' | 'tiedAtCutoff'>): string[] {
  let room = roomLeft(view);
  const tied = new Set(view.tiedAtCutoff);
  const picked: string[] = [];
  const ranked = view.entries.filter((e) => !e.advanced && e.rank !== null && !tied.has(e.code)).sort((a, b) => a.rank! - b.rank!);
  for (const entry of ranked) {
    if (room <= 0) break;
    picked.push(entry.id);
    room--;
  }
  return picked;
}

/** Entries in ranking order: ranked first (1, 2, 2, 4), then unranked by code. */
export function byRank(entries: readonly StageEntry[]): StageEntry[] {
  return [...entries].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
}

// ---------------------------------------------------------------------------------------------
// Awards

/** Award names for the CSV, in both languages whatever the page's (the table goes to other offices). */
export const AWARD_NAMES: Record<AwardLevel, string> = {
  first: '一等奖 First prize',
  second: '二等奖 Second prize',
  third: '三等奖 Third prize',
  excellence: '优秀奖 Excellence award',
};

/** Award counts the API takes: whole numbers within AWARD_COUNT, and at least one award. */
export function awardCountsFit(counts: Record<AwardLevel, number>): boolean {
  const values = AWARD_LEVELS.map((level) => Number(counts[level]));
  return values.every((n) => Number.isInteger(n) && n >= AWARD_COUNT.min && n <= AWARD_COUNT.max) && values.some((n) => n > 0);
}

/** Final stage judged: entries there, each with every assigned judge's score. */
export function finalJudged(progress: ContestProgress | null, finalLevel: StageLevel | undefined): boolean {
  const stage = progress?.stages.find((s) => s.level === finalLevel);
  return !!stage && stage.entries > 0 && stage.toJudge === 0 && stage.judged >= stage.entries;
}

/** Excel would run a cell that starts like a formula: such cells get a leading apostrophe. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The award table for Excel: UTF-8 with a BOM, bilingual header, formula cells neutralised. */
export function awardsCsv(rows: readonly AwardRow[]): string {
  return (
    '\uFEFF' +
    toCsv([
      ['名次 Rank', '奖项 Award', '编号 Code', '题目 Title', '学校 School', 'School (English)', '平均分 Mean'],
      ...rows.map((r) =>
        [String(r.rank), AWARD_NAMES[r.award], r.code, r.title, r.schoolName.zh, r.schoolName.en, String(Math.round(r.mean * 100) / 100)].map(safeCell),
      ),
    ])
  );
}

/** A file name for the award table: the contest's Chinese title without characters files may not hold. */
export function awardsFileName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'contest'}-获奖名单.csv`;
}

/** A mean or spread with at most one decimal. */
export function points(value: number | null, lang: string): string {
  return value === null ? '—' : value.toLocaleString(lang, { maximumFractionDigits: 1 });
}
