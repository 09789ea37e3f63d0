import { z } from 'zod';
import { ROLES } from './role-rules.js';

export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Staff pick their own password at first sign-in; students keep the one printed on their slip. */
export function mustChangeInitialPassword(role: Role): boolean {
  return role !== 'student';
}
