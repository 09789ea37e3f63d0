import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { ApiGroup } from './app.js';
import type { AppEnv } from './env.js';
import { GROUPS } from './groups.js';

export const apiDocumentRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['operations'],
  summary: 'This OpenAPI 3.1 document, generated from the zod schemas that validate requests',
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } } } },
});

export type ApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The document of the given groups (all of them, for the published one). Route registration needs no
 * deps, so it is built from a throwaway app; the document route is registered too, so that it lists
 * itself.
 */
export function buildApiDocument(groups: readonly ApiGroup[]): ApiDocument {
  const documenter = new OpenAPIHono<AppEnv>();
  for (const group of groups) for (const register of group.routes) register(documenter);
  documenter.openapi(apiDocumentRoute, (c) => c.json({ openapi: '3.1.0' }, 200));
  return documenter.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'ClearCampus API',
      version: '1.0.0',
      description: `Function groups: ${groups.map((g) => `${g.name} (${GROUPS[g.name].description})`).join('; ')}. State-changing requests need the header X-Requested-With: ClearCampus; errors are {"error":{"code","message","details"}}.`,
    },
  });
}
