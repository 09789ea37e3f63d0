import { z } from 'zod';
import { AwardLevel } from '../contests/schemas.js';

/**
 * One shape for every certificate: a competition result (percent) or a contest award (level), for
 * the participant or, on an award, the supervising teacher. It is what the paper shows, so the public
 * verification page may show all of it.
 */
export const Certificate = z.object({
  code: z.string(),
  kind: z.enum(['quiz', 'contest']),
  /** The quiz or contest. */
  sourceId: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  recipientName: z.string(),
  recipientRole: z.enum(['participant', 'advisor']),
  schoolName: z.object({ zh: z.string(), en: z.string() }),
  percent: z.number().int().nullable(),
  award: AwardLevel.nullable(),
  issuedAt: z.string(),
});
export type Certificate = z.infer<typeof Certificate>;

/** As stored: whose it is, and the attempt or entry it certifies (never shown publicly). */
export const StoredCertificate = Certificate.extend({ recipientId: z.string(), subjectId: z.string() });
export type StoredCertificate = z.infer<typeof StoredCertificate>;

export const CertificateResponse = z.object({ certificate: Certificate });
export const CertificatesResponse = z.object({ certificates: z.array(Certificate) });

export function publicCertificate({
  code,
  kind,
  sourceId,
  title,
  recipientName,
  recipientRole,
  schoolName,
  percent,
  award,
  issuedAt,
}: Certificate): Certificate {
  return { code, kind, sourceId, title, recipientName, recipientRole, schoolName, percent, award, issuedAt };
}
