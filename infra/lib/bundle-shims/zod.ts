// Lambda bundles alias 'zod' to this module (infra/lib/lambda-esbuild.ts). @hono/zod-openapi hands
// zod's whole `z` namespace to extendZodWithOpenApi, which keeps every member of it alive however
// little the code uses: the error messages in some 40 languages alone are a quarter of a megabyte in
// every bundle. This is zod without the members that no function uses (zod-members.ts).
// infra/test/bundle-shims.test.ts checks that nothing else is missing.
import * as z from './zod-members.js';

export * from './zod-members.js';
export { z, z as default };
