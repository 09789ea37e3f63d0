import { z } from 'zod';
import { User, Username } from '../accounts/schemas.js';
import { PlainName } from '../text/clean-text.js';
import { SCHOOL_STAGES } from './stages.js';
import { Unit } from './units.js';

const Name = PlainName(60);

export const RegisterSchoolRequest = z.strictObject({
  name: Name,
  nameEn: Name.optional(),
  stage: z.enum(SCHOOL_STAGES),
});

export const CreateClassRequest = z.strictObject({
  grade: z.number().int().min(1).max(12),
  name: Name,
});

export const CreateStaffRequest = z.strictObject({
  displayName: PlainName(40),
  username: Username,
});

export const UnitView = z.object({
  unit: Unit,
  ancestors: z.array(Unit),
  /** Children with their enrolled-student counters (one Query each: counters, never students). */
  children: z.array(Unit.extend({ enrolled: z.number().int() })),
  cursor: z.string().nullable(),
  enrolled: z.number().int(),
});

export const UnitResponse = z.object({ unit: Unit });
export const UnitsResponse = z.object({ units: z.array(Unit) });
export const UsersResponse = z.object({ users: z.array(User), cursor: z.string().nullable() });

export const TeachingSummary = z.object({
  classId: z.string(),
  className: z.object({ zh: z.string(), en: z.string() }),
  classPath: z.string(),
  grade: z.number().int().optional(),
});
export const TeachingResponse = z.object({ classes: z.array(TeachingSummary) });
