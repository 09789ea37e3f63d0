import type { Account } from '../domain/accounts/schemas.js';
import { needsConsentToSignIn, possiblyUnder14 } from '../domain/consent/consent.js';
import { DomainError } from '../domain/errors.js';
import { pathIds } from '../domain/org/units.js';
import type { Db } from '../store/client.js';
import { getSchoolSettings } from '../store/consent.js';

/** The school a student's class belongs to, from the ancestor path. */
function schoolOf(account: Account): string | undefined {
  return pathIds(account.orgPath)[3];
}

/** Whether the account is a student who may be under 14, without consent, at a school that requires it. */
export async function mayNotSignIn(db: Db, account: Account): Promise<boolean> {
  // Most sign-ins are decided from the account alone; only the rest read the school's switch.
  if (account.role !== 'student' || account.guardianConsent || !possiblyUnder14(account.grade)) return false;
  const schoolId = schoolOf(account);
  return !!schoolId && needsConsentToSignIn(await getSchoolSettings(db, schoolId), account);
}

/**
 * Refuses sign-in to a student who may be under 14 while the school requires guardian consent and
 * none is recorded. Called after the password is verified, so it tells nothing to someone guessing.
 */
export async function assertMaySignIn(db: Db, account: Account): Promise<void> {
  if (await mayNotSignIn(db, account))
    throw new DomainError('forbidden', 'Your school needs your parent’s or guardian’s consent before you can sign in. Please ask your teacher.', [], {
      reason: 'consent_required',
    });
}
