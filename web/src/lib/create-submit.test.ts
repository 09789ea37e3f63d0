import { describe, expect, it } from 'vitest';
import { CreateSubmit, withNewFirst } from './create-submit.svelte';

describe('CreateSubmit', () => {
  it('retries a failed try with its key, starts a new key after a success, and keeps what it created', async () => {
    const creating = new CreateSubmit<{ id: string }>();
    const keys: string[] = [];
    const lost = new Error('offline');
    expect(
      await creating.run(async (headers) => {
        keys.push(headers['Idempotency-Key']);
        throw lost;
      }),
    ).toBeNull();
    expect(creating.error).toBe(lost);
    expect(creating.busy).toBe(false);

    const made = await creating.run(async (headers) => {
      keys.push(headers['Idempotency-Key']);
      return { id: 'q1' };
    });
    expect(made).toEqual({ id: 'q1' });
    expect(creating.created).toEqual({ id: 'q1' });
    expect(creating.error).toBeNull();

    await creating.run(async (headers) => {
      keys.push(headers['Idempotency-Key']);
      return { id: 'q2' };
    });
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[1]);
  });

  it('is busy while the request runs, and clear forgets the last outcome', async () => {
    const creating = new CreateSubmit<{ id: string }>();
    let busyMeanwhile = false;
    await creating.run(async () => {
      busyMeanwhile = creating.busy;
      return { id: 'c1' };
    });
    expect(busyMeanwhile).toBe(true);
    creating.clear();
    expect(creating.created).toBeNull();
  });
});

describe('withNewFirst', () => {
  it('puts the created thing first, once, into a list that may not have loaded', () => {
    expect(withNewFirst([{ id: 'a' }, { id: 'b' }], { id: 'b' })).toEqual([{ id: 'b' }, { id: 'a' }]);
    expect(withNewFirst(null, { id: 'a' })).toEqual([{ id: 'a' }]);
  });
});
