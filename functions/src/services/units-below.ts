import { UNIT_KINDS, type Unit, type UnitKind } from '../domain/org/units.js';
import type { Db } from '../store/client.js';
import { listChildren } from '../store/org.js';
import { mapLimited } from './map-limited.js';

/** Every child of a unit, page by page. */
export async function allChildren(db: Db, unitId: string): Promise<Unit[]> {
  const children: Unit[] = [];
  let cursor: string | undefined;
  do {
    const page = await listChildren(db, unitId, cursor);
    children.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return children;
}

/**
 * A unit and every unit below it down to units of kind `deepest`, level by level from the top. Units
 * of that kind are not opened, so down to schools costs one Query per county, none per school.
 */
export async function unitsDownTo(db: Db, root: Unit, deepest: UnitKind): Promise<Unit[]> {
  const depth = UNIT_KINDS.indexOf(deepest);
  const units = [root];
  let level = [root];
  while (level.length) {
    const parents = level.filter((unit) => UNIT_KINDS.indexOf(unit.kind) < depth);
    const children = await mapLimited(parents, 8, (unit) => allChildren(db, unit.id));
    level = children.flat().filter((unit) => UNIT_KINDS.indexOf(unit.kind) <= depth);
    units.push(...level);
  }
  return units;
}

/**
 * What the bureau units below a unit hold (a region: its cities and their counties; a city: its
 * counties), read unit by unit with `ofUnit`: so a region's dashboard can pick a county's campaign,
 * competition or contest.
 */
export async function ofBureauUnitsBelow<T>(db: Db, unitId: string, ofUnit: (db: Db, unitId: string) => Promise<T[]>): Promise<T[]> {
  const bureaus = (await allChildren(db, unitId)).filter((u) => u.kind === 'city' || u.kind === 'county');
  const lists = await Promise.all(
    bureaus.map(async (u) => [...(await ofUnit(db, u.id)), ...(u.kind === 'city' ? await ofBureauUnitsBelow(db, u.id, ofUnit) : [])]),
  );
  return lists.flat();
}
