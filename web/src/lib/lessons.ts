/**
 * Lessons taught in class mode (课时) in the web: the "mark as taught" form's own checks with the
 * bounds the API enforces (lesson-rules.ts), who may still take a lesson back, and which keys page
 * the presenter view. Teacher pages only; no Svelte, no DOM.
 */
import { LESSON_LIMITS } from '$domain/lessons/lesson-rules';
import { DAY } from '$domain/time/window-rules';
import { dateBounds } from './activities';
import type { ApiParams, ApiResponse } from './api-contract';

export { LESSON_LIMITS, dateBounds };

export type Lesson = ApiResponse<'get', '/api/classes/{classId}/lessons'>['lessons'][number];
export type LessonBody = ApiParams<'post', '/api/classes/{classId}/lessons'>['body'];

/** The form as chosen: hours stay text (a select's value) until checked. */
export interface LessonDraft {
  date: string;
  hours: string;
}

export interface LessonIssue {
  path: 'date' | 'hours';
  code: 'required' | 'date_in_future' | 'date_too_old' | 'hours';
}

/** The lesson hours a teacher picks from: 0.5, 1, 1.5 … 4. */
export function hourChoices(): number[] {
  const { min, max } = LESSON_LIMITS.hours;
  return Array.from({ length: Math.round((max - min) * 2) + 1 }, (_, i) => min + i / 2);
}

const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The body to send for `moduleId`, or what is wrong with the draft on `now`. */
export function checkLesson(moduleId: string, draft: LessonDraft, now: number): { body: LessonBody; issues: [] } | { body: null; issues: LessonIssue[] } {
  const issues: LessonIssue[] = [];
  const { min, max } = dateBounds(now);
  if (!isIsoDate(draft.date)) issues.push({ path: 'date', code: 'required' });
  else if (draft.date > max) issues.push({ path: 'date', code: 'date_in_future' });
  else if (draft.date < min) issues.push({ path: 'date', code: 'date_too_old' });
  const hours = Number(draft.hours);
  const { min: least, max: most } = LESSON_LIMITS.hours;
  if (draft.hours.trim() === '') issues.push({ path: 'hours', code: 'required' });
  else if (!Number.isInteger(hours * 2) || hours < least || hours > most) issues.push({ path: 'hours', code: 'hours' });
  if (issues.length) return { body: null, issues };
  return { body: { moduleId, date: draft.date, hours }, issues: [] };
}

/** The lesson hours that count: taken-back lessons do not. */
export const countedHours = (lessons: readonly Pick<Lesson, 'hours' | 'deletedAt'>[]) =>
  lessons.filter((lesson) => !lesson.deletedAt).reduce((sum, lesson) => sum + lesson.hours, 0);

/** Whether `user` may take the lesson back now: whoever taught it, or the school admin, for LESSON_LIMITS.undoDays. */
export function mayUndo(lesson: Pick<Lesson, 'taughtBy' | 'createdAt' | 'deletedAt'>, user: { id: string; role: string } | null, now: number): boolean {
  if (!user || lesson.deletedAt) return false;
  if (lesson.taughtBy !== user.id && user.role !== 'school_admin') return false;
  return now - Date.parse(lesson.createdAt) <= LESSON_LIMITS.undoDays * DAY;
}

interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Where a key press came from: fields (a date, a select) and players (a video seeks) keep their arrow keys. */
interface KeyTarget {
  tagName: string;
  isContentEditable: boolean;
}

const OWN_KEYS = ['INPUT', 'TEXTAREA', 'SELECT', 'VIDEO', 'AUDIO'];

/**
 * Which way a key pages the presenter view: −1, +1 or 0 (not a paging key here). A classroom
 * clicker sends PageUp/PageDown, a keyboard the arrows.
 */
export function slideStep(press: KeyPress, target: KeyTarget | null): -1 | 0 | 1 {
  if (press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return 0;
  if (target && (target.isContentEditable || OWN_KEYS.includes(target.tagName.toUpperCase()))) return 0;
  if (press.key === 'ArrowRight' || press.key === 'PageDown') return 1;
  if (press.key === 'ArrowLeft' || press.key === 'PageUp') return -1;
  return 0;
}
