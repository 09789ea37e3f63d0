import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_GROUPS, GROUPS, type GroupName } from '../../functions/src/api/groups.js';
import { SECRET_ENV } from '../../functions/src/handlers/secret-env.js';
import type { JobName } from '../lib/api-stack.js';
import { FUNCTION_SECRETS } from '../lib/secrets.js';
import { allStatements, asList, grantees, logicalId, synthesize } from './support.js';

// Real bundling: this also proves every function group's entry point builds with local esbuild.
const synth = synthesize({ bundle: true });
const { data: dataStack, api: apiStack } = synth.stacks;
const api = synth.templates.api;
afterAll(() => synth.cleanup());

/** How the API stack refers to a value produced by the data stack (a CloudFormation import). */
const inApi = (token: string): unknown => apiStack.resolve(token);
const tableArn = inApi(dataStack.table.tableArn);
const sessionSecretArn = inApi(dataStack.secrets.session.secretArn);
/** The ARN variables of the secrets a function reads (which ones is spelled out in secrets.test.ts). */
const secretEnv = (name: GroupName | JobName) =>
  Object.fromEntries(FUNCTION_SECRETS[name].map((secret) => [SECRET_ENV[secret].arn, inApi(dataStack.secrets[secret].secretArn)]));

/**
 * The scheduled jobs, spelled out here rather than read from JOBS, so that adding, dropping or
 * re-scheduling a job fails these tests until they are updated. `satisfies` makes a job added to
 * JOBS without an entry here a type error as well.
 */
const EXPECTED_JOBS = {
  recount: { timeout: 900, expression: 'cron(0 3 * * ? *)', timezone: 'Asia/Shanghai' },
  'expire-attempts': { timeout: 300, expression: 'rate(5 minutes)', timezone: 'Etc/UTC' },
  'snapshot-coverage': { timeout: 900, expression: 'cron(30 0 * * ? *)', timezone: 'Asia/Shanghai' },
  'remove-graduates': { timeout: 900, expression: 'cron(0 2 * * ? *)', timezone: 'Asia/Shanghai' },
} as const satisfies Record<JobName, { timeout: number; expression: string; timezone: string }>;
const JOB_NAMES = Object.keys(EXPECTED_JOBS) as JobName[];

const functions = api.findResources('AWS::Lambda::Function');
const groupFunctionIds = ALL_GROUPS.map((g) => logicalId(apiStack, apiStack.functions[g]));
const jobIds = Object.fromEntries(JOB_NAMES.map((job) => [job, logicalId(apiStack, apiStack.jobs[job])])) as Record<JobName, string>;
const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
/** The functions that read items and query the indexes: every group, and the jobs but recount. */
const itemFunctions = [
  ...ALL_GROUPS.map((group) => [group, apiStack.functions[group]] as const),
  ['expire-attempts', apiStack.jobs['expire-attempts']] as const,
  ['snapshot-coverage', apiStack.jobs['snapshot-coverage']] as const,
  ['remove-graduates', apiStack.jobs['remove-graduates']] as const,
];
const statements = allStatements(api);
/** Every statement that reaches a role, from whichever policy (inline, attached or managed). */
const statementsOf = (roleId: string) => statements.filter(({ resource }) => grantees(api, resource).includes(roleId));
/** Logical id of the execution role of a function. */
const roleOf = (fn: { role?: { node: { defaultChild?: unknown } } }) => logicalId(apiStack, fn.role!);

describe('api stack: one Lambda per function group, plus the scheduled jobs', () => {
  it('has exactly one function per group, the recount, expire-attempts, snapshot-coverage and remove-graduates jobs, and nothing else', () => {
    expect(ALL_GROUPS.length).toBeGreaterThan(0);
    expect(Object.keys(apiStack.jobs).sort()).toEqual(['expire-attempts', 'recount', 'remove-graduates', 'snapshot-coverage']);
    const ids = [...groupFunctionIds, ...Object.values(jobIds)];
    expect(new Set(ids).size).toBe(ALL_GROUPS.length + JOB_NAMES.length);
    expect(Object.keys(functions).sort()).toEqual(ids.sort());
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
      expect(fn.Properties.MemorySize).toBe(1769);
      expect(fn.Properties.Timeout).toBe(29);
      expect(fn.Properties.Handler).toBe('index.handler');
      expect(fn.Properties.Environment.Variables).toEqual({
        TABLE_NAME: inApi(dataStack.table.tableName),
        ...secretEnv(group),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        SERVICE_NAME: group,
        // Only the learning group has the photo bucket, by its data-stack export (photo-bucket.ts).
        ...(group === 'learning' ? { BLOB_BUCKET: { 'Fn::ImportValue': 'clearcampus-test-data-PhotoBucketName' } } : {}),
      });
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(api.toJSON().Resources[logGroupId]).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 180 },
      });
    }
  });

  it('runs each job on Node.js 22 on arm64 with one full vCPU, its own timeout and its own log group', () => {
    const logGroups = new Set<string>();
    for (const job of JOB_NAMES) {
      const fn = functions[jobIds[job]]!;
      expect(fn.Properties, job).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Timeout: EXPECTED_JOBS[job].timeout,
        MemorySize: 1769,
        Handler: 'index.handler',
      });
      expect(fn.Properties.Environment.Variables, job).toEqual({
        TABLE_NAME: inApi(dataStack.table.tableName),
        ...secretEnv(job),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        SERVICE_NAME: job,
      });
      const logGroupId = (fn.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(api.toJSON().Resources[logGroupId], job).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 180 } });
      logGroups.add(logGroupId);
    }
    expect(logGroups.size).toBe(JOB_NAMES.length);
  });

  it('does not expose any job through the HTTP API', () => {
    const integrationTargets = Object.values(api.findResources('AWS::ApiGatewayV2::Integration')).map((i) => i.Properties.IntegrationUri);
    for (const job of JOB_NAMES) {
      const jobArn = arnOf(jobIds[job]);
      const invokers = Object.values(api.findResources('AWS::Lambda::Permission')).filter(
        (p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify(jobArn),
      );
      expect(invokers, job).toEqual([]);
      expect(integrationTargets, job).not.toContainEqual(jobArn);
    }
  });

  it('refers to the data stack by import, not by a copied name', () => {
    expect(tableArn).toEqual({ 'Fn::ImportValue': expect.stringContaining(logicalId(dataStack, dataStack.table)) });
    expect(sessionSecretArn).toEqual({ 'Fn::ImportValue': expect.stringContaining(logicalId(dataStack, dataStack.secrets.session)) });
  });
});

describe('api stack: least-privilege IAM', () => {
  /**
   * What every function's role also holds, asserted in iam.test.ts: writing to its own log group,
   * X-Ray tracing, and (jobs) recording a failed run in the job-failure queue.
   */
  const isRuntimeGrant = (s: { Action?: string | string[] }) =>
    asList(s.Action).every(
      (a) => a.startsWith('logs:') || a.startsWith('xray:') || a === 'sqs:SendMessage' || a === 'sqs:GetQueueAttributes' || a === 'sqs:GetQueueUrl',
    );
  /** The statements of a function's role beyond the runtime grants. */
  const policyOf = (fn: (typeof apiStack.functions)[(typeof ALL_GROUPS)[number]]) => {
    const roleId = roleOf(fn);
    const policies = Object.values(api.findResources('AWS::IAM::Policy')).filter((p) =>
      (p.Properties.Roles as { Ref: string }[]).some((r) => r.Ref === roleId),
    );
    expect(policies).toHaveLength(1);
    // The policy is this role's alone, and no other policy of any kind reaches the role.
    expect(policies[0]!.Properties.Roles).toEqual([{ Ref: roleId }]);
    const statement = policies[0]!.Properties.PolicyDocument.Statement as { Sid?: string; Effect: string; Action: string | string[]; Resource: unknown }[];
    expect(statementsOf(roleId).map((s) => s.statement)).toEqual(statement);
    return statement.filter((s) => !isRuntimeGrant(s));
  };
  const hasAction = (statement: { Action?: string | string[] }, action: string) =>
    asList(statement.Action).some((a) => a.toLowerCase() === action.toLowerCase());

  it('grants each function (and the item jobs) DynamoDB actions on the table and its indexes only (per group: iam.test.ts)', () => {
    for (const [name, fn] of itemFunctions) {
      const dynamo = policyOf(fn).filter((s) => asList(s.Action).some((a) => a.startsWith('dynamodb:')));
      expect(dynamo.length, name).toBeGreaterThanOrEqual(2);
      for (const statement of dynamo) {
        expect(statement.Effect, name).toBe('Allow');
        const onIndexes = [{ 'Fn::Join': ['', [tableArn, '/index/GSI1']] }, { 'Fn::Join': ['', [tableArn, '/index/GSI2']] }];
        expect([tableArn, onIndexes], name).toContainEqual(statement.Resource);
      }
    }
  });

  it('lets each function (and the item jobs) only Query the two indexes', () => {
    for (const [, fn] of itemFunctions) {
      const onIndexes = policyOf(fn).find((s) => Array.isArray(s.Resource))!;
      expect(onIndexes.Effect).toBe('Allow');
      expect(asList(onIndexes.Action)).toEqual(['dynamodb:Query']);
      expect(onIndexes.Resource).toEqual([{ 'Fn::Join': ['', [tableArn, '/index/GSI1']] }, { 'Fn::Join': ['', [tableArn, '/index/GSI2']] }]);
    }
  });

  it('grants Scan to no API function and not to the expire-attempts job (DESIGN §5: no Scan on a request path)', () => {
    for (const [name, fn] of itemFunctions) {
      const granted = statementsOf(roleOf(fn)).filter(({ statement }) => hasAction(statement, 'dynamodb:Scan'));
      expect(granted, name).toEqual([]);
    }
  });

  it('grants Scan to the recount job alone, on the table only (not its indexes, not *)', () => {
    const scans = statements.filter(({ statement }) => statement.Effect === 'Allow' && hasAction(statement, 'dynamodb:Scan'));
    expect(scans).toHaveLength(1);
    const [{ resource, statement }] = scans as [(typeof scans)[number]];
    expect(grantees(api, resource)).toEqual([roleOf(apiStack.jobs.recount)]);
    expect(statement.Resource).toEqual(tableArn);
  });

  it('gives the expire-attempts job exactly item reads and writes on the table, Query on the indexes and the code secret', () => {
    const sortedActions = (s: { Action: string | string[] }) => ({ ...s, Action: Array.isArray(s.Action) ? [...s.Action].sort() : s.Action });
    expect(policyOf(apiStack.jobs['expire-attempts']).map(sortedActions)).toEqual([
      // GetItem, Query (GSI2 on the index), BatchGetItem: reads. No Scan.
      { Sid: 'TableReads', Effect: 'Allow', Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'], Resource: tableArn },
      {
        Sid: 'TableIndexes',
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: [{ 'Fn::Join': ['', [tableArn, '/index/GSI1']] }, { 'Fn::Join': ['', [tableArn, '/index/GSI2']] }],
      },
      // PutItem, UpdateItem, ConditionCheckItem, DeleteItem (TransactWriteItems), BatchWriteItem.
      {
        Sid: 'TableWrites',
        Effect: 'Allow',
        Action: ['dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: tableArn,
      },
      // Certificates of the attempts it finalises: the code key, and no session key (it signs no token).
      { Sid: 'CodeSecret', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: inApi(dataStack.secrets.code.secretArn) },
    ]);
  });

  it('never grants stream reads or table management', () => {
    const actions = statements.flatMap(({ statement }) => asList(statement.Action)).map((a) => a.toLowerCase());
    expect(actions.length).toBeGreaterThan(0);
    for (const forbidden of [
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:DescribeStream',
      'dynamodb:ListStreams',
      'dynamodb:DescribeTable',
      'dynamodb:CreateTable',
      'dynamodb:UpdateTable',
      'dynamodb:DeleteTable',
      'secretsmanager:DescribeSecret',
    ]) {
      expect(actions).not.toContain(forbidden.toLowerCase());
    }
  });
});

describe('api stack: job schedules', () => {
  const schedules = api.findResources('AWS::Scheduler::Schedule');
  /** The schedule whose target is this job (exactly one). */
  const scheduleOf = (job: JobName) => {
    const found = Object.values(schedules).filter((s) => JSON.stringify(s.Properties.Target.Arn) === JSON.stringify(arnOf(jobIds[job])));
    expect(found, job).toHaveLength(1);
    return found[0]!;
  };

  it('has exactly one schedule per job and no other', () => {
    expect(Object.keys(schedules)).toHaveLength(JOB_NAMES.length);
    const targets = Object.values(schedules)
      .map((s) => JSON.stringify(s.Properties.Target.Arn))
      .sort();
    expect(targets).toEqual(JOB_NAMES.map((job) => JSON.stringify(arnOf(jobIds[job]))).sort());
  });

  it('invokes the recount job at 03:00 Asia/Shanghai every day and expire-attempts every 5 minutes', () => {
    for (const job of JOB_NAMES) {
      expect(scheduleOf(job).Properties, job).toMatchObject({
        ScheduleExpression: EXPECTED_JOBS[job].expression,
        ScheduleExpressionTimezone: EXPECTED_JOBS[job].timezone,
        State: 'ENABLED',
        Target: { Arn: arnOf(jobIds[job]) },
      });
    }
    // Spelled out once more, so that a wrong table above cannot hide a wrong schedule.
    expect(scheduleOf('recount').Properties.ScheduleExpression).toBe('cron(0 3 * * ? *)');
    expect(scheduleOf('recount').Properties.ScheduleExpressionTimezone).toBe('Asia/Shanghai');
    expect(scheduleOf('expire-attempts').Properties.ScheduleExpression).toBe('rate(5 minutes)');
  });

  it('gives each schedule its own scheduler role, which may only invoke its own job', () => {
    const roleIds = new Set<string>();
    for (const job of JOB_NAMES) {
      const jobArn = arnOf(jobIds[job]);
      const roleArn = scheduleOf(job).Properties.Target.RoleArn as { 'Fn::GetAtt': [string, string] };
      expect(roleArn['Fn::GetAtt'][1]).toBe('Arn');
      const roleId = roleArn['Fn::GetAtt'][0];
      roleIds.add(roleId);
      const role = api.toJSON().Resources[roleId];
      expect(role.Type, job).toBe('AWS::IAM::Role');
      expect(role.Properties.ManagedPolicyArns, job).toBeUndefined();
      expect(role.Properties.AssumeRolePolicyDocument.Statement, job).toEqual([
        expect.objectContaining({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'scheduler.amazonaws.com' } }),
      ]);
      const granted = statementsOf(roleId).map((s) => s.statement);
      // The function and its versions/aliases (ARN:*), and its dead letters to the job-failure queue; nothing else.
      expect(granted, job).toEqual([
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: [jobArn, { 'Fn::Join': ['', [jobArn, ':*']] }] },
        { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [logicalId(apiStack, apiStack.jobFailures), 'Arn'] } },
      ]);
    }
    expect(roleIds.size).toBe(JOB_NAMES.length);
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
  /** The bundle a function deploys: its S3Key is <hash>.zip, staged as asset.<hash>. */
  const bundleOf = (id: string) => {
    const key = String(functions[id]!.Properties.Code.S3Key);
    expect(key).toMatch(/^[0-9a-f]{64}\.zip$/);
    return join(synth.outdir, `asset.${key.replace(/\.zip$/, '')}`, 'index.mjs');
  };
  const groupBundles = groupFunctionIds.map(bundleOf);
  const jobBundles = JOB_NAMES.map((job) => [job, bundleOf(jobIds[job])] as const);
  const load = (file: string, then: string) => {
    const env = { PATH: process.env.PATH ?? '', AWS_REGION: 'us-east-1' };
    const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then(${then}, (e) => { console.log('error: ' + e.message); })`;
    return execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' }).trim();
  };

  it('are ESM bundles (index.mjs and its chunks) with a require shim and no source map (bundles.test.ts), one per group and one per job', () => {
    const expected = [...groupBundles, ...jobBundles.map(([, file]) => file)];
    expect(new Set(expected).size).toBe(ALL_GROUPS.length + JOB_NAMES.length);
    expect(bundles.sort()).toEqual(expected.sort());
    const chunksOf = (file: string) =>
      existsSync(join(dirname(file), 'chunks')) ? readdirSync(join(dirname(file), 'chunks')).map((chunk) => join(dirname(file), 'chunks', chunk)) : [];
    for (const file of bundles.flatMap((bundle) => [bundle, ...chunksOf(bundle)])) {
      const code = readFileSync(file, 'utf8');
      expect(code.startsWith("import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);")).toBe(true);
      expect(existsSync(`${file}.map`)).toBe(false);
      // The AWS SDK is bundled (pinned version), not taken from the runtime.
      expect(code).not.toMatch(/from\s*["']@aws-sdk\//);
    }
  });

  it('load on Node.js: each group reaches the handler set-up, which asks for its configuration', () => {
    for (const file of groupBundles) {
      // Every module evaluated; the top-level await then stops at the missing environment.
      expect(load(file, "() => console.log('loaded')")).toMatch(/^error: .*TABLE_NAME/);
    }
  });

  it('load on Node.js: each job loads, exports a handler, and sets up only when invoked', () => {
    expect(jobBundles.map(([job]) => job).sort()).toEqual([...JOB_NAMES].sort());
    for (const [job, file] of jobBundles) {
      const output = load(
        file,
        "async (m) => { console.log('loaded: ' + typeof m.handler); await m.handler().then(() => console.log('ran'), (e) => console.log('handler error: ' + e.message)); }",
      );
      // Its dependencies are imported inside the handler: loading succeeds, invoking asks for TABLE_NAME.
      expect(output.split('\n'), job).toEqual(['loaded: function', expect.stringMatching(/^handler error: .*TABLE_NAME/)]);
    }
  });
});
