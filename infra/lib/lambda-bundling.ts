import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import { Code } from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { buildLambdaBundleSync, type LambdaBundleOptions } from './lambda-esbuild.js';
import { REPO_ROOT } from './paths.js';

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
const BUILT_BESIDE: Record<string, (outputDir: string) => void> = {
  identity: (outputDir) =>
    execFileSync('npx', ['--no-install', 'tsx', 'functions/src/api/write-api-document.ts', join(outputDir, 'openapi.json')], {
      cwd: REPO_ROOT,
      stdio: 'inherit',
    }),
};

/**
 * esbuild in this process (lambda-esbuild.ts). Its own fields are the entry and the options, so that
 * CDK's cache of bundled assets, keyed by them, tells one function's bundle from another's.
 */
class LocalEsbuild {
  constructor(
    readonly entry: string,
    readonly sourceMaps: boolean,
  ) {}

  tryBundle(outputDir: string): boolean {
    buildLambdaBundleSync(this.entry, outputDir, { sourceMaps: this.sourceMaps });
    BUILT_BESIDE[basename(this.entry, '.ts')]?.(outputDir);
    return true;
  }
}

/**
 * A function's code: its bundle (index.mjs and its chunks), hashed by what was built. A NodejsFunction
 * cannot be used: it writes one file, and the bundle is split into the chunks each import() loads.
 */
export function lambdaCode(entry: string, options: LambdaBundleOptions): Code {
  return Code.fromAsset(dirname(entry), {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: new LocalEsbuild(entry, options.sourceMaps),
      // Required by the type, never pulled: local bundling either succeeds or throws.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
    },
  });
}
