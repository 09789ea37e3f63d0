import { z } from 'zod';
import { User } from '../accounts/schemas.js';
import { GuardianConsent } from '../consent/consent.js';
import { PreviewRow, RosterProblem } from './rows.js';
import { MAX_ROSTER_BASE64 } from './upload.js';

export const PreviewRequest = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes as base64, exactly as Excel saved them (UTF-8, UTF-8 with BOM, GBK or UTF-16). */
  contentBase64: z.string().min(1).max(MAX_ROSTER_BASE64),
});

export const ImportStatus = z.enum(['preview', 'committing', 'committed']);

export const RosterImport = z.object({
  id: z.string(),
  classId: z.string(),
  fileName: z.string(),
  encoding: z.string(),
  status: ImportStatus,
  rows: z.array(PreviewRow),
  fileErrors: z.array(RosterProblem),
  validCount: z.number().int(),
  errorCount: z.number().int(),
  createdAt: z.string(),
});
export type RosterImport = z.infer<typeof RosterImport>;

export const Credential = z.object({
  line: z.number().int(),
  name: z.string(),
  studentNumber: z.string(),
  username: z.string(),
  password: z.string(),
});
export type Credential = z.infer<typeof Credential>;

export const PreviewResponse = z.object({ import: RosterImport });

export const SlipsResponse = z.object({
  importId: z.string(),
  school: z.object({ zh: z.string(), en: z.string() }),
  className: z.object({ zh: z.string(), en: z.string() }),
  credentials: z.array(Credential),
  expiresAt: z.string(),
});

export const CommitResponse = z.object({
  importId: z.string(),
  created: z.number().int(),
  skipped: z.number().int(),
  slips: SlipsResponse,
});

/** A student as the class list shows it to teachers: with the guardian-consent state. */
export const RosterStudent = User.extend({ possiblyUnder14: z.boolean(), guardianConsent: GuardianConsent.nullable() });

export const StudentsResponse = z.object({
  students: z.array(RosterStudent),
  cursor: z.string().nullable(),
  /** The school's switch: whether the students who may be under 14 need consent to sign in. */
  consentRequired: z.boolean(),
});
