import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_GROUPS } from '../../functions/src/api/groups.js';
import { SECRET_ENV } from '../../functions/src/handlers/secret-env.js';
import { buildLambdaBundle } from '../../infra/lib/lambda-esbuild.js';
import { handlerEntry } from '../../infra/lib/paths.js';

/**
 * P4 (issue 11): the cold-start import of each API group's bundle against a bare DynamoDB client
 * bundle, both built with infra's esbuild settings (infra/lib/lambda-esbuild.ts) and imported in
 * fresh `node` processes, interleaved round by round so that load on the machine falls on all alike.
 * Run alone with `npx tsx tests/bench/lambda-init.ts`; `npm run bench` records it in PERFORMANCE.md.
 */

export const BASELINE = 'bare SDK';
/** The target: no group's import may take longer than this multiple of the bare SDK bundle's. */
export const TARGET_RATIO = 1.5;

export interface LambdaInitResult {
  bundle: string;
  kb: number;
  /** Median import time over the rounds. */
  initMs: number;
  /** initMs over the bare SDK bundle's. */
  ratio: number;
}

/**
 * What a handler reads at import: the table name and its keys as values, so that the composition root
 * (handlers/lambda-deps.ts) neither loads the Secrets Manager client nor touches the network.
 */
function handlerEnv(): NodeJS.ProcessEnv {
  const key = (name: string) => `bench-${name}-key-that-is-long-enough-0123456789`;
  return {
    PATH: process.env.PATH,
    TABLE_NAME: 'bench',
    // The learning group's photo bucket (handlers/learning.ts); building its client sends nothing.
    BLOB_BUCKET: 'bench-photos',
    AWS_REGION: 'cn-northwest-1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    LOG_REQUESTS: 'false',
    [SECRET_ENV.session.value]: key('session'),
    [SECRET_ENV.seal.value]: key('seal'),
    [SECRET_ENV.code.value]: key('code'),
  };
}

/** Milliseconds from the start of `import()` of the bundle to its end, in a process of its own. */
function importMs(file: string, env: NodeJS.ProcessEnv): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(String(performance.now() - t));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
  return Number(run.stdout);
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export async function measureLambdaInit({ rounds = 15 }: { rounds?: number } = {}): Promise<{ results: LambdaInitResult[]; markdown: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-init-'));
  try {
    const entries = [
      { bundle: BASELINE, entry: join(import.meta.dirname, 'lambda-init-baseline.ts') },
      ...ALL_GROUPS.map((group) => ({ bundle: group, entry: handlerEntry(group) })),
    ];
    const built = [];
    for (const { bundle, entry } of entries) {
      const file = join(dir, bundle.replace(/\W+/g, '-'), 'index.mjs');
      await buildLambdaBundle(entry, file, { sourceMaps: false });
      built.push({ bundle, file, kb: statSync(file).size / 1024, samples: [] as number[] });
    }

    const env = handlerEnv();
    for (let round = 0; round < rounds; round++) {
      // Each round starts with a different bundle, so none is always first (or last) after a pause.
      for (let i = 0; i < built.length; i++) {
        const next = built[(round + i) % built.length]!;
        next.samples.push(importMs(next.file, env));
      }
    }

    const baseMs = median(built[0]!.samples);
    const results = built.map(({ bundle, kb, samples }) => ({ bundle, kb, initMs: median(samples), ratio: median(samples) / baseMs }));
    return { results, markdown: markdownOf(results, rounds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function markdownOf(results: LambdaInitResult[], rounds: number): string {
  const rows = results
    .map(({ bundle, kb, initMs, ratio }) => {
      const verdict = bundle === BASELINE ? '' : ratio <= TARGET_RATIO ? ' ✓' : ' ✗ over target';
      return `| ${bundle} | ${Math.round(kb)} | ${initMs.toFixed(0)} | ${ratio.toFixed(2)}${verdict} |`;
    })
    .join('\n');
  // No "## " heading: run.ts treats everything from the first one on as another bench's section.
  return `Cold start per API group (P4), measured by tests/bench/lambda-init.ts (\`npx tsx tests/bench/lambda-init.ts\` alone), Node ${process.version}.
Every bundle is built with infra's esbuild settings (infra/lib/lambda-esbuild.ts: ESM, minified, no
source maps, zod's locales aliased away) and imported in a fresh \`node\` process; ${rounds} rounds,
interleaved, median. "${BASELINE}" imports only @aws-sdk/client-dynamodb and @aws-sdk/lib-dynamodb and
creates a DynamoDBDocumentClient (tests/bench/lambda-init-baseline.ts). The handlers import with their
keys in the environment, so no network is involved. Target: each group ≤ ${TARGET_RATIO} × the bare SDK.

| bundle | size (KB, minified) | import, median (ms) | × bare SDK |
|---|---|---|---|
${rows}

Where the time above the bare SDK goes (single-purpose bundles built the same way, 2026-12-05, when the
bare SDK took 76 ms and identity 174 ms): zod's classic API alone 37 ms to import (zod/mini, the same
engine with a functional API, 13 ms), identity's five schema modules 66 ms with zod (so about 28 ms to
build its schemas), Hono 13 ms. Powertools (about 20 ms) and jose (15 ms) were taken out for that
reason (services/telemetry.ts, domain/accounts/session-token.ts). What is left is validation itself:
the groups meet the target only once the server validates with zod/mini or with validators generated
at build time from the same schemas; the web and the OpenAPI document can keep the classic API.

A CPU profile of the import (\`node --cpu-prof\`, 2026-12-06; the profiler slows everything about 1.5×) says
that is not enough either. The bare SDK: compiling its 335 KB 18 ms, running its top level 18 ms. Identity:
compiling 720 KB 54 ms, running it about 80 ms, garbage collection 18 ms (3 for the SDK). Compiling grows
with the size of the file whatever it holds, so a group carrying the SDK, zod's core (which zod/mini needs
too), Hono and its own routes stays above 1.5× even if validation cost nothing to set up. Nor do finer
groups help alone: the same app with only the attempt routes (an experiment, not kept) is 631 KB and imports
in 2.0–2.5× the bare SDK, because what every group carries (the SDK with the Secrets Manager client, zod,
Hono, the app's middleware, sessions and authorization) is most of each bundle. Meeting the target needs
validation that is neither zod's classic API nor built at import, and a smaller common core.
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown } = await measureLambdaInit();
  console.log(markdown);
}
