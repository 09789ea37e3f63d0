import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { ALL_GROUPS, type GroupName } from '../../functions/src/api/groups.js';
import { SECRET_ENV } from '../../functions/src/handlers/secret-env.js';
import { BUNDLE_ENTRY_FILE, buildLambdaBundle, filesLoadedAtImport } from '../../infra/lib/lambda-esbuild.js';
import { handlerEntry } from '../../infra/lib/paths.js';
import { v2Event } from '../support/lambda-event.js';

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
  /** What importing the handler loads: index.mjs and the chunks it imports statically. */
  kbAtImport: number;
  /** The whole bundle, with the chunks that route modules and rarer code load when first used. */
  kbTotal: number;
  /** Median import time over the rounds. */
  initMs: number;
  /** initMs over the bare SDK bundle's. */
  ratio: number;
  /** Median of import plus the first request (FIRST_REQUEST), which loads the route module it needs. */
  firstResponseMs?: number;
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

/**
 * The first request each group's cold function answers in the bench: its busiest route, without a
 * session. It loads the route's module and its schemas and runs the route's validation, which answers
 * 401 (public-routes.ts); it sends nothing to DynamoDB, as the bare SDK bundle sends nothing either.
 */
export const FIRST_REQUEST: Record<GroupName, { method: string; path: string; body?: unknown }> = {
  identity: { method: 'GET', path: '/api/me' },
  learning: { method: 'GET', path: '/api/me/tasks' },
  quizzes: { method: 'PUT', path: '/api/attempts/att_bench/answers/q_bench', body: { optionIds: ['o_bench'] } },
  contests: { method: 'GET', path: '/api/contests' },
  coverage: { method: 'GET', path: '/api/coverage' },
};

/**
 * In a process of its own: milliseconds from the start of `import()` of the bundle to its end, and,
 * given a request, to the end of the handler's answer to it.
 */
function coldStart(file: string, env: NodeJS.ProcessEnv, request?: FirstRequest): { importMs: number; firstResponseMs?: number } {
  const answer = request
    ? `const res = await handler(${JSON.stringify(v2Event(request.method, request.path, { body: request.body }))}, {}); if (res.statusCode !== 401) throw new Error('first request answered ' + res.statusCode + ' ' + res.body);`
    : '';
  const script = `const t = performance.now(); const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)}); const imported = performance.now() - t; ${answer} process.stdout.write(JSON.stringify([imported, performance.now() - t]));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`importing ${file} failed: ${run.stderr}`);
  const [importMs, firstResponseMs] = JSON.parse(run.stdout) as [number, number];
  return request ? { importMs, firstResponseMs } : { importMs };
}

type FirstRequest = (typeof FIRST_REQUEST)[GroupName];

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Kilobytes of index.mjs and of every chunk it imports statically: what a cold import reads. */
const kbAtImport = (metafile: Metafile) => filesLoadedAtImport(metafile).reduce((sum, file) => sum + metafile.outputs[file]!.bytes, 0) / 1024;

const kbTotal = (metafile: Metafile) =>
  Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.mjs'))
    .reduce((sum, [, { bytes }]) => sum + bytes, 0) / 1024;

export async function measureLambdaInit({ rounds = 15 }: { rounds?: number } = {}): Promise<{ results: LambdaInitResult[]; markdown: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'lambda-init-'));
  try {
    const entries: { bundle: string; entry: string; request?: FirstRequest }[] = [
      { bundle: BASELINE, entry: join(import.meta.dirname, 'lambda-init-baseline.ts') },
      ...ALL_GROUPS.map((group) => ({ bundle: group, entry: handlerEntry(group), request: FIRST_REQUEST[group] })),
    ];
    const built = [];
    for (const { bundle, entry, request } of entries) {
      const outdir = join(dir, bundle.replace(/\W+/g, '-'));
      const metafile = await buildLambdaBundle(entry, outdir, { sourceMaps: false });
      const file = join(outdir, BUNDLE_ENTRY_FILE);
      built.push({ bundle, file, request, kbAtImport: kbAtImport(metafile), kbTotal: kbTotal(metafile), imports: [] as number[], firsts: [] as number[] });
    }

    const env = handlerEnv();
    for (let round = 0; round < rounds; round++) {
      // Each round starts with a different bundle, so none is always first (or last) after a pause.
      for (let i = 0; i < built.length; i++) {
        const next = built[(round + i) % built.length]!;
        const { importMs, firstResponseMs } = coldStart(next.file, env, next.request);
        next.imports.push(importMs);
        if (firstResponseMs !== undefined) next.firsts.push(firstResponseMs);
      }
    }

    const baseMs = median(built[0]!.imports);
    const results = built.map(({ bundle, kbAtImport, kbTotal, imports, firsts }) => ({
      bundle,
      kbAtImport,
      kbTotal,
      initMs: median(imports),
      ratio: median(imports) / baseMs,
      ...(firsts.length ? { firstResponseMs: median(firsts) } : {}),
    }));
    return { results, markdown: markdownOf(results, rounds) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function markdownOf(results: LambdaInitResult[], rounds: number): string {
  const baseMs = results[0]!.initMs;
  const rows = results
    .map(({ bundle, kbAtImport, kbTotal, initMs, ratio, firstResponseMs }) => {
      const verdict = bundle === BASELINE ? '' : ratio <= TARGET_RATIO ? ' ✓' : ' ✗ over target';
      const first = firstResponseMs === undefined ? '–' : `${firstResponseMs.toFixed(0)} (${(firstResponseMs / baseMs).toFixed(2)}×)`;
      const request = bundle === BASELINE ? '–' : `${FIRST_REQUEST[bundle as GroupName].method} ${FIRST_REQUEST[bundle as GroupName].path}`;
      return `| ${bundle} | ${Math.round(kbAtImport)} of ${Math.round(kbTotal)} | ${initMs.toFixed(0)} | ${ratio.toFixed(2)}${verdict} | ${request} | ${first} |`;
    })
    .join('\n');
  // No "## " heading: run.ts treats everything from the first one on as another bench's section.
  return `Cold start per API group (P4), measured by tests/bench/lambda-init.ts (\`npx tsx tests/bench/lambda-init.ts\` alone), Node ${process.version}.
Every bundle is built as infra builds it (infra/lib/lambda-esbuild.ts: ESM, minified, no source maps,
zod's locales aliased away, split into the chunks each \`import()\` loads) and its index.mjs imported in a
fresh \`node\` process; ${rounds} rounds, interleaved, median. "${BASELINE}" imports only
@aws-sdk/client-dynamodb and @aws-sdk/lib-dynamodb and creates a DynamoDBDocumentClient
(tests/bench/lambda-init-baseline.ts), built the same way. The handlers import with their keys in the
environment, so no network is involved. Target: each group's import ≤ ${TARGET_RATIO} × the bare SDK's.

The last column is what a cold function's first caller waits for, less DynamoDB: the import, then the
group's busiest route asked without a session, which loads that route's module and answers 401 from the
route's own validation (its ratio is to the bare SDK's import alone, which answers nothing).

| bundle | KB read at import, of all | import, median (ms) | × bare SDK | first request | import + first request, median (ms) |
|---|---|---|---|---|---|
${rows}

How the import got there (2026-12-07). Each route module is loaded when the first of its routes is asked
for (functions/src/api/app.ts; functions/src/api/route-manifest.ts says which module serves which route
without loading it), the S3 client with the first photo URL, and the bundle is split into the chunks each
\`import()\` loads. Importing a handler now runs the SDK, Hono, the middleware and the session check:
no zod, no schema, no route module (infra/test/bundles.test.ts checks it for every group). Before, each
group's import built every schema of its routes: 2.0–2.9× the bare SDK on this host.

The first request is where that work went, and it is not free. It reads and compiles the route module's
chunks, imports zod and builds the schemas of that module and of the domain and store modules it imports,
loads Node's fetch classes (undici, on the first \`Request\`, which Hono's Lambda adapter makes) and builds
Hono's router. The same import + first request measured on the commit before the change (d87ff4e, one
file per group, 11 rounds, 2026-12-07): identity 172 ms, learning 205, quizzes 158, contests 153,
coverage 142. So a cold function answers its first caller sooner, most for the groups with many
modules, but still about 2.5–3× the bare SDK's import: what remains is zod (its own import, about 18 ms,
and the schemas a route's modules build) and undici. Validating with zod/mini, or with validators
generated at build time, is the next step for that part; it is not done.
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown } = await measureLambdaInit();
  console.log(markdown);
}
