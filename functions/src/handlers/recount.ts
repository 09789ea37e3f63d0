import { counterDifferences, expectedCounters, type CounterDifference } from '../domain/counters/recount.js';
import type { Db } from '../store/client.js';
import { repairCounter, scanCountedFacts, scanCounters } from '../store/recount.js';

export interface RecountReport {
  facts: number;
  counters: number;
  differences: CounterDifference[];
  repaired: boolean;
}

/**
 * Recomputes every counter from the facts and reports differences; with repair, fixes them. Run by
 * `npm run recount` locally and on a schedule in AWS. Counting while writes go on can show a
 * transient difference: a report is trusted when a second run agrees.
 */
export async function recount(db: Db, options: { repair?: boolean } = {}): Promise<RecountReport> {
  const [facts, counters] = await Promise.all([scanCountedFacts(db), scanCounters(db)]);
  const differences = counterDifferences(expectedCounters(facts), counters);
  if (options.repair) for (const difference of differences) await repairCounter(db, difference);
  return { facts: facts.length, counters: counters.length, differences, repaired: !!options.repair && differences.length > 0 };
}

/** EventBridge Scheduler entry point: report only; repair is a deliberate operator action. */
export async function handler(): Promise<Omit<RecountReport, 'differences'> & { differences: number }> {
  const { lambdaDeps } = await import('./lambda-deps.js');
  const report = await recount((await lambdaDeps()).db);
  if (report.differences.length) console.error(JSON.stringify({ level: 'error', message: 'counter differences', differences: report.differences.slice(0, 100) }));
  return { ...report, differences: report.differences.length };
}
