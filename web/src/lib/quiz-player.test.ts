import { describe, expect, it } from 'vitest';
import { GRACE_MS as API_GRACE_MS } from '$domain/attempts/deadline';
import { windowState } from '$domain/quizzes/window';
import {
  crossedWarning,
  drawTotal,
  formatCountdown,
  GRACE_MS,
  isCorrect,
  pick,
  questionCount,
  questionSaveState,
  submitSaveNote,
  windowPhase,
} from './quiz-player';

describe('the countdown', () => {
  it('shows minutes and seconds, hours past an hour, never below zero', () => {
    expect(formatCountdown(15 * 60_000)).toBe('15:00');
    expect(formatCountdown(61_001)).toBe('01:02');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
    expect(formatCountdown(-5000)).toBe('00:00');
  });

  it('warns once at five minutes and at one minute left', () => {
    expect(crossedWarning(300_500, 299_500)).toBe(5);
    expect(crossedWarning(299_500, 298_500)).toBeNull();
    expect(crossedWarning(60_200, 59_900)).toBe(1);
    expect(crossedWarning(900_000, 0)).toBe(5);
  });
});

describe('the quiz window', () => {
  it('says whether a window is open', () => {
    const settings = { opensAt: '2026-06-01T00:00:00.000Z', closesAt: '2026-06-30T00:00:00.000Z' };
    expect(windowPhase(settings, Date.parse('2026-05-31T00:00:00Z'))).toBe('not_open');
    expect(windowPhase(settings, Date.parse('2026-06-15T00:00:00Z'))).toBe('open');
    expect(windowPhase(settings, Date.parse('2026-07-01T00:00:00Z'))).toBe('closed');
    expect(windowPhase({}, 0)).toBe('open');
  });

  it('is the API’s window: both ends belong to it', () => {
    expect(windowPhase).toBe(windowState);
    const settings = { opensAt: '2026-06-01T00:00:00.000Z', closesAt: '2026-06-30T00:00:00.000Z' };
    expect(windowPhase(settings, Date.parse(settings.opensAt))).toBe('open');
    expect(windowPhase(settings, Date.parse(settings.closesAt))).toBe('open');
    expect(windowPhase(settings, Date.parse(settings.closesAt) + 1)).toBe('closed');
  });

  it('stops counting saves when the API does', () => {
    expect(GRACE_MS).toBe(API_GRACE_MS);
    expect(GRACE_MS).toBe(30_000);
  });
});

describe('answers', () => {
  it('single and true/false replace, multiple toggles', () => {
    expect(pick('single', ['a'], 'b', true)).toEqual(['b']);
    expect(pick('true_false', [], 't', true)).toEqual(['t']);
    expect(pick('multiple', ['a'], 'b', true)).toEqual(['a', 'b']);
    expect(pick('multiple', ['a', 'b'], 'a', false)).toEqual(['b']);
  });

  it('scores exactly right answers only', () => {
    expect(isCorrect(['b', 'a'], ['a', 'b'])).toBe(true);
    expect(isCorrect(['a'], ['a', 'b'])).toBe(false);
    expect(isCorrect(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(isCorrect(undefined, ['t'])).toBe(false);
  });
});

describe('questions in an attempt', () => {
  it('counts a fixed list or the sum of the draw rules', () => {
    const rules = [
      { topic: 'law' as const, count: 3 },
      { topic: 'help_support' as const, count: 2 },
    ];
    expect(drawTotal(rules)).toBe(5);
    expect(questionCount({ rules: { band: 'junior', draw: rules } })).toBe(5);
    expect(questionCount({ rules: { fixed: ['q1', 'q2'] } })).toBe(2);
  });
});

describe('the save state of a question and of the submit card', () => {
  it('tells a picked-but-waiting answer from a saved one', () => {
    expect(questionSaveState(undefined, false)).toBe('open');
    expect(questionSaveState([], true)).toBe('open');
    expect(questionSaveState(['a'], true)).toBe('waiting');
    expect(questionSaveState(['a', 'b'], false)).toBe('saved');
  });

  it('says "all saved" only when nothing waits', () => {
    expect(submitSaveNote(0, 'saved')).toEqual({ kind: 'saved' });
    expect(submitSaveNote(0, 'idle')).toEqual({ kind: 'saved' });
    expect(submitSaveNote(3, 'offline')).toEqual({ kind: 'queued', n: 3 });
    expect(submitSaveNote(1, 'failed')).toEqual({ kind: 'queued', n: 1 });
    expect(submitSaveNote(1, 'saving')).toBeNull();
  });
});
