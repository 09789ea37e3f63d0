import { OpenAPIHono } from '@hono/zod-openapi';
import { apiDocumentRoute, type ApiDocumentBody } from './api-document.js';
import type { Deps } from '../services/deps.js';
import type { AppEnv } from './env.js';
import type { GroupName } from './groups.js';
import { limitBody } from './middleware/body-limit.js';
import { compressReads } from './middleware/compress-reads.js';
import { requireCsrfHeader } from './middleware/csrf.js';
import { notFoundHandler, onError, validationHook } from './middleware/errors.js';
import { originGuard } from './middleware/origin-guard.js';
import { requestContext } from './middleware/request-context.js';
import { readOnlyForGraduates, readSession } from './middleware/session.js';

export type RegisterRoutes = (app: OpenAPIHono<AppEnv>) => void;

/** A function group's routes (functions/src/api/group-routes/<name>.ts): what its Lambda mounts. */
export interface ApiGroup {
  name: GroupName;
  routes: readonly RegisterRoutes[];
}

export interface AppOptions {
  /**
   * Serves GET /api/openapi.json when given: the identity Lambda reads the document built with its
   * bundle, the local runner builds it from the groups it mounts (api-document.ts).
   */
  apiDocument?: () => unknown;
}

/**
 * The one Hono app. The local runner mounts every group; each Lambda mounts only its own, so its
 * bundle, grants and concurrency are its own. Nothing below depends on where it runs.
 */
export function createApp(deps: Deps, groups: readonly ApiGroup[], options: AppOptions = {}) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.use('/api/*', requestContext(deps));
  app.use('/api/*', compressReads());
  app.use('/api/*', originGuard(deps.originVerify));
  app.use('/api/*', limitBody());
  app.use('/api/*', requireCsrfHeader());
  app.use('/api/*', readSession());
  app.use('/api/*', readOnlyForGraduates());
  for (const group of groups) for (const register of group.routes) register(app);

  const { apiDocument } = options;
  if (apiDocument) app.openapi(apiDocumentRoute, async (c) => c.json((await apiDocument()) as ApiDocumentBody, 200));
  app.notFound(notFoundHandler);
  app.onError(onError);
  return app;
}

export type App = ReturnType<typeof createApp>;
