import type { Db } from '../../functions/src/store/client.js';
import { counterTarget, readCounters } from '../../functions/src/store/counters.js';
import { requireUnit } from '../../functions/src/store/org.js';

/** A unit's counters by id, as the dashboards read them: every shard its kind has. */
export async function unitCounters(db: Db, unitId: string, scope: string): Promise<Record<string, number>> {
  return readCounters(db, counterTarget(await requireUnit(db, unitId)), scope);
}
