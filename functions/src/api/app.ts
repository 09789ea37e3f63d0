import { Hono, type MiddlewareHandler } from 'hono';
import { every } from 'hono/combine';
import type { Deps } from '../services/deps.js';
import { onceLoaded } from '../services/once-loaded.js';
import type { AppEnv } from './env.js';
import { limitBody } from './middleware/body-limit.js';
import { compressReads } from './middleware/compress-reads.js';
import { requireCsrfHeader } from './middleware/csrf.js';
import { notFoundHandler, onError } from './middleware/errors.js';
import { originGuard } from './middleware/origin-guard.js';
import { requestContext } from './middleware/request-context.js';
import { readOnlyForGraduates, readSession } from './middleware/session.js';
import { ROUTE_MANIFEST } from './route-manifest.js';
import { loadRouteModule, splitRouteKey, type ApiGroup, type RouteKey, type RouteModule } from './route-modules.js';

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
  const app = new Hono<AppEnv>();
  app.use('/api/*', requestContext(deps));
  app.use('/api/*', compressReads());
  app.use('/api/*', originGuard(deps.originVerify));
  app.use('/api/*', limitBody());
  app.use('/api/*', requireCsrfHeader());
  app.use('/api/*', readSession());
  app.use('/api/*', readOnlyForGraduates());
  for (const group of groups) for (const module of group.modules) mountOnFirstUse(app, module);

  const { apiDocument } = options;
  if (apiDocument) app.get('/api/openapi.json', async (c) => c.json(await apiDocument(), 200));
  app.notFound(notFoundHandler);
  app.onError(onError);
  return app;
}

/**
 * Registers the module's routes (from ROUTE_MANIFEST) at their place in the app, each handled by the
 * module's own handlers once the first of them is asked for. They run in this request's context, so
 * the middleware above, its session and the route's parameters are theirs as if registered directly.
 */
function mountOnFirstUse(app: Hono<AppEnv>, module: RouteModule) {
  const loaded = onceLoaded(async () => new Map([...(await loadRouteModule(module))].map(([key, handlers]) => [key, every(...handlers)])));
  for (const key of ROUTE_MANIFEST[module.name] as readonly RouteKey[]) {
    const { method, path } = splitRouteKey(key);
    const handle: MiddlewareHandler<AppEnv> = async (c, next) => {
      const route = (await loaded()).get(key);
      if (!route) throw new Error(`Route module ${module.name} does not register ${key}: run \`npm run api-types\` to rewrite route-manifest.ts`);
      await route(c, next);
    };
    app.on(method, path, handle);
  }
}
