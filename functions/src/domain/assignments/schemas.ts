import { z } from 'zod';
import { IsoDate } from '../time/window.js';

export { isOverdue } from './due.js';

export const Assignment = z.object({
  id: z.string(),
  classId: z.string(),
  classPath: z.string(),
  moduleId: z.string(),
  dueDate: IsoDate,
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Assignment = z.infer<typeof Assignment>;

export const CreateAssignmentsRequest = z.strictObject({
  moduleId: z.string().min(1).max(40),
  classIds: z.array(z.string().min(1).max(40)).min(1).max(20),
  dueDate: IsoDate,
});

export const AssignmentsResponse = z.object({ assignments: z.array(Assignment) });

/** One cell of the teacher's grid: a student × a module. */
export const GridCell = z.object({
  status: z.enum(['not_started', 'in_progress', 'completed']),
  percent: z.number().int(),
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
});

export const ProgressGrid = z.object({
  classId: z.string(),
  modules: z.array(
    z.object({
      moduleId: z.string(),
      title: z.strictObject({ zh: z.string(), en: z.string() }),
      dueDate: IsoDate.nullable(),
      source: z.enum(['assignment', 'campaign']),
    }),
  ),
  students: z.array(z.object({ id: z.string(), displayName: z.string(), studentNumber: z.string().optional(), cells: z.array(GridCell) })),
});
export type ProgressGrid = z.infer<typeof ProgressGrid>;
