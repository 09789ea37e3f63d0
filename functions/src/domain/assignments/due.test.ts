import { describe, expect, it } from 'vitest';
import { isOverdue } from './due.js';

describe('overdue', () => {
  it('starts after the last second of the due day, China time, and never once completed', () => {
    expect(isOverdue('2026-06-26', null, Date.parse('2026-06-26T15:59:59Z'))).toBe(false);
    expect(isOverdue('2026-06-26', null, Date.parse('2026-06-26T15:59:59.001Z'))).toBe(true);
    expect(isOverdue('2026-06-26', '2026-06-27T01:00:00Z', Date.parse('2026-07-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(null, null, Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
  });
});
