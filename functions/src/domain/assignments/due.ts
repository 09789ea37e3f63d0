import { dateEnd } from '../time/window-rules.js';

/**
 * Overdue: not completed, and the due date (end of that day, China time) has passed. zod-free, so a
 * student's list and a teacher's grid flag the same tasks.
 */
export function isOverdue(dueDate: string | null, completedAt: string | null, now: number): boolean {
  if (!dueDate || completedAt) return false;
  return now > dateEnd(dueDate);
}
