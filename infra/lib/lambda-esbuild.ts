import { build, type BuildOptions, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

/**
 * Declares `require` in the ESM bundle for the CommonJS dependencies that call it. Aliased so that it
 * cannot clash with a bundled module that itself imports `createRequire`.
 */
const ESM_REQUIRE_BANNER = "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);";

/**
 * The esbuild settings of every Lambda bundle, in one place: infra bundles with them
 * (lambda-bundling.ts) and the cold-start benchmark (tests/bench/lambda-init.ts) builds with them, so
 * what is measured is what is deployed (infra/test/bundles.test.ts compares the two outputs byte for
 * byte). Everything is bundled, the AWS SDK included: we pin our SDK version rather than take the
 * runtime's.
 */
export const LAMBDA_ESBUILD = {
  target: 'node22',
  format: 'esm',
  mainFields: ['module', 'main'],
  banner: ESM_REQUIRE_BANNER,
  minify: true,
  sourcesContent: false,
  alias: {
    zod: join(REPO_ROOT, 'infra', 'lib', 'bundle-shims', 'zod.ts'),
    '@asteasolutions/zod-to-openapi': join(REPO_ROOT, 'infra', 'lib', 'bundle-shims', 'zod-to-openapi.mjs'),
  },
} as const;

export interface LambdaBundleOptions {
  /** Off unless asked for (`-c sourceMaps=true`): a source map costs every cold start when Node.js loads it. */
  sourceMaps: boolean;
}

/** The same bundle as NodejsFunction builds, written to `outfile` (the bench, the bundle tests). */
export async function buildLambdaBundle(entry: string, outfile: string, { sourceMaps }: LambdaBundleOptions): Promise<Metafile> {
  const options = {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: LAMBDA_ESBUILD.target,
    format: LAMBDA_ESBUILD.format,
    mainFields: [...LAMBDA_ESBUILD.mainFields],
    banner: { js: LAMBDA_ESBUILD.banner },
    minify: LAMBDA_ESBUILD.minify,
    sourcemap: sourceMaps,
    sourcesContent: LAMBDA_ESBUILD.sourcesContent,
    alias: { ...LAMBDA_ESBUILD.alias },
    absWorkingDir: REPO_ROOT,
    metafile: true,
    logLevel: 'warning',
  } satisfies BuildOptions;
  return (await build(options)).metafile;
}
