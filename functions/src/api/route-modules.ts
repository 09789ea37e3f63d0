import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.js';
import type { GroupName } from './groups.js';
import { validationHook } from './middleware/errors.js';
import type { ROUTE_MANIFEST } from './route-manifest.js';

/** What a route module (functions/src/api/routes/<name>.ts) exports: it registers its routes on an app. */
export type RegisterRoutes = (app: OpenAPIHono<AppEnv>) => void;

export type RouteModuleName = keyof typeof ROUTE_MANIFEST;

/**
 * A route module that is loaded when one of its routes is first asked for. Its schemas (zod, built when
 * the module runs) are most of what a function does at import, and a Lambda's first request needs only
 * one module's; ROUTE_MANIFEST says which routes each module serves without loading it.
 */
export interface RouteModule {
  name: RouteModuleName;
  load: () => Promise<RegisterRoutes>;
}

/** A function group's route modules (functions/src/api/group-routes/<name>.ts): what its Lambda mounts. */
export interface ApiGroup {
  name: GroupName;
  modules: readonly RouteModule[];
}

export const routeModule = (name: RouteModuleName, load: () => Promise<RegisterRoutes>): RouteModule => ({ name, load });

/** "GET /api/quizzes/:quizId": a route as Hono registers it (method, then path with `:param`s). */
export type RouteKey = `${string} /${string}`;

const routeKey = (method: string, path: string): RouteKey => `${method} ${path}` as RouteKey;

export function splitRouteKey(key: string): { method: string; path: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space), path: key.slice(space + 1) };
}

/**
 * The module's routes on an app of their own, with the validation hook every route has, and each
 * route's handlers (its validators, then its handler) in the order the module registered them.
 */
export async function loadRouteModule(module: RouteModule): Promise<Map<RouteKey, MiddlewareHandler<AppEnv>[]>> {
  const [register, { OpenAPIHono }] = await Promise.all([module.load(), import('@hono/zod-openapi')]);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  register(app);
  const handlers = new Map<RouteKey, MiddlewareHandler<AppEnv>[]>();
  for (const { method, path, handler } of app.routes) {
    const key = routeKey(method, path);
    handlers.set(key, [...(handlers.get(key) ?? []), handler as MiddlewareHandler<AppEnv>]);
  }
  return handlers;
}
