import { describe, expect, it } from 'vitest';
import type { Db } from './client.js';
import { factRecorded, factWithdrawn, schoolReachedRecorded } from './facts.js';
import { keys } from './keys.js';

// The builders only read the table name: no client is called.
const db = { table: 't' } as Db;
const STUDENT_PATH = '640000/640400/640422/sch_a/cls_b';
const AT = '2026-12-05T08:00:00.000Z';

const updates = (items: ReturnType<typeof factRecorded>) => items.flatMap((item) => (item.Update ? [item.Update] : []));

describe('facts and their counters', () => {
  it('writes the fact only if absent, and moves each metric at every unit on its path', () => {
    const items = factRecorded(
      db,
      {
        key: keys.fact('stu', 'quiz:q', 'attempts'),
        path: STUDENT_PATH,
        scope: 'quiz:q',
        at: AT,
        attributes: { studentId: 'stu', metrics: { attempts: 1, passes: 0, scoreSum: 80 } },
      },
      { attempts: 1, passes: 0, scoreSum: 80 },
    );
    const put = items[0]!.Put!;
    expect(put.ConditionExpression).toBe('attribute_not_exists(PK)');
    expect(put.Item).toMatchObject({ type: 'fact', studentId: 'stu', path: STUDENT_PATH, scope: 'quiz:q', at: AT });
    const moved = updates(items);
    // Two metrics that move (a zero does not) at five units.
    expect(moved).toHaveLength(10);
    expect(new Set(moved.map((u) => u.ExpressionAttributeValues![':orgId']))).toEqual(new Set(['640000', '640400', '640422', 'sch_a', 'cls_b']));
    expect(moved.filter((u) => u.ExpressionAttributeValues![':metric'] === 'scoreSum').every((u) => u.ExpressionAttributeValues![':delta'] === 80)).toBe(true);
    expect(moved.every((u) => u.ExpressionAttributeValues![':at'] === Date.parse(AT))).toBe(true);
  });

  it('withdraws a fact only if present, and moves its counters back', () => {
    const items = factWithdrawn(db, { key: keys.fact('stu', 'contest:c', 'submitted'), path: STUDENT_PATH, scope: 'contest:c', at: AT }, { submitted: 1 });
    expect(items[0]).toMatchObject({ Delete: { ConditionExpression: 'attribute_exists(PK)' } });
    expect(updates(items).map((u) => u.ExpressionAttributeValues![':delta'])).toEqual([-1, -1, -1, -1, -1]);
  });

  it('counts a school reached at the school and above, never at the class', () => {
    const items = schoolReachedRecorded(db, 'campaign:x', STUDENT_PATH, AT);
    expect(items[0]!.Put!.Item).toMatchObject({
      ...keys.schoolFact('campaign:x', 'schoolsReached', 'sch_a'),
      path: '640000/640400/640422/sch_a',
      metric: 'schoolsReached',
    });
    expect(updates(items).map((u) => u.ExpressionAttributeValues![':orgId'])).toEqual(['640000', '640400', '640422', 'sch_a']);
  });
});
