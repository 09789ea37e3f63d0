import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newId } from '../../domain/ids.js';
import {
  CreateQuestionRequest,
  matchesQuery,
  QuestionQuery,
  QuestionResponse,
  QuestionsResponse,
  UpdateQuestionRequest,
  type Question,
} from '../../domain/questions/schemas.js';
import { conflict } from '../../domain/errors.js';
import { listQuestions, putQuestion, requireQuestion, retireQuestion } from '../../store/questions.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';

const Params = z.strictObject({ questionId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const listRoute = createRoute({
  method: 'get',
  path: '/api/questions',
  tags: ['questions'],
  summary: 'Search the question bank (editors): by band, topic, type, status and text',
  request: { query: QuestionQuery },
  responses: { 200: jsonContent(QuestionsResponse, 'Questions'), ...COMMON },
});
const createQuestionRoute = createRoute({
  method: 'post',
  path: '/api/questions',
  tags: ['questions'],
  summary: 'Write a question (editors)',
  request: jsonBody(CreateQuestionRequest),
  responses: { 201: jsonContent(QuestionResponse, 'Created'), ...COMMON },
});
const updateRoute = createRoute({
  method: 'put',
  path: '/api/questions/{questionId}',
  tags: ['questions'],
  summary: 'Edit a question; attempts already made keep the version they were drawn with',
  request: { params: Params, ...jsonBody(UpdateQuestionRequest) },
  responses: { 200: jsonContent(QuestionResponse, 'Saved'), ...COMMON, 409: ERRORS[409] },
});
const retireRoute = createRoute({
  method: 'post',
  path: '/api/questions/{questionId}/retire',
  tags: ['questions'],
  summary: 'Retire a question when facts change: no new quiz draws it; old attempts stay intact',
  request: { params: Params },
  responses: { 200: jsonContent(QuestionResponse, 'Retired'), ...COMMON },
});

function editor(c: Context<AppEnv>) {
  const session = requireSession(c);
  authorize(session, 'question.edit', { path: session.orgPath, kind: 'platform' });
  return session;
}

export function questionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    editor(c);
    const query = c.req.valid('query');
    // Filters apply within the page read: a bank is a few thousand questions, read newest first.
    const page = await listQuestions(c.get('deps').db, query.cursor, 500);
    return c.json({ questions: page.items.filter((q) => matchesQuery(q, query)), cursor: page.cursor }, 200);
  });

  app.openapi(createQuestionRoute, async (c) => {
    editor(c);
    const { db, now } = c.get('deps');
    const at = new Date(now()).toISOString();
    const question: Question = { id: newId('q'), version: 1, content: c.req.valid('json').content, status: 'active', createdAt: at, updatedAt: at };
    await putQuestion(db, question, null);
    return c.json({ question }, 201);
  });

  app.openapi(updateRoute, async (c) => {
    editor(c);
    const { db, now } = c.get('deps');
    const body = c.req.valid('json');
    const previous = await requireQuestion(db, c.req.valid('param').questionId);
    if (previous.version !== body.version) throw conflict('Someone changed this question meanwhile', { currentVersion: previous.version });
    const question: Question = { ...previous, content: body.content, version: previous.version + 1, updatedAt: new Date(now()).toISOString() };
    await putQuestion(db, question, previous);
    return c.json({ question }, 200);
  });

  app.openapi(retireRoute, async (c) => {
    editor(c);
    const { db, now } = c.get('deps');
    const question = await requireQuestion(db, c.req.valid('param').questionId);
    if (question.status === 'retired') return c.json({ question }, 200);
    return c.json({ question: await retireQuestion(db, question, new Date(now()).toISOString()) }, 200);
  });
}
