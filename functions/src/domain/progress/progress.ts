import { z } from 'zod';
import type { ModuleContent } from '../modules/content.js';

/** A learner's place in one module: which sections were seen, what each inline check was answered. */
export const ModuleProgress = z.object({
  moduleId: z.string(),
  /** The published version the progress was made on. */
  version: z.number().int(),
  seen: z.array(z.string()),
  answers: z.record(z.string(), z.string()),
  lastSectionId: z.string().nullable(),
  /** 0–100, kept with the progress so that lists need not load the module. */
  percent: z.number().int(),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ModuleProgress = z.infer<typeof ModuleProgress>;

export const ProgressEvent = z.strictObject({
  version: z.number().int().min(1),
  sectionId: z.string().min(1).max(40),
  /** The option picked in an inline check, when the section is one. */
  optionId: z.string().min(1).max(8).optional(),
});
export type ProgressEvent = z.infer<typeof ProgressEvent>;

export const ProgressResponse = z.object({ progress: ModuleProgress });

export type ProgressStatus = 'not_started' | 'in_progress' | 'completed';

export function statusOf(progress: Pick<ModuleProgress, 'completedAt'> | null | undefined): ProgressStatus {
  if (!progress) return 'not_started';
  return progress.completedAt ? 'completed' : 'in_progress';
}

/** Share of the module done, 0–100: sections seen, checks counting only once answered. */
export function percentDone(content: ModuleContent, progress: Pick<ModuleProgress, 'seen' | 'answers'>): number {
  const done = content.sections.filter((s) => (s.kind === 'check' ? s.id in progress.answers : progress.seen.includes(s.id))).length;
  return Math.round((done / content.sections.length) * 100);
}

/** Complete when every section has been seen and every inline check answered. */
export function isComplete(content: ModuleContent, progress: Pick<ModuleProgress, 'seen' | 'answers'>): boolean {
  return percentDone(content, progress) === 100;
}

export class InvalidProgress extends Error {}

/**
 * Applies one event to the stored progress (null when none yet). Pure and idempotent: applying the
 * same event twice gives the same state, so a retried save changes nothing.
 */
export function applyProgress(
  content: ModuleContent,
  moduleId: string,
  current: ModuleProgress | null,
  event: ProgressEvent,
  now: string,
): { progress: ModuleProgress; started: boolean; completed: boolean } {
  const section = content.sections.find((s) => s.id === event.sectionId);
  if (!section) throw new InvalidProgress(`No section ${event.sectionId} in this module`);
  if (event.optionId !== undefined) {
    if (section.kind !== 'check') throw new InvalidProgress('Only an inline check takes an answer');
    if (!section.options.some((o) => o.id === event.optionId)) throw new InvalidProgress(`No option ${event.optionId} in this check`);
  }
  const base: ModuleProgress = current ?? {
    moduleId,
    version: event.version,
    seen: [],
    answers: {},
    lastSectionId: null,
    percent: 0,
    startedAt: now,
    completedAt: null,
    updatedAt: now,
  };
  const seen = base.seen.includes(section.id) ? base.seen : [...base.seen, section.id];
  const answers = event.optionId !== undefined && !(section.id in base.answers) ? { ...base.answers, [section.id]: event.optionId } : base.answers;
  const next: ModuleProgress = { ...base, seen, answers, lastSectionId: section.id, updatedAt: now };
  next.percent = percentDone(content, next);
  const completedNow = !base.completedAt && next.percent === 100;
  if (completedNow) next.completedAt = now;
  return { progress: next, started: current === null, completed: completedNow };
}
