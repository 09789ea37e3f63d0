import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { NINGXIA } from '../domain/org/ningxia.js';
import { LocalizedName, type Unit } from '../domain/org/units.js';
import type { Db } from '../store/client.js';
import { unitPut } from '../store/org.js';

/** A six-digit GB/T 2260 administrative division code. */
const DivisionCode = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');

const Division = z.strictObject({ code: DivisionCode, name: LocalizedName });

/**
 * A province-level region with its prefecture-level cities and their county-level units, in the shape
 * of domain/org/ningxia.ts. GB/T 2260 codes nest by prefix: a city shares its region's first two
 * digits, a county its city's first four; a file that breaks this is refused rather than written.
 */
export const RegionHierarchy = Division.extend({
  cities: z.array(Division.extend({ counties: z.array(Division).min(1) })).min(1),
}).superRefine((region, ctx) => {
  const codes = new Set<string>([region.code]);
  region.cities.forEach((city, i) => {
    if (!city.code.startsWith(region.code.slice(0, 2)))
      ctx.addIssue({ code: 'custom', path: ['cities', i, 'code'], message: `${city.code} is not in region ${region.code}` });
    city.counties.forEach((county, j) => {
      if (!county.code.startsWith(city.code.slice(0, 4)))
        ctx.addIssue({ code: 'custom', path: ['cities', i, 'counties', j, 'code'], message: `${county.code} is not in city ${city.code}` });
    });
    for (const code of [city.code, ...city.counties.map((county) => county.code)]) {
      if (codes.has(code)) ctx.addIssue({ code: 'custom', path: ['cities', i], message: `${code} appears twice` });
      codes.add(code);
    }
  });
});
export type RegionHierarchy = z.infer<typeof RegionHierarchy>;

/** The region, its cities and county-level units as org units with their ancestor paths. */
export function hierarchyUnits(hierarchy: RegionHierarchy): Unit[] {
  const region: Unit = { id: hierarchy.code, kind: 'region', name: hierarchy.name, parentId: null, path: hierarchy.code };
  return [
    region,
    ...hierarchy.cities.flatMap((city) => {
      const cityUnit: Unit = { id: city.code, kind: 'city', name: city.name, parentId: region.id, path: `${region.path}/${city.code}` };
      return [
        cityUnit,
        ...city.counties.map((county): Unit => ({
          id: county.code,
          kind: 'county',
          name: county.name,
          parentId: city.code,
          path: `${cityUnit.path}/${county.code}`,
        })),
      ];
    }),
  ];
}

/** The built-in hierarchy: Ningxia (640000), its 5 cities and 22 county-level units. */
export function ningxiaUnits(): Unit[] {
  return hierarchyUnits(NINGXIA);
}

/** A region's hierarchy from a JSON file (see docs/OPERATIONS.md), validated before anything is written. */
export async function readHierarchyFile(path: string): Promise<RegionHierarchy> {
  const parsed = RegionHierarchy.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`).join('; ')}`);
  return parsed.data;
}

/** Writes units, overwriting identical ones: safe to run again after a crash mid-seed. */
export async function putUnits(db: Db, units: Unit[]): Promise<void> {
  for (const unit of units) {
    const { ConditionExpression: _unconditional, ...put } = unitPut(db, unit);
    await db.doc.send(new PutCommand(put));
  }
}
