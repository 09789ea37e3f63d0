import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { pathIds } from '../domain/org/units.js';
import type { Db } from './client.js';
import { counterTargets, counterUpdates } from './counters.js';
import { keys } from './keys.js';

/**
 * Facts and their counters. A fact is the durable record that something happened once (a student
 * started a module, an attempt was submitted, a school was reached); the counters are its sums at
 * every unit on the fact's path. Both go in one TransactWriteItems, and the fact is conditioned on
 * being absent (or, withdrawn, present): a replay cancels the whole transaction instead of counting
 * twice. The recount (store/recount.ts) rebuilds the counters from these items alone.
 */

type ItemKey = { PK: string; SK: string };
type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface FactItem {
  key: ItemKey;
  /** The unit path the fact counts at (a student's, or a school's for "reached" facts). */
  path: string;
  scope: string;
  /** ISO time: the fact's own, and the counters' "last moved". */
  at: string;
  /** What the recount reads back besides path and scope: `metric` or `metrics`, and whose fact it is. */
  attributes: Record<string, unknown>;
}

function moveCounters(db: Db, fact: Omit<FactItem, 'key' | 'attributes'>, moves: Record<string, number>) {
  const targets = counterTargets(pathIds(fact.path));
  return Object.entries(moves)
    .filter(([, delta]) => delta !== 0)
    .flatMap(([metric, delta]) => counterUpdates(db, targets, fact.scope, metric, delta, Date.parse(fact.at)));
}

/** The fact written once, and each metric of `moves` moved by its value at every unit on its path. */
export function factRecorded(db: Db, fact: FactItem, moves: Record<string, number>): TransactItem[] {
  return [
    {
      Put: {
        TableName: db.table,
        Item: { ...fact.key, type: 'fact', ...fact.attributes, path: fact.path, scope: fact.scope, at: fact.at },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    ...moveCounters(db, fact, moves),
  ];
}

/** The fact deleted (it must exist), and each metric of `moves` moved back by its value. */
export function factWithdrawn(db: Db, fact: Omit<FactItem, 'attributes'>, moves: Record<string, number>): TransactItem[] {
  return [
    { Delete: { TableName: db.table, Key: fact.key, ConditionExpression: 'attribute_exists(PK)' } },
    ...moveCounters(db, fact, Object.fromEntries(Object.entries(moves).map(([metric, delta]) => [metric, -delta]))),
  ];
}

/** The path of the school a path below it belongs to (region/city/county/school). */
export const schoolPathOf = (path: string) => pathIds(path).slice(0, 4).join('/');

/** A school's first fact in a scope: the school is now reached, counted at the school and above. */
export function schoolReachedRecorded(db: Db, scope: string, path: string, at: string): TransactItem[] {
  const schoolPath = schoolPathOf(path);
  return factRecorded(
    db,
    { key: keys.schoolFact(scope, 'schoolsReached', pathIds(schoolPath)[3]!), path: schoolPath, scope, at, attributes: { metric: 'schoolsReached' } },
    { schoolsReached: 1 },
  );
}
