/**
 * The API's shapes, taken as types only from the functions' domain schemas: no zod reaches the
 * browser bundle.
 */
import type { User } from '$domain/accounts/schemas';
import type { Role } from '$domain/accounts/roles';
import type { Unit, SchoolStage, UnitKind, LocalizedName } from '$domain/org/units';
import type { RosterImport, Credential } from '$domain/roster/schemas';
import type { PreviewRow, RowError } from '$domain/roster/rows';

export type { User, Role, Unit, SchoolStage, UnitKind, LocalizedName, RosterImport, Credential, PreviewRow, RowError };

export interface UserResponse {
  user: User;
}

export interface OneTimePasswordResponse {
  user: User;
  oneTimePassword: string;
}

export interface UnitView {
  unit: Unit;
  ancestors: Unit[];
  children: (Unit & { enrolled?: number })[];
  cursor: string | null;
  enrolled: number;
}

export interface UnitResponse {
  unit: Unit;
}

export interface UsersResponse {
  users: User[];
  cursor: string | null;
}

export interface StudentsResponse {
  students: User[];
  cursor: string | null;
}

export interface TeachingSummary {
  classId: string;
  className: LocalizedName;
  classPath: string;
  grade?: number;
}

export interface SlipsResponse {
  importId: string;
  school: LocalizedName;
  className: LocalizedName;
  credentials: Credential[];
  expiresAt: string;
}

export interface CommitResponse {
  importId: string;
  created: number;
  skipped: number;
  slips: SlipsResponse;
}

export const ROLES: readonly Role[] = ['student', 'teacher', 'school_admin', 'bureau', 'judge', 'editor'];
export const SCHOOL_STAGES: readonly SchoolStage[] = ['primary', 'junior', 'senior', 'nine_year', 'twelve_year', 'vocational'];
