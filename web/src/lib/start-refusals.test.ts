import { describe, expect, it } from 'vitest';
import { startRefusalKey } from './start-refusals';

describe('startRefusalKey', () => {
  it('says why a start was refused from the error’s reason, never from its English message', () => {
    expect(startRefusalKey('no_attempts_left')).toBe('quiz.noAttemptsLeft');
    expect(startRefusalKey('closed')).toBe('quiz.closed');
    expect(startRefusalKey('not_open')).toBe('quiz.notOpenYet');
    expect(startRefusalKey('toString')).toBe('quiz.cannotStart');
    expect(startRefusalKey(null)).toBe('quiz.cannotStart');
  });
});
