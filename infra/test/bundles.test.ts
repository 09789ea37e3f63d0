import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiDocument } from '../../functions/src/api/api-document.js';
import { ALL_API_GROUPS, API_GROUPS } from '../../functions/src/api/group-routes/all.js';
import { ALL_GROUPS, type GroupName } from '../../functions/src/api/groups.js';
import { SECRET_ENV } from '../../functions/src/handlers/secret-env.js';
import { BUNDLE_ENTRY_FILE, buildLambdaBundle, filesLoadedAtImport } from '../lib/lambda-esbuild.js';
import { handlerEntry } from '../lib/paths.js';
import { addClearCampusStacks, createApp } from '../lib/stacks.js';
import { v2Event } from '../../tests/support/lambda-event.js';
import { logicalId, synthesize } from './support.js';

// Real bundling, with the settings a plain `cdk synth` uses.
const synth = synthesize({ bundle: true });
const { api: apiStack } = synth.stacks;
const scratch = mkdtempSync(join(tmpdir(), 'bundles-test-'));
afterAll(() => {
  synth.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const functions = synth.templates.api.findResources('AWS::Lambda::Function');
/** The directory CDK bundled a function into: cdk.out/asset.<hash>, named by the zip's S3 key. */
const assetDir = (id: string) => join(synth.outdir, `asset.${String(functions[id]!.Properties.Code.S3Key).replace(/\.zip$/, '')}`);
const groupDir = (group: GroupName) => assetDir(logicalId(apiStack, apiStack.functions[group]));
/** Every file of a bundle's directory, chunks/ included, relative to it. */
const filesOf = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => !statSync(join(dir, file)).isDirectory());
/** All the code of a group's bundle: index.mjs and every chunk it may load. */
const codeOf = (group: GroupName) =>
  filesOf(groupDir(group))
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => readFileSync(join(groupDir(group), file), 'utf8'))
    .join('\n');

describe('Lambda bundles', () => {
  it('carry no source maps and do not ask Node.js to apply them', () => {
    expect(Object.keys(functions).length).toBeGreaterThan(ALL_GROUPS.length);
    for (const [id, fn] of Object.entries(functions)) {
      const files = filesOf(assetDir(id));
      expect(files, id).toContain(BUNDLE_ENTRY_FILE);
      expect(
        files.filter((file) => file.endsWith('.map')),
        id,
      ).toEqual([]);
      for (const file of files) expect(readFileSync(join(assetDir(id), file), 'utf8'), `${id} ${file}`).not.toContain('sourceMappingURL');
      expect(String(fn.Properties.Environment.Variables.NODE_OPTIONS ?? ''), id).not.toContain('--enable-source-maps');
    }
  });

  it('turn source maps on with -c sourceMaps=true, at run time too', () => {
    const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], sourceMaps: 'true' } });
    const stacks = addClearCampusStacks(app, { stage: 'test' });
    const withMaps = Template.fromStack(stacks.api).findResources('AWS::Lambda::Function');
    expect(Object.keys(withMaps).length).toBe(Object.keys(functions).length);
    for (const [id, fn] of Object.entries(withMaps)) expect(fn.Properties.Environment.Variables.NODE_OPTIONS, id).toBe('--enable-source-maps');
  });

  it('are built exactly as the cold-start benchmark builds them (tests/bench/lambda-init.ts)', async () => {
    for (const group of ALL_GROUPS) {
      const outdir = join(scratch, group);
      await buildLambdaBundle(handlerEntry(group), outdir, { sourceMaps: false });
      const built = filesOf(outdir).sort();
      expect(
        filesOf(groupDir(group))
          .filter((file) => file !== 'openapi.json')
          .sort(),
        group,
      ).toEqual(built);
      for (const file of built)
        expect(readFileSync(join(outdir, file), 'utf8') === readFileSync(join(groupDir(group), file), 'utf8'), `${group} ${file}`).toBe(true);
    }
  });

  it("each carry their own group's routes and no other group's", async () => {
    const paths = Object.fromEntries(
      await Promise.all(ALL_GROUPS.map(async (group) => [group, Object.keys((await buildApiDocument([API_GROUPS[group]])).paths ?? {})] as const)),
    ) as Record<GroupName, string[]>;
    const pathsOf = (group: GroupName) => paths[group];
    for (const group of ALL_GROUPS) {
      const bundle = codeOf(group);
      const own = new Set(pathsOf(group));
      expect(own.size, group).toBeGreaterThan(0);
      for (const path of own) expect(bundle.includes(`"${path}"`), `${group} has ${path}`).toBe(true);
      const others = ALL_GROUPS.filter((other) => other !== group)
        .flatMap(pathsOf)
        .filter((path) => !own.has(path));
      expect(
        others.filter((path) => bundle.includes(`"${path}"`)),
        group,
      ).toEqual([]);
    }
  });

  it('leave out what no function runs: zod locales, zod-to-openapi generators, papaparse outside identity, the S3 client outside learning', async () => {
    for (const group of ALL_GROUPS) {
      const metafile = await buildLambdaBundle(handlerEntry(group), join(scratch, `${group}-meta`), { sourceMaps: false });
      // The bundle's own inputs: metafile.inputs also lists every module esbuild read and then shook out.
      const inputs = Object.values(metafile.outputs).flatMap((output) =>
        Object.entries(output.inputs)
          .filter(([, input]) => input.bytesInOutput > 0)
          .map(([path]) => path),
      );
      expect(
        inputs.filter((input) => input.includes('node_modules/zod/v4/locales/') && !input.endsWith('/en.js')),
        group,
      ).toEqual([]);
      expect(
        inputs.filter((input) => /node_modules\/zod\/v4\/(core\/compile|classic\/from-json-schema)\.js$/.test(input)),
        group,
      ).toEqual([]);
      expect(codeOf(group), group).not.toContain('OpenApiGeneratorV31Specifics');
      // Roster imports parse CSV; no other group reads a CSV file.
      expect(
        inputs.some((input) => input.includes('node_modules/papaparse/')),
        group,
      ).toBe(group === 'identity');
      // Only the learning group has the photo bucket (handlers/learning.ts); the S3 client costs the others' cold starts.
      expect(
        inputs.some((input) => input.includes('node_modules/@aws-sdk/client-s3/')),
        group,
      ).toBe(group === 'learning');
    }
  });

  it('build no schema at import: zod, the route modules and the S3 client are only in chunks loaded on first use', async () => {
    for (const group of ALL_GROUPS) {
      const metafile = await buildLambdaBundle(handlerEntry(group), join(scratch, `${group}-static`), { sourceMaps: false });
      const { outputs } = metafile;
      // All that runs when the runtime imports the handler.
      const inputs = filesLoadedAtImport(metafile).flatMap((file) => Object.keys(outputs[file]!.inputs));
      expect(
        inputs.filter((input) => /node_modules\/(zod|@hono\/zod-openapi|@aws-sdk\/client-s3|@aws-sdk\/client-secrets-manager)\//.test(input)),
        group,
      ).toEqual([]);
      expect(
        inputs.filter((input) => input.startsWith('functions/src/api/routes/')),
        group,
      ).toEqual([]);
      // The chunks hold them: the group still carries its routes (checked above) and zod.
      expect(
        Object.values(outputs).some((output) => Object.keys(output.inputs).some((input) => input.includes('node_modules/zod/'))),
        group,
      ).toBe(true);
    }
  });

  it('ship the OpenAPI document of every group beside the identity function only, which serves it', async () => {
    for (const group of ALL_GROUPS) expect(existsSync(join(groupDir(group), 'openapi.json')), group).toBe(group === 'identity');
    const shipped = JSON.parse(readFileSync(join(groupDir('identity'), 'openapi.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(await buildApiDocument(ALL_API_GROUPS))));

    for (const [name, value] of [
      ['TABLE_NAME', 'bundles-test'],
      ['AWS_REGION', 'cn-northwest-1'],
      ['LOG_REQUESTS', 'false'],
      [SECRET_ENV.session.value, 'bundles-test-session-key-0123456789abcdef'],
      [SECRET_ENV.seal.value, 'bundles-test-seal-key-0123456789abcdef'],
      [SECRET_ENV.code.value, 'bundles-test-code-key-0123456789abcdef'],
    ])
      process.env[name!] = value;
    const { handler } = await import(pathToFileURL(join(groupDir('identity'), BUNDLE_ENTRY_FILE)).href);
    const request = (method: string, path: string, body?: unknown) => handler(v2Event(method, path, { body }));

    const document = await request('GET', '/api/openapi.json');
    expect(document.statusCode).toBe(200);
    expect(JSON.parse(document.body)).toEqual(shipped);
    // A validation failure goes through the bundled zod: the messages are still English.
    const invalid = await request('POST', '/api/auth/login', { username: 7 });
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(JSON.parse(invalid.body).error.details)).toMatch(/expected string/);
  });
});
