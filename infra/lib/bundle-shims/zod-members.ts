// zod's exports less what no function uses: a module's own exports win over `export *`, so each
// name below shadows zod's and takes the module behind it out of the bundle. zod is reached by path
// because 'zod' itself is aliased to ./zod.ts.
export * from '../../../node_modules/zod/v4/classic/external.js';
export * as core from './zod-core.js';
// Some 40 translations of the error messages; English, the default, is set by zod itself and stays.
export const locales = {};
// zod's ahead-of-time parser compiler (core/compile.js) and JSON Schema import: unused at run time.
export const compile = undefined;
export const withParser = undefined;
export const INVALID = undefined;
export const ZodCompileAsyncError = undefined;
export const ZodCompileUnsupportedError = undefined;
export const fromJSONSchema = undefined;
