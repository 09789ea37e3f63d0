import { conflict } from '../domain/errors.js';

export function isConditionFailure(error: unknown): boolean {
  return (error as Error)?.name === 'ConditionalCheckFailedException';
}

/** The reasons DynamoDB gives per item of a cancelled transaction (same order as the items). */
export function cancellationReasons(error: unknown): string[] | null {
  if ((error as Error)?.name !== 'TransactionCanceledException') return null;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
  return reasons.map((reason) => reason.Code ?? 'None');
}

const RETRYABLE = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

/**
 * Runs a transactional write, retrying on TransactionConflict (another writer on a hot counter) with
 * jittered exponential backoff. Condition failures are not retried: they are answers.
 */
export async function withConflictRetry<T>(attempt: () => Promise<T>, tries = 8): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      const reasons = cancellationReasons(error);
      const retryable = reasons ? reasons.some((r) => RETRYABLE.has(r)) && !reasons.includes('ConditionalCheckFailed') : false;
      if (!retryable || i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** i));
    }
  }
}

export function translateConditionFailure(error: unknown, message: string): never {
  if (isConditionFailure(error)) throw conflict(message);
  throw error;
}
