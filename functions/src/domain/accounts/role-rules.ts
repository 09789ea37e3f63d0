/**
 * The roles, without zod: the session check reads a token's role before any route runs, and must not
 * build schemas at a function's cold start (roles.ts has the schema).
 */
export const ROLES = ['student', 'teacher', 'school_admin', 'bureau', 'judge', 'editor'] as const;

export type RoleName = (typeof ROLES)[number];

export const isRole = (value: unknown): value is RoleName => (ROLES as readonly unknown[]).includes(value);
