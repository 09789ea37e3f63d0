/**
 * Off-line activity records (活动记录) in the web: the form's own checks, with the bounds the API
 * enforces (activity-rules.ts), and who may still change a record. Staff pages only.
 */
import { ACTIVITY_KINDS, ACTIVITY_LIMITS, type ActivityKind } from '$domain/activities/activity-rules';
import { previousSchoolYear, schoolYearOf, startYearOf } from '$domain/school-years/years';
import { chinaDateOf } from '$domain/time/china-time';
import { DAY } from '$domain/time/window-rules';
import type { ApiParams, ApiResponse } from './api-contract';

export { ACTIVITY_KINDS, ACTIVITY_LIMITS, type ActivityKind };

export type Activity = ApiResponse<'get', '/api/schools/{schoolId}/activities'>['activities'][number];
export type ActivityPhoto = Activity['photos'][number];

/** The form as typed: numbers are still text until checked. */
export interface ActivityDraft {
  kind: ActivityKind | '';
  date: string;
  classIds: string[];
  grades: number[];
  participants: string;
  hours: string;
  description: string;
}

export type ActivityBody = ApiParams<'post', '/api/schools/{schoolId}/activities'>['body'];

/** A problem the form finds itself, by the API's path of the field, so that it shows where the API's would. */
export interface DraftIssue {
  path: 'kind' | 'date' | 'participants' | 'hours' | 'description';
  code: 'required' | 'date_in_future' | 'date_too_old' | 'participants' | 'hours' | 'description_needed' | 'too_long';
}

/** The dates a record may have on `now`: from 1 September of last school year to today (China). */
export function dateBounds(now: number): { min: string; max: string } {
  return { min: `${startYearOf(schoolYearOf(now)) - 1}-09-01`, max: chinaDateOf(now) };
}

/** The school years a school looks at: this one (the default) and the last. */
export function yearChoices(now: number): [string, string] {
  const current = schoolYearOf(now);
  return [current, previousSchoolYear(current)];
}

export function emptyDraft(): ActivityDraft {
  return { kind: '', date: '', classIds: [], grades: [], participants: '', hours: '', description: '' };
}

export function draftOf(activity: Activity): ActivityDraft {
  const { kind, date, classIds, grades, participants, hours, description } = activity;
  return { kind, date, classIds: [...classIds], grades: [...grades], participants: String(participants), hours: String(hours), description };
}

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The body to send, or what is wrong with the draft on `now`. */
export function checkDraft(draft: ActivityDraft, now: number): { body: ActivityBody; issues: [] } | { body: null; issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const { min, max } = dateBounds(now);
  const description = draft.description.trim();
  const participants = Number(draft.participants);
  const hours = Number(draft.hours);
  if (!draft.kind) issues.push({ path: 'kind', code: 'required' });
  if (!isIsoDate(draft.date)) issues.push({ path: 'date', code: 'required' });
  else if (draft.date > max) issues.push({ path: 'date', code: 'date_in_future' });
  else if (draft.date < min) issues.push({ path: 'date', code: 'date_too_old' });
  const { participants: people, hours: span } = ACTIVITY_LIMITS;
  if (draft.participants.trim() === '' || !Number.isInteger(participants) || participants < people.min || participants > people.max)
    issues.push({ path: 'participants', code: draft.participants.trim() === '' ? 'required' : 'participants' });
  if (draft.hours.trim() === '' || !Number.isInteger(hours * 2) || hours < span.min || hours > span.max)
    issues.push({ path: 'hours', code: draft.hours.trim() === '' ? 'required' : 'hours' });
  if (draft.kind === 'other' && !description) issues.push({ path: 'description', code: 'description_needed' });
  if (description.length > ACTIVITY_LIMITS.description.max) issues.push({ path: 'description', code: 'too_long' });
  if (issues.length || !draft.kind) return { body: null, issues };
  return {
    body: {
      kind: draft.kind,
      date: draft.date,
      classIds: [...draft.classIds],
      grades: [...draft.grades].sort((a, b) => a - b),
      participants,
      hours,
      description,
    },
    issues: [],
  };
}

/** After ACTIVITY_LIMITS.editDays a record is a record: nobody changes or deletes it any more. */
export const isLocked = (activity: Pick<Activity, 'createdAt'>, now: number) => now - Date.parse(activity.createdAt) > ACTIVITY_LIMITS.editDays * DAY;

/** Whether `user` may change the record (and its photos) now: its author, while it is open. */
export function mayChange(activity: Activity, user: { id: string } | null, now: number): boolean {
  return !!user && !activity.deletedAt && activity.createdBy === user.id && !isLocked(activity, now);
}

/** Whether `user` may delete the record now: its author or the school's admin, while it is open. */
export function mayDelete(activity: Activity, user: { id: string; role: string } | null, now: number): boolean {
  return !!user && !activity.deletedAt && (activity.createdBy === user.id || user.role === 'school_admin') && !isLocked(activity, now);
}

/** How many more photos the record takes. */
export const photoPlaces = (activity: Pick<Activity, 'photos'>) => Math.max(0, ACTIVITY_LIMITS.photos.max - activity.photos.length);
