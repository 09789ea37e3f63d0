import { describe, expect, it } from 'vitest';
import { windowState } from './window.js';

describe('a quiz’s window', () => {
  it('holds both its ends; a quiz without one is always open', () => {
    const quiz = { opensAt: '2026-06-01T00:00:00.000Z', closesAt: '2026-06-30T00:00:00.000Z' };
    expect(windowState(quiz, Date.parse(quiz.opensAt) - 1)).toBe('not_open');
    expect(windowState(quiz, Date.parse(quiz.opensAt))).toBe('open');
    expect(windowState(quiz, Date.parse(quiz.closesAt))).toBe('open');
    expect(windowState(quiz, Date.parse(quiz.closesAt) + 1)).toBe('closed');
    expect(windowState({}, 0)).toBe('open');
  });
});
