import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import { GROUPS } from './groups.js';
import type { ApiGroup } from './route-modules.js';

const JsonObject = z.record(z.string(), z.unknown());

/** The parts of the document the web's API reference reads; the rest is standard OpenAPI 3.1. */
const ApiDocumentShape = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string(), description: z.string().optional() }),
  paths: z.record(z.string(), JsonObject),
  components: z.looseObject({ schemas: JsonObject.optional(), parameters: JsonObject.optional() }).optional(),
});

const apiDocumentRoute = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['operations'],
  summary: 'This OpenAPI 3.1 document, generated from the zod schemas that validate requests',
  responses: { 200: { description: 'The document', content: { 'application/json': { schema: ApiDocumentShape } } } },
});

export type ApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/**
 * The document of the given groups (all of them, for the published one). Route registration needs no
 * deps, so it is built from a throwaway app; the document route is registered too, so that it lists
 * itself.
 */
export async function buildApiDocument(groups: readonly ApiGroup[]): Promise<ApiDocument> {
  const documenter = new OpenAPIHono<AppEnv>();
  const modules = groups.flatMap((group) => group.modules);
  for (const register of await Promise.all(modules.map((module) => module.load()))) register(documenter);
  documenter.openapi(apiDocumentRoute, (c) => c.json({ openapi: '3.1.0', info: { title: '', version: '' }, paths: {} }, 200));
  return documenter.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'ClearCampus API',
      version: '1.0.0',
      description: `Function groups: ${groups.map((g) => `${g.name} (${GROUPS[g.name].description})`).join('; ')}. State-changing requests need the header X-Requested-With: ClearCampus; errors are {"error":{"code","message","details"}}.`,
    },
  });
}
