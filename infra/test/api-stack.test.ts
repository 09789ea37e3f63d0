import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_GROUPS, GROUPS } from '../../functions/src/api/groups.js';
import { allStatements, asList, logicalId, synthesize } from './support.js';

// Real bundling: this also proves every function group's entry point builds with local esbuild.
const synth = synthesize({ bundle: true });
const { data: dataStack, api: apiStack } = synth.stacks;
const api = synth.templates.api;
afterAll(() => synth.cleanup());

/** How the API stack refers to a value produced by the data stack (a CloudFormation import). */
const inApi = (token: string): unknown => apiStack.resolve(token);
const tableArn = inApi(dataStack.table.tableArn);
const secretArn = inApi(dataStack.sessionSecret.secretArn);

const functions = api.findResources('AWS::Lambda::Function');

describe('api stack: one Lambda per function group', () => {
  it('has exactly one function per group and nothing else', () => {
    expect(ALL_GROUPS.length).toBeGreaterThan(0);
    expect(Object.keys(functions).sort()).toEqual(ALL_GROUPS.map((g) => logicalId(apiStack, apiStack.functions[g])).sort());
  });

  it('runs every function on Node.js 22 (or later) on arm64', () => {
    for (const [id, fn] of Object.entries(functions)) {
      const runtime = String(fn.Properties.Runtime);
      const major = /^nodejs(\d+)\.x$/.exec(runtime)?.[1];
      expect(major, `${id} runtime ${runtime}`).toBeDefined();
      expect(Number(major), `${id} runtime ${runtime}`).toBeGreaterThanOrEqual(22);
      expect(fn.Properties.Architectures, id).toEqual(['arm64']);
    }
  });

  it('sizes, configures and logs every function as specified', () => {
    for (const group of ALL_GROUPS) {
      const fn = functions[logicalId(apiStack, apiStack.functions[group])]!;
      expect(fn.Properties.MemorySize).toBe(1024);
      expect(fn.Properties.Timeout).toBe(10);
      expect(fn.Properties.Handler).toBe('index.handler');
      expect(fn.Properties.Environment.Variables).toEqual({
        TABLE_NAME: inApi(dataStack.table.tableName),
        SESSION_SECRET_ARN: secretArn,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_OPTIONS: '--enable-source-maps',
      });
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(api.toJSON().Resources[logGroupId]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 30 },
      });
    }
  });

  it('refers to the data stack by import, not by a copied name', () => {
    expect(tableArn).toEqual({ 'Fn::ImportValue': expect.stringContaining(logicalId(dataStack, dataStack.table)) });
    expect(secretArn).toEqual({ 'Fn::ImportValue': expect.stringContaining(logicalId(dataStack, dataStack.sessionSecret)) });
  });
});

describe('api stack: least-privilege IAM', () => {
  const statements = allStatements(api);
  const policyOf = (group: (typeof ALL_GROUPS)[number]) => {
    const roleId = logicalId(apiStack, apiStack.functions[group].role!);
    const policies = Object.values(api.findResources('AWS::IAM::Policy')).filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
    );
    expect(policies).toHaveLength(1);
    return policies[0]!.Properties.PolicyDocument.Statement as { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown }[];
  };

  it('grants each function exactly the item actions it needs, on the table only', () => {
    for (const group of ALL_GROUPS) {
      const policy = policyOf(group);
      const dynamo = policy.filter((s) => asList(s.Action).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo).toHaveLength(2);
      const onTable = dynamo.find((s) => s.Resource !== undefined && !Array.isArray(s.Resource))!;
      expect(onTable.Effect).toBe('Allow');
      expect(onTable.Resource).toEqual(tableArn);
      expect(asList(onTable.Action).sort()).toEqual(
        [
          // TransactWriteItems is authorized as its parts: Put/Update/Delete/ConditionCheckItem;
          // TransactGetItems as GetItem.
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:ConditionCheckItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:PutItem',
          'dynamodb:Query',
          'dynamodb:UpdateItem',
        ].sort(),
      );
    }
  });

  it('lets each function only Query the two indexes', () => {
    for (const group of ALL_GROUPS) {
      const onIndexes = policyOf(group).find((s) => Array.isArray(s.Resource))!;
      expect(onIndexes.Effect).toBe('Allow');
      expect(asList(onIndexes.Action)).toEqual(['dynamodb:Query']);
      expect(onIndexes.Resource).toEqual([
        { 'Fn::Join': ['', [tableArn, '/index/GSI1']] },
        { 'Fn::Join': ['', [tableArn, '/index/GSI2']] },
      ]);
    }
  });

  it('lets each function read the session secret and nothing else in Secrets Manager', () => {
    for (const group of ALL_GROUPS) {
      const secrets = policyOf(group).filter((s) => asList(s.Action).some((a) => a.startsWith('secretsmanager:')));
      expect(secrets).toEqual([{ Sid: 'SessionSecret', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: secretArn }]);
    }
  });

  it('never grants Scan, stream reads or table management', () => {
    const actions = statements.flatMap(({ statement }) => asList(statement.Action));
    expect(actions.length).toBeGreaterThan(0);
    for (const forbidden of ['dynamodb:Scan', 'dynamodb:GetRecords', 'dynamodb:DescribeTable', 'dynamodb:DeleteTable', 'secretsmanager:DescribeSecret']) {
      expect(actions).not.toContain(forbidden);
    }
  });
});

describe('api stack: HTTP API routes', () => {
  const routes = api.findResources('AWS::ApiGatewayV2::Route');
  const integrations = api.findResources('AWS::ApiGatewayV2::Integration');
  const expected = ALL_GROUPS.flatMap((group) => GROUPS[group].routes.map((route) => ({ group, route: route as string })));

  it('is one HTTP API with an auto-deployed default stage', () => {
    api.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    api.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    api.hasResourceProperties('AWS::ApiGatewayV2::Stage', { StageName: '$default', AutoDeploy: true });
  });

  it('has a route for every entry in GROUPS and no other', () => {
    expect(expected.length).toBeGreaterThan(0);
    const keys = Object.values(routes).map((r) => r.Properties.RouteKey as string);
    expect(keys.sort()).toEqual(expected.map((e) => e.route).sort());
  });

  it("sends every route to its own group's Lambda", () => {
    for (const { group, route } of expected) {
      const found = Object.values(routes).find((r) => r.Properties.RouteKey === route)!;
      const target = found.Properties.Target as { 'Fn::Join': [string, [string, { Ref: string }]] };
      expect(target['Fn::Join'][1][0]).toBe('integrations/');
      const integration = integrations[target['Fn::Join'][1][1].Ref]!;
      expect(integration.Properties).toMatchObject({
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [logicalId(apiStack, apiStack.functions[group]), 'Arn'] },
      });
    }
  });
});

describe('api stack: bundles', () => {
  /** The staged code of each function: cdk.out/asset.<hash>/index.mjs */
  const bundles = readdirSync(synth.outdir)
    .map((name) => join(synth.outdir, name, 'index.mjs'))
    .filter((file) => existsSync(file));

  it('are ESM bundles with a require shim and a source map, one per group', () => {
    expect(bundles).toHaveLength(ALL_GROUPS.length);
    for (const file of bundles) {
      const code = readFileSync(file, 'utf8');
      expect(code.startsWith("import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);")).toBe(true);
      expect(existsSync(`${file}.map`)).toBe(true);
      // The AWS SDK is bundled (pinned version), not taken from the runtime.
      expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    }
  });

  it('load on Node.js and reach the handler set-up, which asks for its configuration', () => {
    for (const file of bundles) {
      const env = { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1' };
      const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then(() => console.log('loaded'), (e) => { console.log('error: ' + e.message); })`;
      const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
      // Every module evaluated; the top-level await then stops at the missing environment.
      expect(output.trim()).toMatch(/^error: .*TABLE_NAME/);
    }
  });
});
