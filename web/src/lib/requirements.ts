/**
 * A bureau's requirements (要求) in the web: the form's own checks with the bounds the API enforces
 * (requirement-rules.ts), the period's words, and what a school lacks. Staff pages only.
 */
import type { ActivityKind } from '$domain/activities/activity-rules';
import { REQUIREMENT_LIMITS } from '$domain/requirements/requirement-rules';
import { schoolYearOf, startYearOf } from '$domain/school-years/years';
import { chinaDateOf } from '$domain/time/china-time';
import { dateStart } from '$domain/time/window-rules';
import type { ApiParams, ApiResponse } from './api-contract';

export { REQUIREMENT_LIMITS };

export type Requirement = ApiResponse<'get', '/api/units/{unitId}/requirements'>['requirements'][number];
export type RequirementCoverage = ApiResponse<'get', '/api/coverage/requirements/{requirementId}'>;
export type RequirementRow = RequirementCoverage['unit'];
export type RequirementSchool = RequirementCoverage['laggards'][number];
export type RequirementBody = ApiParams<'post', '/api/units/{unitId}/requirements'>['body'];

/** The form as typed: numbers are still text until checked. */
export interface RequirementDraft {
  titleZh: string;
  titleEn: string;
  from: string;
  to: string;
  minActivities: string;
  activityKind: ActivityKind | '';
  minLessonHours: string;
}

/** A problem the form finds itself, by the API's path of the field, so that it shows where the API's would. */
export interface RequirementIssue {
  path: 'title.zh' | 'from' | 'to' | 'minActivities' | 'minLessonHours';
  code: 'required' | 'month' | 'period_reversed' | 'period_spans_years' | 'activities' | 'lessonHours' | 'nothing_required';
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month (YYYY-MM) of `now` in China. */
export const chinaMonth = (now: number) => chinaDateOf(now).slice(0, 7);

const yearOfMonth = (month: string) => schoolYearOf(dateStart(`${month}-01`));

/** This month, both ends: the usual "this month" ask, which the bureau widens. */
export function emptyDraft(now: number): RequirementDraft {
  const month = chinaMonth(now);
  return { titleZh: '', titleEn: '', from: month, to: month, minActivities: '1', activityKind: '', minLessonHours: '0' };
}

/** The body to send, or what is wrong with the draft. */
export function checkDraft(draft: RequirementDraft): { body: RequirementBody; issues: [] } | { body: null; issues: RequirementIssue[] } {
  const issues: RequirementIssue[] = [];
  const titleZh = draft.titleZh.trim();
  if (!titleZh) issues.push({ path: 'title.zh', code: 'required' });
  const from = draft.from.trim();
  const to = draft.to.trim();
  if (!MONTH.test(from)) issues.push({ path: 'from', code: from ? 'month' : 'required' });
  if (!MONTH.test(to)) issues.push({ path: 'to', code: to ? 'month' : 'required' });
  else if (MONTH.test(from) && to < from) issues.push({ path: 'to', code: 'period_reversed' });
  else if (MONTH.test(from) && yearOfMonth(from) !== yearOfMonth(to)) issues.push({ path: 'to', code: 'period_spans_years' });

  const activities = Number(draft.minActivities);
  const hours = Number(draft.minLessonHours);
  const { activities: a, lessonHours: h } = REQUIREMENT_LIMITS;
  const activitiesOk = draft.minActivities.trim() !== '' && Number.isInteger(activities) && activities >= a.min && activities <= a.max;
  const hoursOk = draft.minLessonHours.trim() !== '' && Number.isInteger(hours * 2) && hours >= h.min && hours <= h.max;
  if (!activitiesOk) issues.push({ path: 'minActivities', code: 'activities' });
  if (!hoursOk) issues.push({ path: 'minLessonHours', code: 'lessonHours' });
  if (activitiesOk && hoursOk && activities === 0 && hours === 0) issues.push({ path: 'minActivities', code: 'nothing_required' });

  if (issues.length) return { body: null, issues };
  return {
    body: {
      title: { zh: titleZh, en: draft.titleEn.trim() },
      from,
      to,
      minActivities: activities,
      ...(draft.activityKind ? { activityKind: draft.activityKind } : {}),
      minLessonHours: hours,
    },
    issues: [],
  };
}

/** Whether the period is still to come, under way or over, by China's month. */
export function requirementPhase(requirement: Pick<Requirement, 'from' | 'to'>, now: number): 'upcoming' | 'open' | 'ended' {
  const month = chinaMonth(now);
  if (month < requirement.from) return 'upcoming';
  return month > requirement.to ? 'ended' : 'open';
}

/** What a school sees: this school year's requirements and later ones, not last year's. */
export function inSchoolView(requirement: Pick<Requirement, 'to'>, now: number): boolean {
  return requirement.to >= `${startYearOf(schoolYearOf(now))}-09`;
}

/** What a school lacks: how many activities that count, how many classes short of their hours. */
export function shortfall(requirement: Pick<Requirement, 'minActivities'>, school: Pick<RequirementSchool, 'counted' | 'classes' | 'classesMeeting'>) {
  return { activities: Math.max(0, requirement.minActivities - school.counted), classes: Math.max(0, school.classes - school.classesMeeting) };
}

/** Whether every school at or below a unit meets it (a unit without schools meets nothing). */
export const allMeeting = (row: Pick<RequirementRow, 'schools' | 'schoolsMeeting'>) => row.schools > 0 && row.schoolsMeeting === row.schools;

/** "2026年9月" / "Sep 2026". */
export function monthText(lang: string, month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(year, number - 1, 1));
}

/** The period in words: one month, or the first and the last. */
export function periodText(lang: string, from: string, to: string): string {
  return from === to ? monthText(lang, from) : `${monthText(lang, from)} – ${monthText(lang, to)}`;
}
