import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { coverageCsvRows, CoverageResponse, HistoryResponse, laggards, LaggardsResponse, scopeOf, subjectConcerns } from '../../domain/coverage/coverage.js';
import { DEFAULT_BELOW } from '../../domain/coverage/laggards.js';
import { notFound } from '../../domain/errors.js';
import { toCsv } from '../../domain/export/csv.js';
import { chinaDateOf } from '../../domain/time/china-time.js';
import { requireUnit } from '../../store/org.js';
import { snapshots } from '../../store/snapshots.js';
import { coverageTable, rowFor, schoolRows, subjectFor } from '../../services/coverage.js';
import { authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonContent } from '../openapi.js';

const Subject = {
  unit: z.string().min(1).max(40),
  campaign: z.string().min(1).max(40).optional(),
  competition: z.string().min(1).max(40).optional(),
  contest: z.string().min(1).max(40).optional(),
};
const oneSubject = (q: { campaign?: string; competition?: string; contest?: string }) => [q.campaign, q.competition, q.contest].filter(Boolean).length === 1;
const ONE_SUBJECT = { message: 'name one campaign, competition or contest', path: ['campaign'] };
const SubjectQuery = z.strictObject(Subject).refine(oneSubject, ONE_SUBJECT);
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const coverageRoute = createRoute({
  method: 'get',
  path: '/api/coverage',
  tags: ['coverage'],
  summary: 'Coverage of a campaign, competition or contest: the unit’s totals and a row per child unit, from counters only (no names)',
  request: { query: SubjectQuery },
  responses: { 200: jsonContent(CoverageResponse, 'Coverage'), ...COMMON },
});
const csvRoute = createRoute({
  method: 'get',
  path: '/api/coverage.csv',
  tags: ['coverage'],
  summary: 'The same table as CSV for Excel (UTF-8 with BOM, formula cells neutralised)',
  request: { query: z.strictObject({ ...Subject, lang: z.enum(['zh', 'en']).default('zh') }).refine(oneSubject, ONE_SUBJECT) },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } }, ...COMMON },
});
const laggardsRoute = createRoute({
  method: 'get',
  path: '/api/coverage/laggards',
  tags: ['coverage'],
  summary: 'Schools of the unit below a completion rate, lowest first, with their last activity',
  request: { query: z.strictObject({ ...Subject, below: z.coerce.number().min(0).max(100).default(DEFAULT_BELOW) }).refine(oneSubject, ONE_SUBJECT) },
  responses: { 200: jsonContent(LaggardsResponse, 'Schools'), ...COMMON },
});
const historyRoute = createRoute({
  method: 'get',
  path: '/api/coverage/history',
  tags: ['coverage'],
  summary: 'Daily snapshots of the unit’s completion for the subject, oldest first, with today’s live figure last',
  request: { query: SubjectQuery },
  responses: { 200: jsonContent(HistoryResponse, 'History'), ...COMMON },
});

async function context(c: Context<AppEnv>, query: { unit: string; campaign?: string; competition?: string; contest?: string }) {
  const session = requireSession(c);
  const { db } = c.get('deps');
  const unit = await requireUnit(db, query.unit);
  await authorizeOnUnit(c, session, 'coverage.view', unit);
  const subject = await subjectFor(db, query);
  if (!subjectConcerns(subject, unit.path)) throw notFound('This campaign or competition in that unit');
  return { session, db, unit, subject };
}

async function table(c: Context<AppEnv>, query: { unit: string; campaign?: string; competition?: string; contest?: string }) {
  const { session, db, unit, subject } = await context(c, query);
  return coverageTable(db, session, unit, subject);
}

export function coverageRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(coverageRoute, async (c) => c.json(await table(c, c.req.valid('query')), 200));

  app.openapi(csvRoute, async (c) => {
    const { lang, ...query } = c.req.valid('query');
    const { unit, children } = await table(c, query);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="coverage-${unit.id}.csv"`);
    return c.body(toCsv(coverageCsvRows([unit, ...children], query.contest ? 'contest' : query.competition ? 'competition' : 'campaign', lang)), 200);
  });

  app.openapi(laggardsRoute, async (c) => {
    const query = c.req.valid('query');
    const { db, unit, subject } = await context(c, query);
    const rows = await schoolRows(db, unit, subject);
    return c.json({ below: query.below, schools: laggards(rows, query.below) }, 200);
  });

  app.openapi(historyRoute, async (c) => {
    const { db, unit, subject } = await context(c, c.req.valid('query'));
    const [past, today] = await Promise.all([snapshots(db, scopeOf(subject), unit.id), rowFor(db, unit, subject)]);
    const date = chinaDateOf(c.get('deps').now());
    const live = { date, enrolled: today.enrolled, started: today.started, completed: today.completed, completionRate: today.completionRate };
    return c.json({ points: [...past.filter((p) => p.date !== date), live] }, 200);
  });
}
