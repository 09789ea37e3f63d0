import { z } from 'zod';
import type { Assignment } from '../assignments/schemas.js';
import type { Campaign } from '../campaigns/schemas.js';
import type { ModuleProgress } from '../progress/progress.js';
import { statusOf } from '../progress/progress.js';

export const Task = z.object({
  source: z.enum(['campaign', 'assignment', 'competition']),
  sourceId: z.string(),
  sourceName: z.string(),
  /** The module to study; null for a competition, which is a quiz. */
  moduleId: z.string().nullable(),
  quizId: z.string().nullable(),
  title: z.strictObject({ zh: z.string(), en: z.string() }).nullable(),
  dueDate: z.string(),
  status: z.enum(['not_started', 'in_progress', 'completed']),
  completedAt: z.string().nullable(),
});
export type Task = z.infer<typeof Task>;

export const TasksResponse = z.object({ tasks: z.array(Task) });

/**
 * A student's tasks: every module of every open campaign above them, every class assignment and
 * every open competition, each with the student's status. The same module from two sources is two tasks (two due dates),
 * with one shared progress.
 */
export interface CompetitionTask {
  quizId: string;
  title: { zh: string; en: string };
  closesAt: string;
  status: Task['status'];
}

export function buildTasks(
  campaigns: Campaign[],
  assignments: Assignment[],
  progress: Map<string, ModuleProgress>,
  titles: Map<string, { zh: string; en: string }>,
  competitions: CompetitionTask[] = [],
): Task[] {
  const task = (source: Task['source'], sourceId: string, sourceName: string, moduleId: string, dueDate: string): Task => ({
    source,
    sourceId,
    sourceName,
    moduleId,
    quizId: null,
    title: titles.get(moduleId) ?? null,
    dueDate,
    status: statusOf(progress.get(moduleId)),
    completedAt: progress.get(moduleId)?.completedAt ?? null,
  });
  const tasks = [
    ...campaigns.flatMap((c) => c.moduleIds.map((m) => task('campaign', c.id, c.name, m, c.endDate))),
    ...assignments.map((a) => task('assignment', a.id, '', a.moduleId, a.dueDate)),
    ...competitions.map((c): Task => ({
      source: 'competition',
      sourceId: c.quizId,
      sourceName: c.title.zh,
      moduleId: null,
      quizId: c.quizId,
      title: c.title,
      dueDate: c.closesAt.slice(0, 10),
      status: c.status,
      completedAt: null,
    })),
  ];
  const order = { in_progress: 0, not_started: 1, completed: 2 };
  return tasks.sort((a, b) => order[a.status] - order[b.status] || a.dueDate.localeCompare(b.dueDate));
}
