import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { Deps } from './deps.js';
import type { AppEnv } from './env.js';
import { ALL_GROUPS, GROUPS, type GroupName } from './groups.js';
import { requireCsrfHeader } from './middleware/csrf.js';
import { errorBody, notFoundHandler, onError, validationHook } from './middleware/errors.js';
import { requestContext } from './middleware/request-context.js';
import { readSession } from './middleware/session.js';
import { accountAccessRoutes } from './routes/account-access.js';
import { accountRoutes } from './routes/accounts.js';
import { assignmentRoutes } from './routes/assignments.js';
import { auditRoutes } from './routes/audit.js';
import { attemptRoutes } from './routes/attempts.js';
import { certificateRoutes } from './routes/certificates.js';
import { consentRoutes } from './routes/consent.js';
import { contestEntryRoutes } from './routes/contest-entries.js';
import { dataRightsRoutes } from './routes/data-rights.js';
import { contestSimilarityRoutes } from './routes/contest-similarity.js';
import { contestStageRoutes } from './routes/contest-stages.js';
import { contestRoutes } from './routes/contests.js';
import { coverageRoutes } from './routes/coverage.js';
import { judgingRoutes } from './routes/judging.js';
import { campaignRoutes } from './routes/campaigns.js';
import { moduleRoutes } from './routes/modules.js';
import { orgRoutes } from './routes/org.js';
import { progressRoutes } from './routes/progress.js';
import { questionRoutes } from './routes/questions.js';
import { quizRoutes } from './routes/quizzes.js';
import { rosterRoutes } from './routes/roster.js';

type Register = (app: OpenAPIHono<AppEnv>) => void;

const GROUP_ROUTES: Record<GroupName, Register[]> = {
  identity: [accountRoutes, accountAccessRoutes, orgRoutes, rosterRoutes, auditRoutes, consentRoutes, dataRightsRoutes],
  learning: [moduleRoutes, progressRoutes, assignmentRoutes, campaignRoutes],
  quizzes: [questionRoutes, quizRoutes, attemptRoutes, certificateRoutes],
  contests: [contestRoutes, contestEntryRoutes, contestStageRoutes, contestSimilarityRoutes, judgingRoutes],
  coverage: [coverageRoutes],
};

/**
 * The one Hono app. The local runner mounts every group; each Lambda mounts only its own, so its
 * bundle, grants and concurrency are its own. Nothing below depends on where it runs.
 */
export function createApp(deps: Deps, groups: GroupName[]) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/api/*', requestContext(deps));
  app.use('/api/*', bodyLimit({ maxSize: 2 * 1024 * 1024, onError: (c) => c.json(errorBody('too_large', 'The request body is larger than 2 MB'), 413) }));
  app.use('/api/*', requireCsrfHeader());
  app.use('/api/*', readSession());
  for (const group of groups) for (const register of GROUP_ROUTES[group]) register(app);

  // Registered as a route of its own so that the document lists itself too. Whatever group serves it,
  // it documents every group: in AWS one Lambda answers for the whole API's description.
  app.openapi(openApiRoute, (c) => c.json(apiDocument(), 200));
  app.notFound(notFoundHandler);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;

const openApiRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['operations'],
  summary: 'This OpenAPI 3.1 document, generated from the zod schemas that validate requests',
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } } } },
});

let cachedDocument: ReturnType<OpenAPIHono['getOpenAPI31Document']> | null = null;

/** Route registration needs no deps, so the document is built from a throwaway app of every group. */
function apiDocument() {
  if (cachedDocument) return cachedDocument;
  const documenter = new OpenAPIHono<AppEnv>();
  for (const group of ALL_GROUPS) for (const register of GROUP_ROUTES[group]) register(documenter);
  documenter.openapi(openApiRoute, (c) => c.json({ openapi: '3.1.0' }, 200));
  cachedDocument = documenter.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'ClearCampus API',
      version: '1.0.0',
      description: `Function groups: ${ALL_GROUPS.map((g) => `${g} (${GROUPS[g].description})`).join('; ')}. State-changing requests need the header X-Requested-With: ClearCampus; errors are {"error":{"code","message","details"}}.`,
    },
  });
  return cachedDocument;
}
