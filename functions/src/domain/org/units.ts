import { z } from 'zod';
import { SCHOOL_STAGES } from './stages.js';

export const UNIT_KINDS = ['region', 'city', 'county', 'school', 'class'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const LocalizedName = z.strictObject({ zh: z.string(), en: z.string() });
export type LocalizedName = z.infer<typeof LocalizedName>;

/**
 * Every org unit carries its ancestor path ("640000/640400/640422/sch_x/cls_y"), itself included,
 * so scope checks and counter fan-out read it and never walk the tree.
 */
export const Unit = z.object({
  id: z.string(),
  kind: z.enum(UNIT_KINDS),
  name: LocalizedName,
  parentId: z.string().nullable(),
  path: z.string(),
  stage: z.enum(SCHOOL_STAGES).optional(),
  grade: z.number().int().optional(),
  childCount: z.number().int().optional(),
  /** Schools and classes: the school year they are in (docs/SCHOOL_YEAR.md); absent on units made before years. */
  year: z.string().optional(),
  /** A class whose students graduated at the end of this school year. */
  graduatedYear: z.string().optional(),
  /** A promoted class: the year it left, and its name and grade then (the promotion's outcome shows both). */
  promotedFrom: z.object({ year: z.string(), name: LocalizedName, grade: z.number().int().optional() }).optional(),
});
export type Unit = z.infer<typeof Unit>;

export function pathIds(path: string): string[] {
  return path.split('/').filter(Boolean);
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}/${id}`;
}

/** True when `path` is `scope` itself or lies below it. */
export function isWithin(path: string, scope: string): boolean {
  return path === scope || path.startsWith(`${scope}/`);
}

export function kindBelow(kind: UnitKind): UnitKind | null {
  const index = UNIT_KINDS.indexOf(kind);
  return UNIT_KINDS[index + 1] ?? null;
}
