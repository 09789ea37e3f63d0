/**
 * This device remembers the signed-in student's latest attempt at each quiz, to show its result
 * again. Without storage the result shows until the page is left.
 */
import { session } from './session.svelte';

const rememberKey = (userId: string, quizId: string) => `clearcampus.attempt.${userId}.${quizId}`;

export function remembered(quizId: string): string | null {
  if (!session.user) return null;
  try {
    return localStorage.getItem(rememberKey(session.user.id, quizId));
  } catch {
    return null;
  }
}

export function remember(quizId: string, attemptId: string | null): void {
  if (!session.user) return;
  try {
    if (attemptId) localStorage.setItem(rememberKey(session.user.id, quizId), attemptId);
    else localStorage.removeItem(rememberKey(session.user.id, quizId));
  } catch {
    // Nothing kept: see above.
  }
}
