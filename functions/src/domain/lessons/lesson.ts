import { z } from 'zod';
import { detail, forbidden, ruleBroken, type DomainError } from '../errors.js';
import { IsoDate } from '../time/window.js';
import { DAY } from '../time/window-rules.js';
import { LESSON_LIMITS } from './lesson-rules.js';

/**
 * A module a teacher taught to a whole class in class mode (presenter view, no student signs in): lesson
 * hours for the class, counted as "taught in class", apart from students' own completion. Each lesson
 * counts once, as facts, towards its school year and its month (store/lessons.ts).
 */
export const Lesson = z.object({
  id: z.string(),
  classId: z.string(),
  classPath: z.string(),
  moduleId: z.string(),
  moduleVersion: z.number().int(),
  moduleTitle: z.object({ zh: z.string(), en: z.string() }),
  date: IsoDate,
  year: z.string(),
  hours: z.number(),
  taughtBy: z.string(),
  taughtByName: z.string(),
  createdAt: z.string(),
  /** Campaigns reaching the class that held this module on the lesson's date: each counts it as taught in class. */
  campaignIds: z.array(z.string()).default([]),
  deletedAt: z.string().optional(),
  deletedBy: z.string().optional(),
});
export type Lesson = z.infer<typeof Lesson>;

export const TeachLessonRequest = z.strictObject({
  moduleId: z.string().min(1).max(60),
  date: IsoDate,
  hours: z
    .number()
    .min(LESSON_LIMITS.hours.min)
    .max(LESSON_LIMITS.hours.max)
    .refine((hours) => Number.isInteger(hours * 2), { message: 'in half-hour steps' })
    .default(1),
});
export const LessonResponse = z.object({ lesson: Lesson });
export const LessonsResponse = z.object({ lessons: z.array(Lesson), hours: z.number() });

/** The counters scope of a school year's lessons (`2026-2027`) or of a month's (`2026-10`). */
export const lessonScope = (period: string) => `lessons:${period}`;

export const lessonMetrics = (lesson: Pick<Lesson, 'hours'>): Record<string, number> => ({ lessons: 1, lessonHours: lesson.hours });

/** What a lesson adds to a campaign's coverage: one lesson of its modules taught in class. */
export const TAUGHT_IN_CLASS = 'taughtLessons';

/** The campaigns a lesson of `moduleId` on `date` counts for: those with the module, running that day. */
export function campaignsTaught(
  campaigns: { id: string; moduleIds: string[]; startDate: string; endDate: string }[],
  moduleId: string,
  date: string,
): string[] {
  return campaigns.filter((c) => c.moduleIds.includes(moduleId) && c.startDate <= date && date <= c.endDate).map((c) => c.id);
}

/** Whether `actor` may take the lesson back now: its teacher (or the school admin), within LESSON_LIMITS.undoDays. */
export function undoProblem(lesson: Lesson, actor: { userId: string; role: string }, now: number): DomainError | null {
  if (lesson.taughtBy !== actor.userId && actor.role !== 'school_admin') return forbidden('Only whoever taught it takes a lesson back');
  if (now - Date.parse(lesson.createdAt) > LESSON_LIMITS.undoDays * DAY)
    return ruleBroken(`A lesson is kept ${LESSON_LIMITS.undoDays} days after it was marked`, [
      detail('lessonId', 'locked', 'locked', { days: LESSON_LIMITS.undoDays }),
    ]);
  return null;
}
