/**
 * Where a contest's submission window is (zod-free, so the browser shows the same phase the server
 * enforces). Both ends belong to the window. Once it has closed the stages run.
 */
export type ContestPhase = 'upcoming' | 'open' | 'closed';

export function contestPhase(settings: { opensAt: string; closesAt: string }, now: number): ContestPhase {
  if (now < Date.parse(settings.opensAt)) return 'upcoming';
  return now <= Date.parse(settings.closesAt) ? 'open' : 'closed';
}
