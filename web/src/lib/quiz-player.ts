/**
 * Pure helpers for a student taking a quiz: the countdown, the quiz window, picking and scoring
 * answers, the save state the navigator and the submit card show. The quiz page's bundle carries only
 * this; the editors' and the bureau's quiz helpers are in quizzes.ts. No Svelte, no DOM, no zod.
 */
import type { DrawRule, QuestionType, QuizSettings } from './types';

import { windowState, type QuizWindowPhase } from '$domain/quizzes/window';

/** Answers saved this long after the deadline still count: the API's own constant. */
export { GRACE_MS } from '$domain/attempts/deadline';

export type WindowPhase = QuizWindowPhase;
/**
 * Whether a quiz's window is open: the API's own rule. Bound here rather than re-exported, so that it
 * ships in this module's chunk instead of a chunk of its own.
 */
export const windowPhase = windowState;

/** Time left as "14:05", or "1:02:03" past an hour; never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** Moments (minutes left) at which the player tells a screen reader how much time is left. */
export const WARN_AT_MINUTES = [5, 1] as const;

/** The warning whose moment was passed between two readings of the time left, if any. */
export function crossedWarning(beforeMs: number, nowMs: number): number | null {
  for (const minutes of WARN_AT_MINUTES) {
    const at = minutes * 60_000;
    if (beforeMs > at && nowMs <= at) return minutes;
  }
  return null;
}

// ── Answers ──────────────────────────────────────────────────────────────────────────────────

/** The answer after picking `optionId`: single and true/false replace, multiple toggles. */
export function pick(type: QuestionType, current: readonly string[], optionId: string, checked: boolean): string[] {
  if (type !== 'multiple') return checked ? [optionId] : current.filter((id) => id !== optionId);
  const without = current.filter((id) => id !== optionId);
  return checked ? [...without, optionId] : without;
}

export function isAnswered(optionIds: readonly string[] | undefined): boolean {
  return !!optionIds && optionIds.length > 0;
}

/**
 * A question as the navigator shows it: not answered, picked on this device but not yet on the
 * server (still in the save queue), or saved there.
 */
export type QuestionSaveState = 'open' | 'waiting' | 'saved';

export function questionSaveState(optionIds: readonly string[] | undefined, waiting: boolean): QuestionSaveState {
  if (!isAnswered(optionIds)) return 'open';
  return waiting ? 'waiting' : 'saved';
}

/**
 * What the submit card may say of the saves, so it never contradicts the status line: "all saved"
 * only while nothing waits in the queue, "kept on this device" only while the line says the saves
 * are held up, and nothing while a save is simply on its way.
 */
export function submitSaveNote(pending: number, status: string): { kind: 'queued'; n: number } | { kind: 'saved' } | null {
  if (pending === 0) return { kind: 'saved' };
  return status === 'offline' || status === 'retrying' || status === 'failed' ? { kind: 'queued', n: pending } : null;
}

/** Exactly right: all correct options and no other (the API's scoring). */
export function isCorrect(chosen: readonly string[] | undefined, correctIds: readonly string[]): boolean {
  const a = [...new Set(chosen ?? [])].sort();
  const b = [...correctIds].sort();
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

// ── Questions in an attempt ─────────────────────────────────────────────────────────────────

export function drawTotal(rules: readonly DrawRule[]): number {
  return rules.reduce((sum, rule) => sum + rule.count, 0);
}

/** The number of questions an attempt of the quiz has. */
export function questionCount(settings: Pick<QuizSettings, 'rules'>): number {
  return 'fixed' in settings.rules ? settings.rules.fixed.length : drawTotal(settings.rules.draw);
}
