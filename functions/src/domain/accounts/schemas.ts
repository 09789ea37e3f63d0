import { z } from 'zod';
import { GuardianConsent } from '../consent/consent.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords.js';
import { Role } from './roles.js';
import { USERNAME_LENGTH, USERNAME_PATTERN } from './username-rules.js';

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(USERNAME_LENGTH.min)
  .max(USERNAME_LENGTH.max)
  .regex(USERNAME_PATTERN, 'letters, digits, dot, dash and underscore only');

/** What any API response may show of an account: never the hash, never more than the role needs. */
export const User = z.object({
  id: z.string(),
  username: z.string(),
  role: Role,
  displayName: z.string(),
  orgId: z.string(),
  orgPath: z.string(),
  mustChangePassword: z.boolean(),
  studentNumber: z.string().optional(),
  grade: z.number().int().optional(),
  /** A graduate: signed in read-only until the data is removed (docs/SCHOOL_YEAR.md). */
  graduatedYear: z.string().optional(),
});
export type User = z.infer<typeof User>;

/** The stored account: the public user plus secrets and bookkeeping. */
export const Account = User.extend({
  passwordHash: z.string(),
  createdAt: z.string(),
  /** Students only: absent until the school records it (functions/src/domain/consent/consent.ts). */
  guardianConsent: GuardianConsent.optional(),
  /** Raised to end every session of the account (sign out everywhere, new password, reset, disable). */
  sessionVersion: z.number().int().optional(),
  /** A disabled account cannot sign in; its sessions have ended. */
  disabled: z.boolean().optional(),
  /** Students: the school year the student is in (set by the import and by promotion). */
  year: z.string().optional(),
});
export type Account = z.infer<typeof Account>;

export const LoginRequest = z.strictObject({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export const NewPassword = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: NewPassword,
});

export const UserResponse = z.object({
  user: User,
  /** The user's home unit (a student's class, a teacher's school, a bureau's region, city or county). */
  org: z
    .object({ id: z.string(), name: z.object({ zh: z.string(), en: z.string() }), path: z.string() })
    .nullable()
    .optional(),
});

export const OneTimePasswordResponse = z.object({
  user: User,
  oneTimePassword: z.string(),
});

export function toUser(account: Account): User {
  return User.parse(account);
}

/** What travels in the session token; enough to authorize without reading the account. */
export interface Session {
  userId: string;
  role: Role;
  orgId: string;
  orgPath: string;
  mustChangePassword: boolean;
  /** The account's session version the token was issued under. */
  sessionVersion: number;
  /** The token's own id, so that signing out ends this session only (absent before sign-in). */
  sessionId?: string;
  /** A graduate's session: reads only (certificates, own history) until the data is removed. */
  graduated?: boolean;
}
