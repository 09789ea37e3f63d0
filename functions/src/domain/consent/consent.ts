import { z } from 'zod';
import { CONSENT_NOTE_MAX } from './consent-rules.js';

export const ConsentMethod = z.enum(['paper', 'online', 'in_person']);

/** A guardian's consent as the school recorded it: who recorded it, when and how it was given. */
export const GuardianConsent = z.object({
  recordedBy: z.string(),
  recordedAt: z.string(),
  method: ConsentMethod,
  note: z.string().optional(),
});
export type GuardianConsent = z.infer<typeof GuardianConsent>;

export const RecordConsentRequest = z.strictObject({
  method: ConsentMethod,
  note: z.string().trim().max(CONSENT_NOTE_MAX).optional(),
});

export const ConsentResponse = z.object({
  userId: z.string(),
  guardianConsent: GuardianConsent.nullable(),
  /** False when the request found the state it asked for already there (a retry): nothing was written or logged. */
  changed: z.boolean(),
});

export const SchoolSettings = z.strictObject({
  /** Students who may be under 14 may not sign in until their guardian's consent is recorded. */
  consentRequired: z.boolean(),
});
export type SchoolSettings = z.infer<typeof SchoolSettings>;

export const SchoolSettingsResponse = z.object({ schoolId: z.string(), settings: SchoolSettings, changed: z.boolean().optional() });

/**
 * Whether a student may be under 14. We store no birth dates (minimal data), so the grade decides:
 * children start grade 1 at 6 or older (turning 6 by 31 August), so a grade-9 student is at least 14
 * when the school year begins, while one in grade 8 or below may be 13. A student without a grade
 * is treated as possibly under 14: asking for consent once too often is the safe mistake.
 */
export function possiblyUnder14(grade: number | undefined): boolean {
  return grade === undefined || grade <= 8;
}

export function needsConsentToSignIn(settings: SchoolSettings, student: { grade?: number; guardianConsent?: GuardianConsent }): boolean {
  return settings.consentRequired && possiblyUnder14(student.grade) && !student.guardianConsent;
}
