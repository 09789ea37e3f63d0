/**
 * Whether a quiz's window is open (zod-free, so the quiz page shows the phase the API enforces). A
 * quiz without a window is always open; both ends belong to it.
 */
export type QuizWindowPhase = 'not_open' | 'open' | 'closed';

export function windowState(quiz: { opensAt?: string | undefined; closesAt?: string | undefined }, now: number): QuizWindowPhase {
  if (quiz.opensAt && now < Date.parse(quiz.opensAt)) return 'not_open';
  if (quiz.closesAt && now > Date.parse(quiz.closesAt)) return 'closed';
  return 'open';
}
