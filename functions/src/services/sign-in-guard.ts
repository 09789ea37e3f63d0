import { ADDRESS_WINDOW_MS, MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_USERNAME, USERNAME_WINDOW_MS } from '../domain/accounts/throttle.js';
import { DomainError } from '../domain/errors.js';
import type { Db } from '../store/client.js';
import { clearPair, releaseSlot, takePairAttempt, takeSlot, type Slot } from '../store/throttle.js';

/** The slots one password check holds; a success gives them back, a failure keeps them. */
export interface Attempt {
  username: string;
  address: string;
  slots: Slot[];
}

const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * Reserves one password check for `username` from `address` under every throttle rule, before any
 * hashing, or throws 429 with Retry-After and a reason. The two windows are taken at once; a rule that
 * refuses gives back what the others took, so refused attempts do not use up the room's budget.
 */
export async function reservePasswordCheck(db: Db, username: string, address: string, now: number): Promise<Attempt> {
  const [byAddress, byUsername] = await Promise.all([
    takeSlot(db, `addr:${address}`, ADDRESS_WINDOW_MS, MAX_FAILURES_PER_ADDRESS, now),
    takeSlot(db, `user:${username}`, USERNAME_WINDOW_MS, MAX_FAILURES_PER_USERNAME, now),
  ]);
  if ('retryAfter' in byAddress) {
    if (!('retryAfter' in byUsername)) await releaseSlot(db, byUsername);
    throw new DomainError('throttled', `Too many failed sign-ins from this network. Try again in ${minutes(byAddress.retryAfter)} min.`, [], {
      retryAfter: byAddress.retryAfter,
      reason: 'network_limited',
    });
  }
  if ('retryAfter' in byUsername) {
    await releaseSlot(db, byAddress);
    throw accountDelayed(byUsername.retryAfter);
  }
  const pair = await takePairAttempt(db, username, address, now);
  if (pair.retryAfter > 0) {
    await Promise.all([releaseSlot(db, byAddress), releaseSlot(db, byUsername)]);
    throw accountDelayed(pair.retryAfter);
  }
  return { username, address, slots: [byAddress, byUsername] };
}

function accountDelayed(retryAfter: number) {
  return new DomainError(
    'throttled',
    `Too many wrong passwords for this account. Try again in ${minutes(retryAfter)} min, or ask your teacher to unlock it.`,
    [],
    { retryAfter, reason: 'account_delayed' },
  );
}

/** The password was right: the check does not count against anyone, and this pair starts afresh. */
export async function passwordCheckSucceeded(db: Db, attempt: Attempt): Promise<void> {
  await Promise.all([...attempt.slots.map((slot) => releaseSlot(db, slot)), clearPair(db, attempt.username, attempt.address)]);
}
