import { build, buildSync, type BuildOptions, type Metafile } from 'esbuild';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

/**
 * Declares `require` in each ESM file of a bundle for the CommonJS dependencies that call it. Aliased
 * so that it cannot clash with a bundled module that itself imports `createRequire`.
 */
const ESM_REQUIRE_BANNER = "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);";

export interface LambdaBundleOptions {
  /** Off unless asked for (`-c sourceMaps=true`): a source map costs every cold start when Node.js loads it. */
  sourceMaps: boolean;
}

const ENTRY_NAME = 'index';
/** The handler's file in a bundle's directory, and the function's handler setting. */
export const BUNDLE_ENTRY_FILE = `${ENTRY_NAME}.mjs`;
export const BUNDLE_HANDLER = `${ENTRY_NAME}.handler`;

/**
 * The esbuild settings of every Lambda bundle, in one place: infra bundles with them
 * (lambda-bundling.ts) and the cold-start benchmark (tests/bench/lambda-init.ts) builds with them, so
 * what is measured is what is deployed. Everything is bundled, the AWS SDK included: we pin our SDK
 * version rather than take the runtime's.
 *
 * The bundle is index.mjs and the chunks it imports: each `import()` in the code (a route module, the
 * Secrets Manager client, the SDK's rarer credential providers) is a chunk of its own, loaded when that
 * code first runs, so importing the handler runs only what every request needs.
 */
function lambdaBuildOptions(entry: string, outdir: string, { sourceMaps }: LambdaBundleOptions) {
  return {
    entryPoints: { [ENTRY_NAME]: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    banner: { js: ESM_REQUIRE_BANNER },
    minify: true,
    sourcemap: sourceMaps,
    sourcesContent: false,
    alias: {
      zod: join(REPO_ROOT, 'infra', 'lib', 'bundle-shims', 'zod.ts'),
      '@asteasolutions/zod-to-openapi': join(REPO_ROOT, 'infra', 'lib', 'bundle-shims', 'zod-to-openapi.mjs'),
    },
    absWorkingDir: REPO_ROOT,
    metafile: true,
    logLevel: 'warning',
  } satisfies BuildOptions;
}

/** A function's bundle, built into `outdir` (the bench, the bundle tests). */
export async function buildLambdaBundle(entry: string, outdir: string, options: LambdaBundleOptions): Promise<Metafile> {
  return (await build(lambdaBuildOptions(entry, outdir, options))).metafile;
}

/** The same, synchronously, for CDK's local bundling (lambda-bundling.ts), which cannot wait. */
export function buildLambdaBundleSync(entry: string, outdir: string, options: LambdaBundleOptions): Metafile {
  return buildSync(lambdaBuildOptions(entry, outdir, options)).metafile;
}

/**
 * The output files a cold start reads: index.mjs and what it imports statically, transitively. The
 * chunks behind an `import()` are left out: they load when that code first runs.
 */
export function filesLoadedAtImport({ outputs }: Metafile): string[] {
  const entry = Object.keys(outputs).find((file) => file.endsWith(`/${BUNDLE_ENTRY_FILE}`));
  if (!entry) throw new Error(`The bundle has no ${BUNDLE_ENTRY_FILE}`);
  const loaded = new Set([entry]);
  for (const file of loaded) for (const { path, kind, external } of outputs[file]!.imports) if (kind === 'import-statement' && !external) loaded.add(path);
  return [...loaded];
}
