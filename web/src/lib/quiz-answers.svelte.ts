import { api, ApiError, apiPath } from './api';
import { deviceStorage } from './device-storage';
import { updateKeptRead } from './offline-cache';
import { pick } from './quiz-player';
import { answerCodec, mergeAnswers, SaveQueue, writeQueue, type AnswerItem, type QueueState } from './save-queue';
import type { AttemptQuestionView, AttemptResponse, AttemptView, SavedAnswer } from './types';

/** What the server's refusal of a pick says about the attempt: the server has the final word. */
export interface RefusalHandlers {
  /** Submitted elsewhere (another tab, another device). */
  submitted: () => void;
  /** Out of time. */
  deadlinePassed: () => void;
}

/**
 * The picks of one attempt and their way to the server: each pick goes into the persisted save queue
 * (localStorage first, then an idempotent PUT), and the page shows which questions still wait.
 */
export class AttemptAnswers {
  answers = $state<Record<string, string[]>>({});
  saveState = $state<QueueState>({ status: 'idle', pending: 0, rejected: 0 });
  /** Questions whose latest pick is still in the save queue: replaced whole, never changed in place. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a read-only value, not a reactive collection
  waiting = $state<ReadonlySet<string>>(new Set());
  private savedOnce = $state(false);
  /** "Saved" stays on while the next pick is sending, so the line does not flicker at every pick. */
  readonly shownStatus = $derived(this.saveState.status === 'saving' && this.savedOnce ? 'saved' : this.saveState.status);

  private queue: SaveQueue<SavedAnswer, AnswerItem> | null = null;
  private disposed = false;

  constructor(private readonly refused: RefusalHandlers) {}

  /**
   * Answering an attempt: its queue (opened once, under `key`), and its answers as the server has
   * them overridden by picks this device made and has not had acknowledged, which are sent again.
   */
  open(key: string, attempt: AttemptView): void {
    this.queue ??= this.queueFor(key, attempt.id);
    this.refreshWaiting();
    this.answers = mergeAnswers(attempt.answers, this.queue.pending);
    if (this.queue.pending.length) this.queue.retryNow();
  }

  /** The attempt is submitted: its answers are the server's, and picks never acknowledged before the end can no longer count. */
  close(key: string, attempt: AttemptView): void {
    this.queue?.dispose();
    this.queue = null;
    writeQueue(deviceStorage(), key, []);
    this.answers = { ...attempt.answers };
  }

  choose(question: AttemptQuestionView, optionId: string, checked: boolean): void {
    if (!this.queue) return;
    const optionIds = pick(question.type, this.answers[question.id] ?? [], optionId, checked);
    this.answers[question.id] = optionIds;
    this.queue.add({ questionId: question.id, optionIds });
    this.refreshWaiting();
  }

  retryNow(): void {
    this.queue?.retryNow();
  }

  /** Sends every pick now: true when none is left to send (or there is no queue). */
  async drain(): Promise<boolean> {
    return this.queue ? this.queue.drain() : true;
  }

  /** What was left stays in storage for the next load; nothing in flight touches the page any more. */
  dispose(): void {
    this.disposed = true;
    this.queue?.dispose();
    this.queue = null;
  }

  private queueFor(key: string, attemptId: string): SaveQueue<SavedAnswer, AnswerItem> {
    const queue = new SaveQueue<SavedAnswer, AnswerItem>({
      key,
      storage: deviceStorage(),
      codec: answerCodec,
      send: (item) =>
        api.put('/api/attempts/{attemptId}/answers/{questionId}', {
          path: { attemptId, questionId: item.questionId },
          body: { optionIds: item.optionIds },
        }),
      // An offline reload then shows this answer even though the kept attempt predates it.
      onSaved: (saved) =>
        void updateKeptRead<AttemptResponse>(apiPath`/api/attempts/${attemptId}`, (kept) => ({
          ...kept,
          attempt: { ...kept.attempt, answers: { ...kept.attempt.answers, [saved.questionId]: saved.optionIds } },
        })),
      onChange: (state) => {
        if (this.disposed) return;
        if (state.status === 'saved') this.savedOnce = true;
        if (state.status === 'offline' || state.status === 'retrying' || state.status === 'failed') this.savedOnce = false;
        this.saveState = state;
        this.refreshWaiting();
      },
      onRejected: (error) => {
        if (this.disposed || !(error instanceof ApiError)) return;
        if (error.reason === 'attempt_submitted') this.refused.submitted();
        if (error.reason === 'deadline_passed') this.refused.deadlinePassed();
      },
    });
    this.saveState = queue.current;
    return queue;
  }

  private refreshWaiting(): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
    this.waiting = new Set(this.queue?.pending.map((item) => item.questionId) ?? []);
  }
}
