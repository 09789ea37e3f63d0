import { z } from 'zod';
import { isWithin } from '../org/units.js';

/** What coverage is of: a campaign (its modules), a competition (a quiz) or a contest (its entries). */
export type CoverageSubject = { kind: 'campaign' | 'competition' | 'contest'; id: string; unitPath: string };

export function scopeOf(subject: CoverageSubject): string {
  return subject.kind === 'campaign' ? `campaign:${subject.id}` : subject.kind === 'competition' ? `quiz:${subject.id}` : `contest:${subject.id}`;
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
  lastActivityAt: z.string().nullable(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

export const CoverageResponse = z.object({ unit: CoverageRow, children: z.array(CoverageRow) });
export const LaggardsResponse = z.object({ below: z.number(), schools: z.array(CoverageRow.extend({ path: z.string() })) });
export const HistoryResponse = z.object({ points: z.array(z.object({ date: z.string(), enrolled: z.number().int(), started: z.number().int(), completed: z.number().int(), completionRate: z.number() })) });

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
    lastActivityAt: lastActivityAt === null ? null : new Date(lastActivityAt).toISOString(),
  };
}

/** A subject covers a unit when the unit lies below the subject's unit, or the subject below the unit. */
export function subjectConcerns(subject: { unitPath: string }, unitPath: string): boolean {
  return subject.unitPath === 'platform' || isWithin(unitPath, subject.unitPath) || isWithin(subject.unitPath, unitPath);
}

/** Schools under a completion rate, lowest first; ties by least recent activity (never active first). */
export function laggards<T extends { completionRate: number; lastActivityAt: string | null }>(schools: T[], below: number): T[] {
  return schools
    .filter((s) => s.completionRate < below)
    .sort((a, b) => a.completionRate - b.completionRate || (a.lastActivityAt ?? '').localeCompare(b.lastActivityAt ?? ''));
}

/** The table for Excel: a contest's rows show its entries where the others show quiz figures. */
export function coverageCsvRows(rows: CoverageRow[], kind: CoverageSubject['kind']): (string | number)[][] {
  const common = ['单位 Unit', '类型 Kind', '注册学校 Schools', '已覆盖学校 Reached', '在册学生 Enrolled', '已开始 Started', '已完成 Completed', '完成率% Completion'];
  const contest = kind === 'contest';
  const specific = contest ? ['提交作品 Entries submitted', '晋级 Advanced', '获奖 Awarded'] : ['竞赛参与率% Participation', '通过率% Pass rate', '平均分 Mean score'];
  return [
    [...common, ...specific, '最近活动 Last activity'],
    ...rows.map((r) => [
      r.name.zh, r.kind, r.schoolsRegistered, r.schoolsReached, r.enrolled, r.started, r.completed, r.completionRate,
      ...(contest ? [r.entriesSubmitted, r.entriesAdvanced, r.entriesAwarded] : [r.quizParticipation, r.passRate, r.meanScore]),
      r.lastActivityAt ?? '',
    ]),
  ];
}
