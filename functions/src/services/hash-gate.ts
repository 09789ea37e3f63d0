import { DomainError } from '../domain/errors.js';

/**
 * At most this many password hashes run at once in a process (libuv's thread pool has four
 * threads, and scrypt at N=2^15 takes one for ~100 ms), and at most this many wait. A flood of
 * sign-ins gets a fast 503 instead of queueing behind each other until every request times out:
 * a real user's sign-in then waits for a few hashes, not for hundreds.
 */
export const MAX_HASHING = 4;
export const MAX_WAITING = 16;

let running = 0;
const waiting: (() => void)[] = [];

export async function hashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_HASHING) {
    if (waiting.length >= MAX_WAITING) throw new DomainError('unavailable', 'Sign-in is busy; try again in a moment', [], { retryAfter: 1 });
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running++;
  try {
    return await work();
  } finally {
    // The slot passes straight to the next waiter, so `running` never dips and lets a newcomer jump the queue.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
