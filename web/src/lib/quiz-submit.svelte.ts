import { api, ApiError } from './api';
import type { AttemptAnswers } from './quiz-answers.svelte';
import type { QuizClock } from './quiz-clock.svelte';
import { backoffDelay } from './save-queue';
import type { AttemptView } from './types';

const retryable = (error: unknown) => error instanceof ApiError && (error.isNetwork || error.status >= 500 || error.status === 429);

/**
 * Submitting an attempt: first every pick to the server, waiting for the network as long as it takes
 * (only a passed deadline and its grace submit without them), then the submit itself, retried while
 * the network or the server fails.
 */
export class AttemptSubmit {
  waitingForNetwork = $state(false);
  private wake: (() => void) | null = null;
  private stopped = false;

  /** The submitted attempt as the server has it; null once stopped. Throws what a retry would not fix. */
  async run(attempt: AttemptView, answers: AttemptAnswers, clock: QuizClock): Promise<AttemptView | null> {
    try {
      for (let round = 0; !this.stopped; round++) {
        if ((await answers.drain()) || clock.pastGrace(attempt.deadline)) break;
        this.waitingForNetwork = true;
        await this.waitForRetry(round);
      }
      for (let round = 0; !this.stopped; round++) {
        try {
          await api.post('/api/attempts/{attemptId}/submit', { path: { attemptId: attempt.id } });
          const { attempt: done } = await api.get('/api/attempts/{attemptId}', { path: { attemptId: attempt.id } });
          if (this.stopped) return null;
          this.waitingForNetwork = false;
          return done;
        } catch (error) {
          if (!retryable(error)) throw error;
          this.waitingForNetwork = true;
          await this.waitForRetry(round);
        }
      }
      return null;
    } catch (error) {
      if (!this.stopped) this.waitingForNetwork = false;
      throw error;
    }
  }

  /** The browser is back online, or the student asked: a waiting try goes now. */
  retryNow(): void {
    this.wake?.();
  }

  stop(): void {
    this.stopped = true;
    this.wake?.();
  }

  /** Waits for the network: the 'online' event, "retry now", or a backoff delay. */
  private waitForRetry(round: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (this.wake === done) this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, backoffDelay(round));
      this.wake = done;
    });
  }
}
