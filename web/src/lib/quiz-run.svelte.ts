/**
 * One quiz on the quiz player: resumes the attempt this device remembers or starts one, then holds
 * the answering (which question, the confirm step) and the finish. The picks and their saving are
 * quiz-answers' (AttemptAnswers), the clock and deadline quiz-clock's (QuizClock), the submit
 * quiz-submit's (AttemptSubmit). One per quiz shown; once disposed, nothing that was in flight touches the page.
 */
import { tick } from 'svelte';
import { api, ApiError, apiPath } from './api';
import { keepRead } from './offline-cache';
import { AttemptAnswers } from './quiz-answers.svelte';
import { QuizClock } from './quiz-clock.svelte';
import { isAnswered } from './quiz-player';
import { AttemptSubmit } from './quiz-submit.svelte';
import { remember, remembered } from './remembered-attempts';
import { answerQueueKey } from './save-queue';
import { session } from './session.svelte';
import type { AttemptResponse, AttemptView, Quiz } from './types';

export type QuizPhase = 'loading' | 'intro' | 'taking' | 'finishing' | 'result';

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
  let index = $state(0);
  let confirming = $state(false);
  /** Why the attempt is being finished: the student submitted, or the time ran out. */
  let finishReason = $state<'submit' | 'time' | null>(null);
  let finishError = $state<unknown>(null);

  const saves = new AttemptAnswers({ submitted: () => void finish('submit'), deadlinePassed: () => void timeUp() });
  const clock = new QuizClock();
  const submitting = new AttemptSubmit();

  const questions = $derived(attempt?.questions ?? []);
  const current = $derived(questions[index] ?? null);
  const total = $derived(questions.length);
  const answeredCount = $derived(questions.filter((q) => isAnswered(saves.answers[q.id])).length);
  const unanswered = $derived(questions.flatMap((q, i) => (isAnswered(saves.answers[q.id]) ? [] : [i])));
  const remaining = $derived(attempt ? clock.remaining(attempt.deadline) : 0);

  let disposed = false;
  let finishing = false;

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
    saves.dispose();
    submitting.stop();
  }

  /** While answering: the clock's warnings, and the end at 0. */
  function checkTime(left: number) {
    if (clock.check(left)) void timeUp();
  }

  /** The browser is back online: saves and a waiting submit go now. */
  function retryNow() {
    saves.retryNow();
    submitting.retryNow();
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
      clock.observe(started.startedAt);
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
      saves.close(key, next);
      phase = 'result';
      await focus('result-title');
      return;
    }
    await beforeView('taking');
    if (disposed) return;
    saves.open(key, next);
    const firstOpen = next.questions.findIndex((q) => !isAnswered(saves.answers[q.id]));
    index = firstOpen < 0 ? 0 : firstOpen;
    clock.restart();
    phase = 'taking';
    await focus('question-heading');
  }

  function choose(optionId: string, checked: boolean) {
    if (!current || phase !== 'taking') return;
    saves.choose(current, optionId, checked);
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

  /** Submits (AttemptSubmit) and shows the result. Safe to call twice. */
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
      const done = await submitting.run(current, saves, clock);
      if (done && !disposed) await adopt(done);
    } catch (error) {
      if (!disposed) finishError = error;
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
      return saves.answers;
    },
    get index() {
      return index;
    },
    get confirming() {
      return confirming;
    },
    get saveState() {
      return saves.saveState;
    },
    get waiting() {
      return saves.waiting;
    },
    get serverNow() {
      return clock.serverNow;
    },
    get warning() {
      return clock.warning;
    },
    get finishReason() {
      return finishReason;
    },
    get waitingForNetwork() {
      return submitting.waitingForNetwork;
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
      return saves.shownStatus;
    },
    get remaining() {
      return remaining;
    },
    resume,
    dispose,
    tick: () => clock.tick(),
    checkTime,
    retryNow,
    retrySaves: () => saves.retryNow(),
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
