import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { NINGXIA } from '../domain/org/ningxia.js';
import type { Unit } from '../domain/org/units.js';
import type { Db } from '../store/client.js';
import { unitPut } from '../store/org.js';

/** The region, its 5 cities and 22 county-level units as org units with their ancestor paths. */
export function ningxiaUnits(): Unit[] {
  const region: Unit = { id: NINGXIA.code, kind: 'region', name: NINGXIA.name, parentId: null, path: NINGXIA.code };
  return [
    region,
    ...NINGXIA.cities.flatMap((city) => {
      const cityUnit: Unit = { id: city.code, kind: 'city', name: city.name, parentId: region.id, path: `${region.path}/${city.code}` };
      return [
        cityUnit,
        ...city.counties.map(
          (county): Unit => ({ id: county.code, kind: 'county', name: county.name, parentId: city.code, path: `${cityUnit.path}/${county.code}` }),
        ),
      ];
    }),
  ];
}

/** Writes units, overwriting identical ones: safe to run again after a crash mid-seed. */
export async function putUnits(db: Db, units: Unit[]): Promise<void> {
  for (const unit of units) {
    const { ConditionExpression: _unconditional, ...put } = unitPut(db, unit);
    await db.doc.send(new PutCommand(put));
  }
}
