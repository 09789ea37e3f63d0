import { z } from 'zod';
import { ActivityKindSchema } from '../activities/activity.js';
import { ACTIVITY_KINDS } from '../activities/activity-rules.js';
import { detail, ruleBroken, type DomainError } from '../errors.js';
import { schoolYearOf } from '../school-years/years.js';
import { dateStart } from '../time/window-rules.js';
import { REQUIREMENT_LIMITS } from './requirement-rules.js';

/**
 * What a bureau asks of every school below it for a period of whole months: "each school holds ≥ 2
 * activities and each class has ≥ 4 lesson hours this semester", or "every school holds a 6·26
 * activity in June" (a kind). A school meets it when both parts hold; the parts are read from the
 * month counters of its activities and its classes' lessons (services/requirement-coverage.ts).
 */
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const Requirement = z.object({
  id: z.string(),
  unitId: z.string(),
  unitPath: z.string(),
  unitName: z.object({ zh: z.string(), en: z.string() }),
  title: z.object({ zh: z.string(), en: z.string() }),
  from: Month,
  to: Month,
  year: z.string(),
  minActivities: z.number().int(),
  /** Only activities of this kind count (a 6·26 talk); any kind when absent. */
  activityKind: ActivityKindSchema.optional(),
  minLessonHours: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** Taken back by its bureau: no longer shown to the schools. */
  withdrawnAt: z.string().optional(),
});
export type Requirement = z.infer<typeof Requirement>;

export const SetRequirementRequest = z
  .strictObject({
    title: z.strictObject({
      zh: z.string().trim().min(1).max(REQUIREMENT_LIMITS.title.max),
      en: z.string().trim().max(REQUIREMENT_LIMITS.title.max).default(''),
    }),
    from: Month,
    to: Month,
    minActivities: z.number().int().min(REQUIREMENT_LIMITS.activities.min).max(REQUIREMENT_LIMITS.activities.max),
    activityKind: ActivityKindSchema.optional(),
    minLessonHours: z
      .number()
      .min(REQUIREMENT_LIMITS.lessonHours.min)
      .max(REQUIREMENT_LIMITS.lessonHours.max)
      .refine((hours) => Number.isInteger(hours * 2), { message: 'in half-hour steps' }),
  })
  .refine((r) => r.minActivities > 0 || r.minLessonHours > 0, {
    message: 'ask for activities, lesson hours or both',
    path: ['minActivities'],
    params: { code: 'nothing_required' },
  });
export type SetRequirementRequest = z.infer<typeof SetRequirementRequest>;

export const RequirementResponse = z.object({ requirement: Requirement });
export const RequirementsResponse = z.object({ requirements: z.array(Requirement) });

const monthStart = (month: string) => dateStart(`${month}-01`);

/** The months from `from` to `to`, both included (at most a school year's twelve). */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  for (let i = 0; i < REQUIREMENT_LIMITS.months.max; i++) {
    const index = fromMonth - 1 + i;
    const month = `${fromYear + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    if (month > to) break;
    months.push(month);
  }
  return months;
}

/** Why a period may not be set: `to` before `from`, or two school years in one period. */
export function periodProblem(from: string, to: string): DomainError | null {
  if (to < from) return ruleBroken('The period ends after it starts', [detail('to', 'period_reversed', 'before the start')]);
  if (schoolYearOf(monthStart(from)) !== schoolYearOf(monthStart(to)))
    return ruleBroken('A period lies within one school year (September to August)', [detail('to', 'period_spans_years', 'in another school year')]);
  return null;
}

/** Whether a class counts for a requirement of school year `year`: it was in that year and had not graduated before it. */
export function classOfYear(
  klass: { year?: string | undefined; graduatedYear?: string | undefined; promotedFrom?: { year: string } | undefined },
  year: string,
) {
  if (klass.graduatedYear && klass.graduatedYear !== year) return false;
  return !klass.year || klass.year === year || klass.promotedFrom?.year === year;
}

/** What a school did in a requirement's period, from its month counters and its classes'. */
export interface SchoolTally {
  /** Per month, the school's activity counters (activities, activities_<kind>, participants, hours). */
  activityMonths: Record<string, number>[];
  /** Per class of the school year, its lesson hours summed over the period's months. */
  classHours: { id: string; name: { zh: string; en: string }; hours: number }[];
}

export const SchoolStatus = z.object({
  activities: z.number(),
  /** Activities that count for the requirement (of its kind, when it names one). */
  counted: z.number(),
  byKind: z.record(z.string(), z.number()),
  participants: z.number(),
  hours: z.number(),
  classes: z.number(),
  classesMeeting: z.number(),
  lessonHours: z.number(),
  meetsActivities: z.boolean(),
  meetsLessons: z.boolean(),
});
export type SchoolStatus = z.infer<typeof SchoolStatus>;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** How a school stands against a requirement. A school without classes this year has no lesson hours to lack. */
export function schoolStatus(requirement: Pick<Requirement, 'minActivities' | 'activityKind' | 'minLessonHours'>, tally: SchoolTally): SchoolStatus {
  const total = (metric: string) => sum(tally.activityMonths.map((m) => m[metric] ?? 0));
  const byKind = Object.fromEntries(ACTIVITY_KINDS.map((kind) => [kind, total(`activities_${kind}`)]).filter(([, n]) => (n as number) > 0));
  const counted = requirement.activityKind ? total(`activities_${requirement.activityKind}`) : total('activities');
  const classesMeeting = tally.classHours.filter((c) => c.hours >= requirement.minLessonHours).length;
  return {
    activities: total('activities'),
    counted,
    byKind,
    participants: total('participants'),
    hours: total('hours'),
    classes: tally.classHours.length,
    classesMeeting,
    lessonHours: sum(tally.classHours.map((c) => c.hours)),
    meetsActivities: counted >= requirement.minActivities,
    meetsLessons: classesMeeting === tally.classHours.length,
  };
}

export const RequirementRow = z.object({
  id: z.string(),
  name: z.object({ zh: z.string(), en: z.string() }),
  kind: z.string(),
  schools: z.number().int(),
  schoolsMeeting: z.number().int(),
  activities: z.number(),
  counted: z.number(),
  byKind: z.record(z.string(), z.number()),
  participants: z.number(),
  hours: z.number(),
  classes: z.number().int(),
  classesMeeting: z.number().int(),
  lessonHours: z.number(),
});
export type RequirementRow = z.infer<typeof RequirementRow>;

export const RequirementSchool = RequirementRow.extend({ path: z.string(), meetsActivities: z.boolean(), meetsLessons: z.boolean() });
export type RequirementSchool = z.infer<typeof RequirementSchool>;

export const RequirementClass = z.object({ id: z.string(), name: z.object({ zh: z.string(), en: z.string() }), lessonHours: z.number(), meets: z.boolean() });

export const RequirementCoverageResponse = z.object({
  requirement: Requirement,
  unit: RequirementRow,
  /** The units one level down (for a school: none; its classes are in `classes`). */
  children: z.array(RequirementRow),
  /** Schools at or below the unit that do not meet it yet: furthest behind first. */
  laggards: z.array(RequirementSchool),
  classes: z.array(RequirementClass),
});

/** A school's row: one school, meeting or not. */
export function schoolRow(school: { id: string; name: { zh: string; en: string }; path: string }, status: SchoolStatus): RequirementSchool {
  return {
    id: school.id,
    name: school.name,
    kind: 'school',
    path: school.path,
    schools: 1,
    schoolsMeeting: status.meetsActivities && status.meetsLessons ? 1 : 0,
    activities: status.activities,
    counted: status.counted,
    byKind: status.byKind,
    participants: status.participants,
    hours: status.hours,
    classes: status.classes,
    classesMeeting: status.classesMeeting,
    lessonHours: status.lessonHours,
    meetsActivities: status.meetsActivities,
    meetsLessons: status.meetsLessons,
  };
}

/** A unit's row from the rows of the schools at or below it. */
export function unitRow(unit: { id: string; name: { zh: string; en: string }; kind: string }, schools: RequirementRow[]): RequirementRow {
  const total = (field: 'schools' | 'schoolsMeeting' | 'activities' | 'counted' | 'participants' | 'hours' | 'classes' | 'classesMeeting' | 'lessonHours') =>
    sum(schools.map((s) => s[field]));
  const byKind: Record<string, number> = {};
  for (const school of schools) for (const [kind, n] of Object.entries(school.byKind)) byKind[kind] = (byKind[kind] ?? 0) + n;
  return {
    id: unit.id,
    name: unit.name,
    kind: unit.kind,
    schools: total('schools'),
    schoolsMeeting: total('schoolsMeeting'),
    activities: total('activities'),
    counted: total('counted'),
    byKind,
    participants: total('participants'),
    hours: total('hours'),
    classes: total('classes'),
    classesMeeting: total('classesMeeting'),
    lessonHours: total('lessonHours'),
  };
}

/** Schools not meeting it, furthest behind first: fewest counted activities, then fewest classes with their hours. */
export function requirementLaggards(schools: RequirementSchool[]): RequirementSchool[] {
  return schools
    .filter((s) => !(s.meetsActivities && s.meetsLessons))
    .sort((a, b) => a.counted - b.counted || a.classesMeeting / (a.classes || 1) - b.classesMeeting / (b.classes || 1) || a.path.localeCompare(b.path));
}
