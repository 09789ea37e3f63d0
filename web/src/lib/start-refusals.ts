/** Why the API refused to start an attempt, by the error's `reason` (docs/ERRORS.md), as a message key. */
const START_REFUSALS = { no_attempts_left: 'quiz.noAttemptsLeft', closed: 'quiz.closed', not_open: 'quiz.notOpenYet' } as const;

export function startRefusalKey(reason: string | null): (typeof START_REFUSALS)[keyof typeof START_REFUSALS] | 'quiz.cannotStart' {
  return reason && Object.hasOwn(START_REFUSALS, reason) ? START_REFUSALS[reason as keyof typeof START_REFUSALS] : 'quiz.cannotStart';
}
