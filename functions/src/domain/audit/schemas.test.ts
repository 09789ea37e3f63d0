import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { auditCountTargets, countMonths, monthsBefore } from './schemas.js';

describe('auditCountTargets', () => {
  it('counts at the school and every unit above it, each under the child the entry came through', () => {
    expect(auditCountTargets('640000/640400/640422/sch_a/cls_b')).toEqual([
      { unitId: '640000', kind: 'region', childId: '640400' },
      { unitId: '640400', kind: 'city', childId: '640422' },
      { unitId: '640422', kind: 'county', childId: 'sch_a' },
      { unitId: 'sch_a', kind: 'school', childId: 'sch_a' },
    ]);
  });

  it('refuses a path that does not reach a school', () => {
    expect(() => auditCountTargets('640000/640400')).toThrow();
  });
});

describe('countMonths', () => {
  const now = Date.UTC(2026, 4, 15);
  it('defaults to the last 12 months', () => {
    expect(countMonths({}, now)).toEqual({ from: '2025-06', to: '2026-05' });
    expect(monthsBefore('2026-01', 1)).toBe('2025-12');
  });

  it('refuses a reversed or too long range', () => {
    expect(() => countMonths({ from: '2026-05', to: '2026-01' }, now)).toThrow(DomainError);
    expect(() => countMonths({ from: '2025-01', to: '2026-01' }, now)).toThrow(DomainError);
    expect(countMonths({ from: '2025-02', to: '2026-01' }, now)).toEqual({ from: '2025-02', to: '2026-01' });
  });
});
