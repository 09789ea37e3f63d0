import { z } from 'zod';
import { User } from '../accounts/schemas.js';
import { PublicQuestion } from '../attempts/attempt.js';
import { Certificate } from '../certificates/schemas.js';
import { GuardianConsent } from '../consent/consent.js';
import { Entry } from '../contests/schemas.js';
import { ModuleProgress } from '../progress/progress.js';

const Text = z.object({ zh: z.string(), en: z.string() });

export const DeletionReason = z.enum(['graduated', 'left', 'guardian_request']);
export type DeletionReason = z.infer<typeof DeletionReason>;

export const DeleteStudentRequest = z.strictObject({
  reason: DeletionReason,
  /** The student's username typed again: a deletion cannot be undone, so it is never one click. */
  confirm: z.string().trim().toLowerCase().min(1).max(64),
});

export const DeleteStudentResponse = z.object({ userId: z.string(), reason: DeletionReason, deletedAt: z.string() });

const UnitRef = z.object({ id: z.string(), name: Text });

/** Everything the platform holds about one student, for the student or a guardian (no password hash). */
export const StudentExport = z.object({
  exportedAt: z.string(),
  account: User.omit({ mustChangePassword: true }).extend({ createdAt: z.string(), guardianConsent: GuardianConsent.nullable() }),
  class: UnitRef.nullable(),
  school: UnitRef.nullable(),
  progress: z.array(ModuleProgress.extend({ moduleTitle: Text.nullable() })),
  /** The learning and contest facts the coverage figures count (started, completed, submitted, …). */
  activity: z.array(z.object({ scope: z.string(), metric: z.string(), at: z.string() })),
  attempts: z.array(
    z.object({
      id: z.string(),
      quizId: z.string(),
      quizTitle: Text.nullable(),
      number: z.number().int(),
      status: z.enum(['in_progress', 'submitting', 'submitted']),
      startedAt: z.string(),
      submittedAt: z.string().nullable(),
      result: z.object({ score: z.number(), maxScore: z.number(), percent: z.number(), passed: z.boolean() }).nullable(),
      /** `correct` is null until the quiz's review policy lets the student see it. */
      questions: z.array(PublicQuestion.extend({ answer: z.array(z.string()), correct: z.boolean().nullable() })),
    }),
  ),
  contestEntries: z.array(Entry.extend({ contestTitle: Text.nullable() })),
  certificates: z.array(Certificate),
});
export type StudentExport = z.infer<typeof StudentExport>;
