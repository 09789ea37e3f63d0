import { z } from 'zod';
import { detail, forbidden, rule, ruleBroken, type DomainError } from '../errors.js';
import { IsoDate } from '../time/window.js';
import { DAY } from '../time/window-rules.js';
import { ACTIVITY_KINDS, ACTIVITY_LIMITS, PHOTO_TYPES } from './activity-rules.js';

/**
 * An off-line activity a school held (主题班会, a police talk, a visit to a drug-prevention education
 * base, …): what the bureaus' "全覆盖" counts besides on-line learning. Each record counts once, as a
 * fact, towards its school year's activity counters (store/activities.ts).
 */
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);

export const ActivityPhoto = z.object({
  id: z.string(),
  contentType: z.enum(PHOTO_TYPES),
  /** pending: the upload URL was handed out; ready: the bytes arrived and were checked. */
  status: z.enum(['pending', 'ready']),
  bytes: z.number().int().optional(),
  addedAt: z.string(),
  /** A download URL for a short while (ready photos, in responses only). */
  url: z.string().optional(),
});
export type ActivityPhoto = z.infer<typeof ActivityPhoto>;

export const Questioned = z.object({ by: z.string(), unitName: z.string(), reason: z.string(), at: z.string() });

export const Activity = z.object({
  id: z.string(),
  schoolId: z.string(),
  schoolPath: z.string(),
  kind: ActivityKindSchema,
  date: IsoDate,
  year: z.string(),
  classIds: z.array(z.string()),
  grades: z.array(z.number().int()),
  participants: z.number().int(),
  hours: z.number(),
  description: z.string(),
  photos: z.array(ActivityPhoto),
  /** Raised by every change of the photo list, which does not change the version (photos do not count). */
  photoRev: z.number().int(),
  createdBy: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Raised by every change; a change names the version it was made on. */
  version: z.number().int(),
  deletedAt: z.string().optional(),
  deletedBy: z.string().optional(),
  /** A bureau's spot check: the school sees the reason. */
  questioned: Questioned.optional(),
});
export type Activity = z.infer<typeof Activity>;

const Hours = z
  .number()
  .min(ACTIVITY_LIMITS.hours.min)
  .max(ACTIVITY_LIMITS.hours.max)
  .refine((hours) => Number.isInteger(hours * 2), { message: 'in half-hour steps' });

const ActivityFields = z.strictObject({
  kind: ActivityKindSchema,
  date: IsoDate,
  classIds: z.array(z.string().min(1).max(40)).max(ACTIVITY_LIMITS.classes.max).default([]),
  grades: z.array(z.number().int().min(1).max(12)).max(12).default([]),
  participants: z.number().int().min(ACTIVITY_LIMITS.participants.min).max(ACTIVITY_LIMITS.participants.max),
  hours: Hours,
  description: z.string().trim().max(ACTIVITY_LIMITS.description.max).default(''),
});

/** "Other" says what it was. */
const described = (a: { kind: string; description: string }) => a.kind !== 'other' || a.description.length > 0;
const DESCRIPTION_NEEDED = { ...rule('description_needed', 'say what the activity was'), path: ['description'] };

export const CreateActivityRequest = ActivityFields.refine(described, DESCRIPTION_NEEDED);
export const UpdateActivityRequest = ActivityFields.extend({ version: z.number().int().min(1) }).refine(described, DESCRIPTION_NEEDED);
export type ActivityFields = z.infer<typeof CreateActivityRequest>;

export const ActivityResponse = z.object({ activity: Activity });
export const ActivitiesResponse = z.object({ activities: z.array(Activity) });
export const QuestionRequest = z.strictObject({ reason: z.string().trim().min(1).max(ACTIVITY_LIMITS.questionReason.max) });
export const PhotoUploadRequest = z.strictObject({
  contentType: z.enum(PHOTO_TYPES),
  bytes: z.number().int().min(1).max(ACTIVITY_LIMITS.photoBytes),
});
export const PhotoUploadResponse = z.object({
  photo: ActivityPhoto,
  upload: z.object({ url: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), expiresAt: z.string() }),
});

/** The counters scope of a school year's activities (`2026-2027`) or of a month's (`2026-10`). */
export const activityScope = (period: string) => `activities:${period}`;

/** What a record adds to its school year's counters at its school and every unit above. */
export function activityMetrics(activity: Pick<Activity, 'kind' | 'participants' | 'hours'>): Record<string, number> {
  return { activities: 1, [`activities_${activity.kind}`]: 1, participants: activity.participants, hours: activity.hours };
}

/** Whether a record is still open to change by its author (ACTIVITY_LIMITS.editDays after it was made). */
export const isLocked = (activity: Pick<Activity, 'createdAt'>, now: number) => now - Date.parse(activity.createdAt) > ACTIVITY_LIMITS.editDays * DAY;

/**
 * Why `actor` may not change (or delete) the record now, or null: only its author while it is open,
 * and for a deletion also the school's admin; never a deleted record.
 */
export function changeProblem(activity: Activity, actor: { userId: string; role: string }, now: number, deleting = false): DomainError | null {
  if (activity.deletedAt) return ruleBroken('This record was deleted', [detail('activityId', 'deleted', 'a deleted record')]);
  const allowed = activity.createdBy === actor.userId || (deleting && actor.role === 'school_admin');
  if (!allowed) return forbidden('Only whoever recorded it changes a record');
  if (isLocked(activity, now))
    return ruleBroken(`A record is locked ${ACTIVITY_LIMITS.editDays} days after it was made`, [
      detail('activityId', 'locked', 'locked', { days: ACTIVITY_LIMITS.editDays }),
    ]);
  return null;
}
