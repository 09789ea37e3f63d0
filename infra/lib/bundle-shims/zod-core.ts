// zod's core less the same members as zod-members.ts.
export * from '../../../node_modules/zod/v4/core/index.js';
export const locales = {};
export const compile = undefined;
export const compileFn = undefined;
export const withParser = undefined;
export const INVALID = undefined;
export const ZodCompileAsyncError = undefined;
export const ZodCompileUnsupportedError = undefined;
