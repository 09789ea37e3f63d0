import { describe, expect, it } from 'vitest';
import { campaignPhase, isOpen } from './phase.js';

describe('a campaign’s phase', () => {
  it('is open from the start of its first day to the end of its last, China time', () => {
    const c = { startDate: '2026-06-01', endDate: '2026-06-26' };
    const at = (iso: string) => Date.parse(iso);
    expect(campaignPhase(c, at('2026-05-31T15:59:59.999Z'))).toBe('upcoming');
    expect(campaignPhase(c, at('2026-05-31T16:00:00Z'))).toBe('open');
    expect(campaignPhase(c, at('2026-06-26T15:59:59Z'))).toBe('open');
    expect(campaignPhase(c, at('2026-06-26T15:59:59.001Z'))).toBe('ended');
    expect(isOpen(c, at('2026-05-31T16:00:00Z'))).toBe(true);
    expect(isOpen(c, at('2026-06-26T16:00:00Z'))).toBe(false);
  });
});
