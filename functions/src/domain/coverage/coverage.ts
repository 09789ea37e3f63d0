import { z } from 'zod';
import { isWithin } from '../org/units.js';
import { chinaMinuteOf } from '../time/china-time.js';

/**
 * What coverage is of: a campaign (its modules), a competition (a quiz) or a contest (its entries), and
 * the school year it belongs to (the year it opens in).
 */
export type CoverageSubject = { kind: 'campaign' | 'competition' | 'contest'; id: string; unitPath: string; year?: string };

/**
 * The enrolment a subject's rates divide by (docs/SCHOOL_YEAR.md). Once the subject's school year is
 * closed at the unit (a class promoted or graduated out of it; every school at or below the unit
 * promoted), the enrolment that year ended with, which promotion froze as facts; until then, the
 * students enrolled now. So last year's coverage stays what it was after graduates leave.
 */
export function enrolmentFor(
  unit: { kind: string; year?: string | undefined; graduatedYear?: string | undefined },
  subjectYear: string | undefined,
  all: Record<string, number>,
  ofYear: Record<string, number>,
): number {
  if (!subjectYear) return all.enrolled ?? 0;
  const closed =
    unit.kind === 'class'
      ? unit.graduatedYear === subjectYear || (unit.year !== undefined && unit.year !== subjectYear)
      : (ofYear.schoolsPromoted ?? 0) > 0 && (ofYear.schoolsPromoted ?? 0) >= (unit.kind === 'school' ? 1 : (all.schools ?? 0));
  return closed ? (ofYear.enrolled ?? 0) : (all.enrolled ?? 0);
}

/** The counters scope of a campaign: its students' progress and the lessons of its modules taught in class. */
export const campaignScope = (campaignId: string) => `campaign:${campaignId}`;

export function scopeOf(subject: CoverageSubject): string {
  return subject.kind === 'campaign' ? campaignScope(subject.id) : subject.kind === 'competition' ? `quiz:${subject.id}` : `contest:${subject.id}`;
}

export const CoverageRow = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  kind: z.string(),
  schoolsRegistered: z.number().int(),
  schoolsReached: z.number().int(),
  enrolled: z.number().int(),
  started: z.number().int(),
  completed: z.number().int(),
  /** Percent of enrolled students who completed (campaign) or took part (competition). */
  completionRate: z.number(),
  quizParticipants: z.number().int(),
  quizParticipation: z.number(),
  passRate: z.number(),
  meanScore: z.number(),
  /** Contests: entries submitted, sent on past their first stage, and awarded. */
  entriesSubmitted: z.number().int(),
  entriesAdvanced: z.number().int(),
  entriesAwarded: z.number().int(),
  /** Campaigns: lessons of its modules a teacher taught to a whole class (class mode), apart from students' own completion. */
  taughtLessons: z.number().int(),
  lastActivityAt: z.string().nullable(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const CoverageResponse = z.object({ unit: CoverageRow, children: z.array(CoverageRow) });
export const LaggardsResponse = z.object({ below: z.number(), schools: z.array(CoverageRow.extend({ path: z.string() })) });
export const HistoryResponse = z.object({
  points: z.array(
    z.object({ date: z.string(), enrolled: z.number().int(), started: z.number().int(), completed: z.number().int(), completionRate: z.number() }),
  ),
});

const percent = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 10 : 0);

/**
 * A row of the dashboard from a unit's counters alone: enrolment and schools (scope `all`) and the
 * subject's scope. A competition's "started" and "completed" are its participants, a contest's its
 * submitted entries.
 */
export function coverageRow(
  unit: { id: string; name: { zh: string; en: string }; kind: string },
  subject: CoverageSubject,
  all: Record<string, number>,
  scoped: Record<string, number>,
  lastActivityAt: number | null,
): CoverageRow {
  const enrolled = all.enrolled ?? 0;
  const competition = subject.kind === 'competition';
  const participants = competition ? (scoped.participants ?? 0) : 0;
  const submitted = scoped.submitted ?? 0;
  const started = competition ? participants : subject.kind === 'contest' ? submitted : (scoped.started ?? 0);
  const completed = competition ? participants : subject.kind === 'contest' ? submitted : (scoped.completed ?? 0);
  const attempts = scoped.attempts ?? 0;
  return {
    ...unit,
    schoolsRegistered: unit.kind === 'school' ? 1 : unit.kind === 'class' ? 0 : (all.schools ?? 0),
    schoolsReached: scoped.schoolsReached ?? 0,
    enrolled,
    started,
    completed,
    completionRate: percent(completed, enrolled),
    quizParticipants: participants,
    quizParticipation: percent(participants, enrolled),
    passRate: percent(scoped.passes ?? 0, attempts),
    meanScore: attempts ? Math.round(((scoped.scoreSum ?? 0) / attempts) * 10) / 10 : 0,
    entriesSubmitted: submitted,
    entriesAdvanced: scoped.advanced ?? 0,
    entriesAwarded: scoped.awarded ?? 0,
    taughtLessons: subject.kind === 'campaign' ? (scoped.taughtLessons ?? 0) : 0,
    lastActivityAt: lastActivityAt === null ? null : new Date(lastActivityAt).toISOString(),
  };
}

/** A subject covers a unit when the unit lies below the subject's unit, or the subject below the unit. */
export function subjectConcerns(subject: { unitPath: string }, unitPath: string): boolean {
  return subject.unitPath === 'platform' || isWithin(unitPath, subject.unitPath) || isWithin(subject.unitPath, unitPath);
}

/**
 * Schools under a completion rate, lowest first; ties by least recent activity (never active first).
 * A school without students has no one who could lag behind: its 0 % is no rate at all.
 */
export function laggards<T extends { enrolled: number; completionRate: number; lastActivityAt: string | null }>(schools: T[], below: number): T[] {
  return schools
    .filter((s) => s.enrolled > 0 && s.completionRate < below)
    .sort((a, b) => a.completionRate - b.completionRate || (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? ''));
}

export type CsvLanguage = 'zh' | 'en';

const CSV_HEADERS: Record<CsvLanguage, Record<string, string>> = {
  zh: {
    unit: '单位',
    kind: '类型',
    schoolsRegistered: '注册学校',
    schoolsReached: '已覆盖学校',
    enrolled: '在册学生',
    started: '已开始',
    completed: '已完成',
    completionRate: '完成率%',
    taughtLessons: '课堂授课（节）',
    entriesSubmitted: '提交作品',
    entriesAdvanced: '晋级',
    entriesAwarded: '获奖',
    quizParticipation: '竞赛参与率%',
    passRate: '通过率%',
    meanScore: '平均分',
    lastActivityAt: '最近活动（北京时间 UTC+8）',
  },
  en: {
    unit: 'Unit',
    kind: 'Kind',
    schoolsRegistered: 'Schools registered',
    schoolsReached: 'Schools reached',
    enrolled: 'Enrolled',
    started: 'Started',
    completed: 'Completed',
    completionRate: 'Completion %',
    taughtLessons: 'Lessons taught in class',
    entriesSubmitted: 'Entries submitted',
    entriesAdvanced: 'Advanced',
    entriesAwarded: 'Awarded',
    quizParticipation: 'Participation %',
    passRate: 'Pass rate %',
    meanScore: 'Mean score',
    lastActivityAt: 'Last activity (China time, UTC+8)',
  },
};

const KIND_NAMES: Record<CsvLanguage, Record<string, string>> = {
  zh: { region: '自治区', city: '市', county: '县（区）', school: '学校', class: '班级' },
  en: { region: 'Region', city: 'City', county: 'County', school: 'School', class: 'Class' },
};

/** An instant as "2026-11-02 04:05" in China time: Excel reads it as a date and time, and the header names the zone. */
export function chinaTime(iso: string | null): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? chinaMinuteOf(ms) : '';
}

/**
 * The table for Excel: a contest's rows show its entries where the others show quiz figures. A cell
 * that cannot apply is empty, not 0, so that nobody reads "0 % passed": schools under a class, quiz
 * figures of a campaign (its counters hold none), pass rate and mean score with no one taking part.
 */
export function coverageCsvRows(rows: CoverageRow[], kind: CoverageSubject['kind'], lang: CsvLanguage = 'zh'): (string | number)[][] {
  const contest = kind === 'contest';
  const columns = [
    'unit',
    'kind',
    'schoolsRegistered',
    'schoolsReached',
    'enrolled',
    'started',
    'completed',
    'completionRate',
    ...(kind === 'campaign' ? ['taughtLessons'] : []),
    ...(contest ? ['entriesSubmitted', 'entriesAdvanced', 'entriesAwarded'] : ['quizParticipation', 'passRate', 'meanScore']),
    'lastActivityAt',
  ];
  const blank = (value: number, applies: boolean): string | number => (applies ? value : '');
  return [
    columns.map((column) => CSV_HEADERS[lang][column]!),
    ...rows.map((r) => {
      const schools = r.kind !== 'class';
      const quiz = kind === 'competition';
      const scored = quiz && r.quizParticipants > 0;
      return [
        r.name[lang] || r.name.zh,
        KIND_NAMES[lang][r.kind] ?? r.kind,
        blank(r.schoolsRegistered, schools),
        blank(r.schoolsReached, schools),
        r.enrolled,
        r.started,
        r.completed,
        r.completionRate,
        ...(kind === 'campaign' ? [r.taughtLessons] : []),
        ...(contest
          ? [r.entriesSubmitted, r.entriesAdvanced, r.entriesAwarded]
          : [blank(r.quizParticipation, quiz), blank(r.passRate, scored), blank(r.meanScore, scored)]),
        chinaTime(r.lastActivityAt),
      ];
    }),
  ];
}
