import { createHmac, randomInt } from 'node:crypto';
import {
  attemptIdOf,
  deadlineFor,
  drawQuestions,
  freeze,
  GRACE_MS,
  NotEnoughQuestions,
  score,
  slotsOf,
  type BankQuestion,
} from '../domain/attempts/attempt.js';
import type { Topic } from '../domain/modules/content.js';
import { pathIds } from '../domain/org/units.js';
import { windowState, type Quiz } from '../domain/quizzes/quiz.js';
import { getQuiz } from '../store/quizzes.js';
import { getQuestions, questionPool } from '../store/questions.js';
import {
  attemptQuestions,
  beginSubmit,
  completeSubmit,
  getAttempt,
  getAttemptHeader,
  getQuizState,
  schoolReached,
  startAttempt,
  type Attempt,
  type AttemptHeader,
} from '../store/attempts.js';
import type { StoredCertificate } from '../domain/certificates/schemas.js';
import { getAccount } from '../store/accounts.js';
import { getUnit } from '../store/org.js';
import type { Deps } from './deps.js';
import { retryOnStale, STALE } from './retry-on-stale.js';
import { conflict, DomainError, notFound, ruleBroken } from '../domain/errors.js';

/** Certificate codes: unguessable, and the same for the same attempt however often it is finalised. */
export function certificateCode(key: Uint8Array, subject: string): string {
  const digest = createHmac('sha256', key).update(`certificate\n${subject}`).digest();
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  return Array.from(digest.subarray(0, 12), (byte) => alphabet[byte % alphabet.length]).join('');
}

/**
 * Submits an attempt, or finishes a submission another request or a crash left half-done: close it
 * to answers, score what was stored, record result, counters and certificate once. Used by the
 * submit route, by reads of an expired attempt, and by the expiry job.
 */
export async function finalizeAttempt(deps: Deps, attemptId: string): Promise<AttemptHeader> {
  const first = await getAttemptHeader(deps.db, attemptId, deps.now());
  if (!first) throw notFound('Attempt');
  if (first.status === 'submitted') return first;
  if (first.status === 'in_progress') await beginSubmit(deps.db, attemptId);
  const attempt = (await getAttemptHeader(deps.db, attemptId, deps.now()))!;
  if (attempt.status !== 'submitting') return attempt;

  const [quiz, questions] = await Promise.all([getQuiz(deps.db, attempt.quizId), attemptQuestions(deps.db, attempt.id, deps.now())]);
  // Read after the attempt closed to saves: every acknowledged answer is in it.
  const answers = new Map(Object.entries(attempt.answers));
  if (!quiz) throw notFound('Quiz');
  if (!questions) throw notFound('Attempt');
  const result = score(questions, answers, quiz.settings);
  const graded = questions.map((q) => {
    const chosen = [...(answers.get(q.id) ?? [])].sort();
    return { questionId: q.id, correct: chosen.length === q.correctIds.length && chosen.every((id, i) => id === q.correctIds[i]), topics: q.topics };
  });
  const at = new Date(deps.now()).toISOString();
  let certificate: StoredCertificate | null = null;
  const threshold = quiz.settings.certificateThreshold;
  if (threshold !== undefined && result.percent >= threshold) {
    const [student, school] = await Promise.all([getAccount(deps.db, attempt.studentId), getUnit(deps.db, pathIds(attempt.studentPath)[3] ?? '')]);
    certificate = {
      code: certificateCode(deps.keys.code, attempt.id),
      kind: 'quiz',
      sourceId: quiz.id,
      subjectId: attempt.id,
      title: quiz.settings.title,
      recipientId: attempt.studentId,
      recipientName: student?.displayName ?? '',
      recipientRole: 'participant',
      schoolName: school?.name ?? { zh: '', en: '' },
      percent: result.percent,
      award: null,
      issuedAt: at,
    };
  }
  // The school's "reached" fact is written only if missing; when another student's submission wins
  // that race, the transaction is cancelled and this one is retried without it.
  return retryOnStale(
    async () => {
      const reaches = !(await schoolReached(deps.db, `quiz:${quiz.id}`, pathIds(attempt.studentPath)[3] ?? ''));
      await completeSubmit(deps.db, attempt, result, graded, at, certificate, reaches);
      const after = (await getAttemptHeader(deps.db, attemptId, deps.now()))!;
      return after.status === 'submitted' ? after : STALE;
    },
    () => new Error(`Attempt ${attemptId} could not be finalised`),
    3,
  );
}

/** An attempt past its deadline plus grace is finalised with what was saved. */
export function isExpired(attempt: Pick<AttemptHeader, 'status' | 'deadline'>, now: number): boolean {
  return attempt.status !== 'submitted' && now > attempt.deadline + GRACE_MS;
}

const secureRandom = () => randomInt(2 ** 32) / 2 ** 32;

async function bankFor(deps: Deps, quiz: Quiz) {
  const rules = quiz.settings.rules;
  if ('fixed' in rules) {
    const found = await getQuestions(deps.db, rules.fixed);
    const active = [...found.values()].filter((q) => q.status === 'active').map((q): BankQuestion => ({ id: q.id, content: q.content }));
    return { byId: new Map(active.map((q) => [q.id, q])), byTopic: new Map<Topic, BankQuestion[]>() };
  }
  const pools = await Promise.all(rules.draw.map(async (rule) => [rule.topic, await questionPool(deps.db, rules.band, rule.topic)] as const));
  return { byId: new Map<string, BankQuestion>(), byTopic: new Map<Topic, BankQuestion[]>(pools) };
}

/**
 * A student's attempt at a quiz: the one in progress if there is one (an expired one is finalised
 * first), otherwise a new one with its questions drawn and option order fixed now, within the quiz's
 * window and attempts. `started` tells a new attempt from the one resumed.
 */
export async function startOrResumeAttempt(
  deps: Deps,
  quiz: Quiz,
  student: { id: string; path: string; classId: string },
): Promise<{ attempt: Attempt; started: boolean }> {
  return retryOnStale(
    async (): Promise<{ attempt: Attempt; started: boolean } | typeof STALE> => {
      const state = await getQuizState(deps.db, student.id, quiz.id);
      if (state.current) {
        const current = await getAttempt(deps.db, state.current, deps.now());
        if (current && !isExpired(current, deps.now())) return { attempt: current, started: false };
        await finalizeAttempt(deps, state.current);
        return STALE;
      }
      const window = windowState(quiz.settings, deps.now());
      if (window !== 'open')
        throw new DomainError('rule_broken', window === 'not_open' ? 'This quiz has not opened yet' : 'This quiz has closed', [], { reason: window });
      if (state.attempts >= quiz.settings.attemptsAllowed)
        throw new DomainError('rule_broken', 'No attempts left for this quiz', [], { reason: 'no_attempts_left' });

      let drawn: BankQuestion[];
      try {
        drawn = drawQuestions(quiz.settings.rules, await bankFor(deps, quiz), secureRandom);
      } catch (error) {
        if (error instanceof NotEnoughQuestions) throw ruleBroken(`This quiz cannot be drawn now: ${error.message}`);
        throw error;
      }
      const now = deps.now();
      const number = state.attempts + 1;
      const questions = drawn.map((q) => freeze(q, quiz.settings.shuffleOptions, secureRandom));
      const attempt: Attempt = {
        id: attemptIdOf(student.id, quiz.id, number),
        quizId: quiz.id,
        number,
        studentId: student.id,
        studentPath: student.path,
        classId: student.classId,
        startedAt: new Date(now).toISOString(),
        deadline: deadlineFor(now, quiz.settings.timeLimitMinutes, quiz.settings.closesAt),
        questions,
        slots: slotsOf(questions),
        answers: {},
        status: 'in_progress',
      };
      return (await startAttempt(deps.db, attempt, quiz.settings.attemptsAllowed)) === 'started' ? { attempt, started: true } : STALE;
    },
    () => conflict('Another start of this quiz is under way; try again'),
    3,
  );
}
