import { describe, expect, it } from 'vitest';
import { IdempotencyKey } from './idempotency-key';

describe('IdempotencyKey', () => {
  it('sends the same key on every retry until reset, then a new one', () => {
    const key = new IdempotencyKey();
    const first = key.headers()['Idempotency-Key'];
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(key.headers()['Idempotency-Key']).toBe(first);
    key.reset();
    expect(key.headers()['Idempotency-Key']).not.toBe(first);
  });
});
