import * as realZod from 'zod';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as zodToOpenapi from '../lib/bundle-shims/zod-to-openapi.mjs';
import * as zod from '../lib/bundle-shims/zod.js';
import { REPO_ROOT } from '../lib/paths.js';

// The ES module build the shim re-exports from (a plain import would get the CommonJS one).
const realZodToOpenapi = (await import(pathToFileURL(join(REPO_ROOT, 'node_modules/@asteasolutions/zod-to-openapi/dist/index.mjs')).href)) as Record<
  string,
  unknown
>;

/** The names whose values differ between a module and its shim. */
const differing = (real: Record<string, unknown>, shim: Record<string, unknown>) =>
  [...new Set([...Object.keys(real), ...Object.keys(shim)])].filter((name) => real[name] !== shim[name]).sort();

describe('the zod that Lambda bundles get (infra/lib/bundle-shims/zod.ts)', () => {
  it('is zod itself, less the locales and the parser compiler', () => {
    const dropped = ['INVALID', 'ZodCompileAsyncError', 'ZodCompileUnsupportedError', 'compile', 'fromJSONSchema', 'locales', 'withParser'];
    // `core`, `z` and `default` are namespaces of their own, compared member by member below.
    expect(differing(realZod, zod)).toEqual([...dropped, 'core', 'default', 'z'].sort());
    expect(differing(realZod.core, zod.core)).toEqual([
      'INVALID',
      'ZodCompileAsyncError',
      'ZodCompileUnsupportedError',
      'compile',
      'compileFn',
      'locales',
      'withParser',
    ]);
    expect(differing(realZod, zod.z)).toEqual([...dropped, 'core', 'default', 'z'].sort());
  });

  it('still explains a failed validation in English', () => {
    const result = zod.z.object({ name: zod.z.string().min(2) }).safeParse({ name: 'x' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Too small: expected string to have >=2 characters']);
  });
});

describe('the zod-to-openapi that Lambda bundles get (infra/lib/bundle-shims/zod-to-openapi.mjs)', () => {
  it('keeps the registry and refuses to generate a document', () => {
    expect(Object.keys(zodToOpenapi).sort()).toEqual(Object.keys(realZodToOpenapi).sort());
    expect(differing(realZodToOpenapi, zodToOpenapi)).toEqual(['OpenApiGeneratorV3', 'OpenApiGeneratorV31', 'OpenApiGeneratorV32']);
    expect(() => new zodToOpenapi.OpenApiGeneratorV31([])).toThrow(/generated at build time/);
  });
});
