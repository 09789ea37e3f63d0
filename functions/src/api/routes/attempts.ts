import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { answerError, GRACE_MS, publicQuestion } from '../../domain/attempts/attempt.js';
import { AttemptResponse, SaveAnswerRequest, SubmitResponse, type AttemptView } from '../../domain/attempts/schemas.js';
import { detail, DomainError, notFound } from '../../domain/errors.js';
import { reviewAllowed, type Quiz } from '../../domain/quizzes/quiz.js';
import { certificateCode, finalizeAttempt, isExpired, startOrResumeAttempt } from '../../services/attempts.js';
import { METRICS } from '../../domain/operations/metrics.js';
import { countMetric } from '../../services/telemetry.js';
import { getAttempt, getAttemptHeader, saveAnswer, type Attempt, type AttemptHeader } from '../../store/attempts.js';
import { PLATFORM_UNIT, requireQuiz } from '../../store/quizzes.js';
import type { Session } from '../../domain/accounts/schemas.js';
import { authorize } from '../authorize.js';
import type { Deps } from '../../services/deps.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';

const AttemptParams = z.strictObject({ attemptId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const startRoute = createRoute({
  method: 'post',
  path: '/api/quizzes/{quizId}/attempts',
  tags: ['attempts'],
  summary: 'Start an attempt (or get the one in progress): questions drawn and option order fixed now, deadline by the server’s clock',
  request: { params: z.strictObject({ quizId: z.string().min(1).max(40) }) },
  responses: {
    201: jsonContent(AttemptResponse, 'Started'),
    200: jsonContent(AttemptResponse, 'The attempt already in progress'),
    ...COMMON,
    409: ERRORS[409],
    422: ERRORS[422],
  },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/attempts/{attemptId}',
  tags: ['attempts'],
  summary: 'State, saved answers, and the result once submitted (an expired attempt is finalised first)',
  request: { params: AttemptParams },
  responses: { 200: jsonContent(AttemptResponse, 'Attempt'), ...COMMON },
});
const answerRoute = createRoute({
  method: 'put',
  path: '/api/attempts/{attemptId}/answers/{questionId}',
  tags: ['attempts'],
  summary: 'Save one answer (idempotent). Refused after submission or after the deadline plus a short grace',
  request: { params: z.strictObject({ attemptId: z.string().min(1).max(40), questionId: z.string().min(1).max(40) }), ...jsonBody(SaveAnswerRequest) },
  responses: {
    200: jsonContent(z.object({ questionId: z.string(), optionIds: z.array(z.string()), savedAt: z.string() }), 'Stored'),
    ...COMMON,
    409: ERRORS[409],
    422: ERRORS[422],
  },
});
const submitRoute = createRoute({
  method: 'post',
  path: '/api/attempts/{attemptId}/submit',
  tags: ['attempts'],
  summary: 'Submit: scored on the server; repeating it returns the same result',
  request: { params: AttemptParams },
  responses: { 200: jsonContent(SubmitResponse, 'Result'), ...COMMON },
});

const invalidAnswer = (message: string) => new DomainError('validation', message, [detail('optionIds', 'invalid_answer', message)]);

async function ownAttempt(c: Context<AppEnv>, attemptId: string): Promise<{ session: Session; attempt: AttemptHeader }> {
  const session = requireSession(c);
  const attempt = await getAttemptHeader(c.get('deps').db, attemptId, c.get('deps').now());
  // Another student's attempt is indistinguishable from none.
  if (!attempt || attempt.studentId !== session.userId) throw notFound('Attempt');
  return { session, attempt };
}

async function view(deps: Deps, attempt: Attempt, quiz: Quiz): Promise<AttemptView> {
  const submitted = attempt.status === 'submitted';
  const review = reviewAllowed(quiz.settings, submitted, deps.now());
  const answers = attempt.answers;
  const earned = submitted && quiz.settings.certificateThreshold !== undefined && attempt.result!.percent >= quiz.settings.certificateThreshold;
  return {
    id: attempt.id,
    quizId: attempt.quizId,
    number: attempt.number,
    status: submitted ? 'submitted' : 'in_progress',
    startedAt: attempt.startedAt,
    deadline: new Date(attempt.deadline).toISOString(),
    questions: attempt.questions.map((q) => (review ? { ...publicQuestion(q), correctIds: q.correctIds, explanation: q.explanation } : publicQuestion(q))),
    answers,
    result: attempt.result ?? null,
    review,
    certificateCode: earned ? certificateCode(deps.keys.code, attempt.id) : null,
  };
}

export function attemptRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(startRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const quiz = await requireQuiz(deps.db, c.req.valid('param').quizId);
    authorize(session, 'quiz.take', quiz.unitId === PLATFORM_UNIT ? { path: '', kind: 'platform' } : { path: quiz.unitPath, kind: 'quiz' });

    const { attempt, started } = await startOrResumeAttempt(deps, quiz, { id: session.userId, path: session.orgPath, classId: session.orgId });
    return started ? c.json({ attempt: await view(deps, attempt, quiz) }, 201) : c.json({ attempt: await view(deps, attempt, quiz) }, 200);
  });

  app.openapi(getRoute, async (c) => {
    const deps = c.get('deps');
    const { attempt: header } = await ownAttempt(c, c.req.valid('param').attemptId);
    if (isExpired(header, deps.now())) await finalizeAttempt(deps, header.id);
    const [attempt, quiz] = await Promise.all([getAttempt(deps.db, header.id, deps.now()), requireQuiz(deps.db, header.quizId)]);
    if (!attempt) throw notFound('Attempt');
    return c.json({ attempt: await view(deps, attempt, quiz) }, 200);
  });

  app.openapi(answerRoute, async (c) => {
    const deps = c.get('deps');
    const session = requireSession(c);
    const { attemptId, questionId } = c.req.valid('param');
    const { optionIds } = c.req.valid('json');
    if (new Set(optionIds).size !== optionIds.length) throw invalidAnswer('An option is chosen twice');
    const now = deps.now();
    // The write itself checks owner, question, options, status and deadline; only a refusal reads.
    if ((await saveAnswer(deps.db, { attemptId, studentId: session.userId, questionId, optionIds }, now, GRACE_MS)) === 'saved') {
      countMetric(METRICS.answerSaves);
      return c.json({ questionId, optionIds, savedAt: new Date(now).toISOString() }, 200);
    }
    const { attempt } = await ownAttempt(c, attemptId);
    const slot = attempt.slots[questionId];
    if (!slot) throw notFound('Question in this attempt');
    const invalid = answerError(slot, optionIds);
    if (invalid) throw invalidAnswer(invalid);
    if (attempt.status !== 'in_progress')
      throw new DomainError('conflict', 'This attempt has been submitted; answers can no longer change', [], { reason: 'attempt_submitted' });
    throw new DomainError('rule_broken', 'The time for this attempt is over; the answer was not saved', [], { reason: 'deadline_passed' });
  });

  app.openapi(submitRoute, async (c) => {
    const deps = c.get('deps');
    const { attempt } = await ownAttempt(c, c.req.valid('param').attemptId);
    const done = await finalizeAttempt(deps, attempt.id);
    countMetric(METRICS.submissions);
    const quiz = await requireQuiz(deps.db, done.quizId);
    const result = done.result!;
    const earned = quiz.settings.certificateThreshold !== undefined && result.percent >= quiz.settings.certificateThreshold;
    return c.json({ result, certificateCode: earned ? certificateCode(deps.keys.code, done.id) : null }, 200);
  });
}
