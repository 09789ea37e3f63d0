/**
 * One quiz on the quiz player: resumes the attempt this device remembers or starts one, saves every
 * pick at once through the persisted save queue (localStorage first, then an idempotent PUT), and
 * submits: first every pick to the server, then the submit; only a passed deadline submits without
 * them. One per quiz shown; once disposed, nothing that was in flight touches the page.
 */
import { tick } from 'svelte';
import { api, ApiError, apiPath } from './api';
import { deviceStorage } from './device-storage';
import { t } from './i18n/index.svelte';
import { keepRead, updateKeptRead } from './offline-cache';
import { crossedWarning, GRACE_MS, isAnswered, pick } from './quiz-player';
import { remember, remembered } from './remembered-attempts';
import { answerCodec, answerQueueKey, backoffDelay, mergeAnswers, SaveQueue, writeQueue, type AnswerItem, type QueueState } from './save-queue';
import { session } from './session.svelte';
import type { AttemptResponse, AttemptView, Quiz, SavedAnswer } from './types';

export type QuizPhase = 'loading' | 'intro' | 'taking' | 'finishing' | 'result';

const retryable = (error: unknown) => error instanceof ApiError && (error.isNetwork || error.status >= 500 || error.status === 429);

async function focus(id: string) {
  await tick();
  document.getElementById(id)?.focus();
}

/** The two views of an attempt whose code the page loads only when an attempt needs it. */
export type QuizView = 'taking' | 'result';

/**
 * `beforeView` resolves when a view can show (the page loads its code then, so a student's first
 * download is the intro alone); asked for the answering view as a start is sent, it loads meanwhile.
 */
export function createQuizRun(quiz: Quiz, beforeView: (view: QuizView) => Promise<void> = async () => {}) {
  let phase = $state<QuizPhase>('loading');
  let attempt = $state<AttemptView | null>(null);
  let loadError = $state<unknown>(null);
  let startError = $state<unknown>(null);
  let starting = $state(false);
  let answers = $state<Record<string, string[]>>({});
  let index = $state(0);
  let confirming = $state(false);
  let saveState = $state<QueueState>({ status: 'idle', pending: 0, rejected: 0 });
  /** Questions whose latest pick is still in the save queue: replaced whole, never changed in place. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a read-only value, not a reactive collection
  let waiting = $state<ReadonlySet<string>>(new Set());
  let savedOnce = $state(false);
  let serverNow = $state(api.clock.now());
  let warning = $state('');
  /** Why the attempt is being finished: the student submitted, or the time ran out. */
  let finishReason = $state<'submit' | 'time' | null>(null);
  let waitingForNetwork = $state(false);
  let finishError = $state<unknown>(null);

  const questions = $derived(attempt?.questions ?? []);
  const current = $derived(questions[index] ?? null);
  const total = $derived(questions.length);
  const answeredCount = $derived(questions.filter((q) => isAnswered(answers[q.id])).length);
  const unanswered = $derived(questions.flatMap((q, i) => (isAnswered(answers[q.id]) ? [] : [i])));
  const shownStatus = $derived(saveState.status === 'saving' && savedOnce ? 'saved' : saveState.status);
  const remaining = $derived(attempt ? Date.parse(attempt.deadline) - serverNow : 0);

  let queue: SaveQueue<SavedAnswer, AnswerItem> | null = null;
  let disposed = false;
  let finishing = false;
  let wake: (() => void) | null = null;
  let lastRemaining = Number.POSITIVE_INFINITY;

  /** Shows the result (or goes on with the attempt) this device remembers, else the rules. */
  async function resume() {
    loadError = null;
    phase = 'loading';
    const known = remembered(quiz.id);
    try {
      if (known) {
        try {
          const { attempt: found } = await api.get('/api/attempts/{attemptId}', { path: { attemptId: known } });
          if (disposed) return;
          await adopt(found);
          return;
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) throw error;
          remember(quiz.id, null);
        }
      }
      phase = 'intro';
    } catch (error) {
      if (!disposed) loadError = error;
    }
  }

  function dispose() {
    disposed = true;
    queue?.dispose();
    queue = null;
    wake?.();
  }

  /** The clock, from the server's time as the API client estimates it. */
  function clock() {
    serverNow = api.clock.now();
  }

  /** While answering: a warning as the time left crosses 5 and 1 minutes, and the end at 0. */
  function checkTime(left: number) {
    const crossed = crossedWarning(lastRemaining, left);
    lastRemaining = left;
    if (crossed !== null && left > 0) warning = t('quiz.minutesLeft', { n: crossed });
    if (left <= 0) void timeUp();
  }

  /** The browser is back online: saves and a waiting submit go now. */
  function retryNow() {
    queue?.retryNow();
    wake?.();
  }

  function retrySaves() {
    queue?.retryNow();
  }

  async function start() {
    if (starting) return;
    starting = true;
    startError = null;
    // The answering view's code downloads while the server starts the attempt; adopt waits for it.
    beforeView('taking').catch(() => {});
    try {
      const { attempt: started } = await api.post('/api/quizzes/{quizId}/attempts', { path: { quizId: quiz.id } });
      if (disposed) return;
      // The server wrote startedAt just now: its clock shows at least that.
      api.clock.observeAtLeast(Date.parse(started.startedAt));
      serverNow = api.clock.now();
      remember(quiz.id, started.id);
      void keepRead(apiPath`/api/attempts/${started.id}`, { attempt: started } satisfies AttemptResponse);
      await adopt(started);
    } catch (error) {
      if (!disposed) startError = error;
    } finally {
      starting = false;
    }
  }

  async function adopt(next: AttemptView) {
    const user = session.user;
    if (!user) return;
    attempt = next;
    const key = answerQueueKey(user.id, next.id);
    if (next.status === 'submitted') {
      await beforeView('result');
      if (disposed) return;
      queue?.dispose();
      queue = null;
      // Picks never acknowledged before the end can no longer count.
      writeQueue(deviceStorage(), key, []);
      answers = { ...next.answers };
      phase = 'result';
      await focus('result-title');
      return;
    }
    await beforeView('taking');
    if (disposed) return;
    if (!queue) {
      queue = new SaveQueue<SavedAnswer, AnswerItem>({
        key,
        storage: deviceStorage(),
        codec: answerCodec,
        send: (item) =>
          api.put('/api/attempts/{attemptId}/answers/{questionId}', {
            path: { attemptId: next.id, questionId: item.questionId },
            body: { optionIds: item.optionIds },
          }),
        // An offline reload then shows this answer even though the kept attempt predates it.
        onSaved: (saved) =>
          void updateKeptRead<AttemptResponse>(apiPath`/api/attempts/${next.id}`, (kept) => ({
            ...kept,
            attempt: { ...kept.attempt, answers: { ...kept.attempt.answers, [saved.questionId]: saved.optionIds } },
          })),
        onChange: (state) => {
          if (disposed) return;
          if (state.status === 'saved') savedOnce = true;
          if (state.status === 'offline' || state.status === 'retrying' || state.status === 'failed') savedOnce = false;
          saveState = state;
          refreshWaiting();
        },
        onRejected: (error) => {
          if (disposed || !(error instanceof ApiError)) return;
          // Submitted elsewhere, or out of time: the server has the final word.
          if (error.reason === 'attempt_submitted') void finish('submit');
          if (error.reason === 'deadline_passed') void timeUp();
        },
      });
      saveState = queue.current;
    }
    const saving = queue;
    refreshWaiting();
    // What the server has, overridden by picks this device made and has not had acknowledged.
    answers = mergeAnswers(next.answers, saving.pending);
    const firstOpen = next.questions.findIndex((q) => !isAnswered(answers[q.id]));
    index = firstOpen < 0 ? 0 : firstOpen;
    lastRemaining = Number.POSITIVE_INFINITY;
    warning = '';
    phase = 'taking';
    if (saving.pending.length) saving.retryNow();
    await focus('question-heading');
  }

  function refreshWaiting() {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- as above
    waiting = new Set(queue?.pending.map((item) => item.questionId) ?? []);
  }

  function choose(optionId: string, checked: boolean) {
    if (!current || phase !== 'taking' || !queue) return;
    const optionIds = pick(current.type, answers[current.id] ?? [], optionId, checked);
    answers[current.id] = optionIds;
    queue.add({ questionId: current.id, optionIds });
    refreshWaiting();
  }

  async function go(to: number) {
    if (to < 0 || to >= total) return;
    confirming = false;
    index = to;
    await focus('question-heading');
  }

  async function askToSubmit() {
    confirming = true;
    await focus('confirm-title');
  }

  /** Waits for the network: the 'online' event, "retry now", or a backoff delay. */
  function waitForRetry(round: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (wake === done) wake = null;
        resolve();
      };
      const timer = setTimeout(done, backoffDelay(round));
      wake = done;
    });
  }

  /**
   * Gets every pick to the server (waiting for the network as long as it takes, unless the deadline
   * and its grace have passed), then submits and shows the result. Safe to call twice.
   */
  async function finish(reason: 'submit' | 'time') {
    const current = attempt;
    if (!current || finishing) return;
    finishing = true;
    finishReason ??= reason;
    finishError = null;
    confirming = false;
    phase = 'finishing';
    await focus('finishing-title');
    try {
      for (let round = 0; queue && !disposed; round++) {
        const empty = await queue.drain();
        if (empty || api.clock.now() > Date.parse(current.deadline) + GRACE_MS) break;
        waitingForNetwork = true;
        await waitForRetry(round);
      }
      for (let round = 0; !disposed; round++) {
        try {
          await api.post('/api/attempts/{attemptId}/submit', { path: { attemptId: current.id } });
          const { attempt: done } = await api.get('/api/attempts/{attemptId}', { path: { attemptId: current.id } });
          if (disposed) return;
          waitingForNetwork = false;
          await adopt(done);
          return;
        } catch (error) {
          if (!retryable(error)) throw error;
          waitingForNetwork = true;
          await waitForRetry(round);
        }
      }
    } catch (error) {
      if (!disposed) {
        finishError = error;
        waitingForNetwork = false;
      }
    } finally {
      finishing = false;
    }
  }

  async function timeUp() {
    if (phase !== 'taking' && phase !== 'finishing') return;
    finishReason = 'time';
    await finish('time');
  }

  async function tryAgain() {
    remember(quiz.id, null);
    attempt = null;
    finishReason = null;
    phase = 'intro';
    await start();
  }

  return {
    quiz,
    get phase() {
      return phase;
    },
    get attempt() {
      return attempt;
    },
    get loadError() {
      return loadError;
    },
    get startError() {
      return startError;
    },
    get starting() {
      return starting;
    },
    get answers() {
      return answers;
    },
    get index() {
      return index;
    },
    get confirming() {
      return confirming;
    },
    get saveState() {
      return saveState;
    },
    get waiting() {
      return waiting;
    },
    get serverNow() {
      return serverNow;
    },
    get warning() {
      return warning;
    },
    get finishReason() {
      return finishReason;
    },
    get waitingForNetwork() {
      return waitingForNetwork;
    },
    get finishError() {
      return finishError;
    },
    get questions() {
      return questions;
    },
    get current() {
      return current;
    },
    get total() {
      return total;
    },
    get answeredCount() {
      return answeredCount;
    },
    get unanswered() {
      return unanswered;
    },
    get shownStatus() {
      return shownStatus;
    },
    get remaining() {
      return remaining;
    },
    resume,
    dispose,
    tick: clock,
    checkTime,
    retryNow,
    retrySaves,
    start,
    choose,
    go,
    askToSubmit,
    finish,
    timeUp,
    tryAgain,
  };
}

export type QuizRun = ReturnType<typeof createQuizRun>;
