import { OutputFormat, type BundlingOptions, type ICommandHooks } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { IConstruct } from 'constructs';
import { basename } from 'node:path';
import { LAMBDA_ESBUILD, type LambdaBundleOptions } from './lambda-esbuild.js';

/** `-c sourceMaps=true` bundles source maps and turns them on at run time; off by default. */
export function sourceMapsWanted(scope: IConstruct): boolean {
  return String(scope.node.tryGetContext('sourceMaps')) === 'true';
}

/** Node.js options of a function: source maps applied to stack traces only when they were bundled. */
export function nodeOptions({ sourceMaps }: LambdaBundleOptions): Record<string, string> {
  return sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {};
}

/**
 * Files built next to a handler's bundle, which it reads when asked rather than carries in its code.
 * The identity function serves GET /api/openapi.json (functions/src/handlers/api-document-asset.ts).
 */
const BUILT_BESIDE: Record<string, (outputDir: string) => string[]> = {
  identity: (outputDir) => [`npx --no-install tsx functions/src/api/write-api-document.ts ${JSON.stringify(`${outputDir}/openapi.json`)}`],
};

function hooksFor(entry: string): ICommandHooks | undefined {
  const afterBundling = BUILT_BESIDE[basename(entry, '.ts')];
  if (!afterBundling) return undefined;
  return { beforeBundling: () => [], beforeInstall: () => [], afterBundling: (_inputDir, outputDir) => afterBundling(outputDir) };
}

/** NodejsFunction's bundling: LAMBDA_ESBUILD, run by the local esbuild (infra's dependency). */
export function lambdaBundling(entry: string, options: LambdaBundleOptions): BundlingOptions {
  const commandHooks = hooksFor(entry);
  return {
    forceDockerBundling: false,
    format: OutputFormat.ESM,
    target: LAMBDA_ESBUILD.target,
    mainFields: [...LAMBDA_ESBUILD.mainFields],
    banner: LAMBDA_ESBUILD.banner,
    minify: LAMBDA_ESBUILD.minify,
    sourceMap: options.sourceMaps,
    sourcesContent: LAMBDA_ESBUILD.sourcesContent,
    esbuildArgs: Object.fromEntries(Object.entries(LAMBDA_ESBUILD.alias).map(([from, to]) => [`--alias:${from}`, to])),
    // Without these NodejsFunction would leave '@aws-sdk/*' out of the bundle for the runtime's copy.
    bundleAwsSDK: true,
    externalModules: [],
    ...(commandHooks ? { commandHooks } : {}),
  };
}
