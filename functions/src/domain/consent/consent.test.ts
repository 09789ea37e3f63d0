import { describe, expect, it } from 'vitest';
import { needsConsentToSignIn, possiblyUnder14 } from './consent.js';

describe('possiblyUnder14', () => {
  it('counts grades up to 8, and an unknown grade, as possibly under 14', () => {
    expect([1, 5, 7, 8].map(possiblyUnder14)).toEqual([true, true, true, true]);
    expect([9, 10, 12].map(possiblyUnder14)).toEqual([false, false, false]);
    expect(possiblyUnder14(undefined)).toBe(true);
  });
});

describe('needsConsentToSignIn', () => {
  const consent = { recordedBy: 'u_t', recordedAt: '2026-01-01T00:00:00.000Z', method: 'paper' as const };
  it('asks only when the school requires it, the student may be under 14 and none is recorded', () => {
    expect(needsConsentToSignIn({ consentRequired: true }, { grade: 7 })).toBe(true);
    expect(needsConsentToSignIn({ consentRequired: false }, { grade: 7 })).toBe(false);
    expect(needsConsentToSignIn({ consentRequired: true }, { grade: 7, guardianConsent: consent })).toBe(false);
    expect(needsConsentToSignIn({ consentRequired: true }, { grade: 10 })).toBe(false);
  });
});
