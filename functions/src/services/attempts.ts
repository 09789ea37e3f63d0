import { createHmac } from 'node:crypto';
import { GRACE_MS, score } from '../domain/attempts/attempt.js';
import { pathIds } from '../domain/org/units.js';
import { getQuiz } from '../store/quizzes.js';
import { attemptQuestions, beginSubmit, completeSubmit, getAttemptHeader, schoolReached, type AttemptHeader } from '../store/attempts.js';
import type { StoredCertificate } from '../domain/certificates/schemas.js';
import { getAccount } from '../store/accounts.js';
import { getUnit } from '../store/org.js';
import type { Deps } from '../api/deps.js';
import { notFound } from '../domain/errors.js';

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
  for (let round = 0; round < 3; round++) {
    const reaches = !(await schoolReached(deps.db, `quiz:${quiz.id}`, pathIds(attempt.studentPath)[3] ?? ''));
    await completeSubmit(deps.db, attempt, result, graded, at, certificate, reaches);
    const after = (await getAttemptHeader(deps.db, attemptId, deps.now()))!;
    if (after.status === 'submitted') return after;
  }
  throw new Error(`Attempt ${attemptId} could not be finalised`);
}

/** An attempt past its deadline plus grace is finalised with what was saved. */
export function isExpired(attempt: Pick<AttemptHeader, 'status' | 'deadline'>, now: number): boolean {
  return attempt.status !== 'submitted' && now > attempt.deadline + GRACE_MS;
}
