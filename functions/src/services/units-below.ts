import type { Db } from '../store/client.js';
import { listChildren } from '../store/org.js';

/**
 * What the bureau units below a unit hold (a region: its cities and their counties; a city: its
 * counties), read unit by unit with `ofUnit`: so a region's dashboard can pick a county's campaign,
 * competition or contest.
 */
export async function ofBureauUnitsBelow<T>(db: Db, unitId: string, ofUnit: (db: Db, unitId: string) => Promise<T[]>): Promise<T[]> {
  const children: { id: string; kind: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await listChildren(db, unitId, cursor);
    children.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  const bureaus = children.filter((u) => u.kind === 'city' || u.kind === 'county');
  const lists = await Promise.all(bureaus.map(async (u) => [...(await ofUnit(db, u.id)), ...(u.kind === 'city' ? await ofBureauUnitsBelow(db, u.id, ofUnit) : [])]));
  return lists.flat();
}
