// Lambda bundles alias '@asteasolutions/zod-to-openapi' to this module (infra/lib/lambda-esbuild.ts):
// @hono/zod-openapi registers routes with its registry at run time, but only the build generates the
// OpenAPI document (functions/src/api/write-api-document.ts), so the generators, two thirds of the
// library, stay out of the bundles. Reached by path because the package name itself is aliased.
// JavaScript rather than TypeScript: the library types its CommonJS entry only.
export {
  OpenAPIRegistry,
  extendZodWithOpenApi,
  getOpenApiMetadata,
  getRefId,
  zodToOpenAPIRegistry,
} from '../../../node_modules/@asteasolutions/zod-to-openapi/dist/index.mjs';

class NoGeneratorInLambda {
  constructor() {
    throw new Error('The OpenAPI document is generated at build time (functions/src/api/write-api-document.ts), not in a Lambda');
  }
}

export const OpenApiGeneratorV3 = NoGeneratorInLambda;
export const OpenApiGeneratorV31 = NoGeneratorInLambda;
export const OpenApiGeneratorV32 = NoGeneratorInLambda;
