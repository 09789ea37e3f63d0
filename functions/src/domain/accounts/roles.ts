import { z } from 'zod';

export const ROLES = ['student', 'teacher', 'school_admin', 'bureau', 'judge', 'editor'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Staff pick their own password at first sign-in; students keep the one printed on their slip. */
export function mustChangeInitialPassword(role: Role): boolean {
  return role !== 'student';
}
