import { api } from './api';
import { t } from './i18n/index.svelte';
import { crossedWarning, GRACE_MS } from './quiz-player';

/**
 * The quiz player's clock and deadline: the server's time as the API client estimates it, and the
 * warnings as an attempt's time left crosses 5 and 1 minutes. The server enforces the deadline; this
 * only shows it and notices when it has come.
 */
export class QuizClock {
  serverNow = $state(api.clock.now());
  warning = $state('');
  private lastRemaining = Number.POSITIVE_INFINITY;

  /** Reads the clock again (once a second while a quiz is shown). */
  tick(): void {
    this.serverNow = api.clock.now();
  }

  /** The server wrote this moment just now (an attempt's start): its clock shows at least that. */
  observe(serverTime: string): void {
    api.clock.observeAtLeast(Date.parse(serverTime));
    this.tick();
  }

  remaining(deadline: string): number {
    return Date.parse(deadline) - this.serverNow;
  }

  /** An attempt's answering begins (or resumes): no warning given yet. */
  restart(): void {
    this.lastRemaining = Number.POSITIVE_INFINITY;
    this.warning = '';
  }

  /** While answering: warns as the time left crosses a warning mark; true once it has run out. */
  check(left: number): boolean {
    const crossed = crossedWarning(this.lastRemaining, left);
    this.lastRemaining = left;
    if (crossed !== null && left > 0) this.warning = t('quiz.minutesLeft', { n: crossed });
    return left <= 0;
  }

  /** Past the deadline and its grace: picks still unsent can no longer count. */
  pastGrace(deadline: string): boolean {
    return api.clock.now() > Date.parse(deadline) + GRACE_MS;
  }
}
