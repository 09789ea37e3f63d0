import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aws, Stack } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_GROUPS, type GroupName } from '../../functions/src/api/groups.js';
import { keys } from '../../functions/src/store/keys.js';
import { handlerEntry } from '../lib/paths.js';
import { allStatements, asList, grantees, logicalId, synthesize, type Statement } from './support.js';

/** Problems with a statement: wildcard DynamoDB actions, or DynamoDB actions on Resource '*'. */
function dynamoProblems(statement: Statement): string[] {
  if (statement.Effect !== 'Allow') return [];
  const problems: string[] = [];
  if (statement.NotAction !== undefined) problems.push('Allow with NotAction');
  const actions = asList(statement.Action);
  for (const action of actions) {
    if (action === '*' || (action.toLowerCase().startsWith('dynamodb:') && action.includes('*'))) problems.push(`wildcard action ${action}`);
  }
  const dynamo = actions.some((a) => a === '*' || a.toLowerCase().startsWith('dynamodb:'));
  if (dynamo) {
    if (statement.Resource === undefined) problems.push('DynamoDB action without Resource');
    for (const resource of asList(statement.Resource)) {
      // A string, or a token such as { 'Fn::Join': ['', [tableArn, '/index/*']] }.
      const text = typeof resource === 'string' ? resource : JSON.stringify(resource);
      if (text.includes('*')) problems.push(`DynamoDB action on Resource ${text}`);
    }
  }
  return problems;
}

/**
 * Scan reads the whole table (DESIGN §5: never on a request path). Problems: an Allow of dynamodb:Scan
 * (IAM actions are case-insensitive) reaching any role other than `allowedRoles`, or reaching no role
 * at all (a resource policy). Wildcard actions that would include Scan are dynamoProblems' business.
 */
function scanProblems(template: Template, allowedRoles: string[]): string[] {
  return allStatements(template).flatMap(({ resource, statement }) => {
    if (statement.Effect !== 'Allow' || !asList(statement.Action).some((a) => a.toLowerCase() === 'dynamodb:scan')) return [];
    const to = grantees(template, resource);
    const others = to.filter((grantee) => !allowedRoles.includes(grantee));
    if (to.length === 0) return [`${resource}: Scan granted to no known role`];
    return others.map((grantee) => `${resource}: Scan granted to ${grantee}`);
  });
}

const synth = synthesize({ bundle: false });
afterAll(() => synth.cleanup());
/** The one role that may Scan: the recount job's (it recomputes every counter from the facts). */
const recountRole = logicalId(synth.stacks.api, synth.stacks.api.jobs.recount.role!);

describe('IAM across every stack', () => {
  for (const [name, template] of Object.entries(synth.templates)) {
    it(`${name}: no dynamodb:* (or any wildcard DynamoDB action) and no DynamoDB action on Resource '*'`, () => {
      const problems = allStatements(template).flatMap(({ resource, statement }) => dynamoProblems(statement).map((problem) => `${resource}: ${problem}`));
      expect(problems).toEqual([]);
    });

    it(`${name}: dynamodb:Scan only for the recount job's role`, () => {
      expect(scanProblems(template, name === 'api' ? [recountRole] : [])).toEqual([]);
    });
  }

  it('inspects the statement that grants Scan (the check above is not vacuous)', () => {
    const scans = allStatements(synth.templates.api).filter(({ statement }) => asList(statement.Action).some((a) => a.toLowerCase() === 'dynamodb:scan'));
    expect(scans.map(({ resource }) => grantees(synth.templates.api, resource))).toEqual([[recountRole]]);
  });

  it('inspects the statements that grant DynamoDB access (the check above is not vacuous)', () => {
    const dynamoStatements = allStatements(synth.templates.api).filter(({ statement }) => asList(statement.Action).some((a) => a.startsWith('dynamodb:')));
    expect(dynamoStatements.length).toBeGreaterThanOrEqual(2);
  });

  it('the check catches a broad grant', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-broad-')) });
    const stack = new Stack(app, 'Broad');
    const role = new Role(stack, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:*'], resources: ['arn:aws:dynamodb:us-east-1:123456789012:table/t'] }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem'], resources: ['*'] }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [`arn:aws:dynamodb:us-east-1:${Aws.ACCOUNT_ID}:table/t/index/*`] }));
    const problems = allStatements(Template.fromStack(stack)).flatMap(({ statement }) => dynamoProblems(statement));
    rmSync(app.outdir, { recursive: true, force: true });
    expect(problems).toEqual([
      'wildcard action dynamodb:*',
      'DynamoDB action on Resource *',
      expect.stringMatching(/^DynamoDB action on Resource \{"Fn::Join".*table\/t\/index\/\*/),
    ]);
  });

  it('the check catches Scan granted to any role but the allowed one', () => {
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'cdk-scan-')) });
    const stack = new Stack(app, 'Scan');
    const table = 'arn:aws:dynamodb:us-east-1:123456789012:table/t';
    const job = new Role(stack, 'Job', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    const api = new Role(stack, 'Api', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    job.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Scan'], resources: [table] }));
    api.addToPolicy(new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:scan'], resources: [table] }));
    const template = Template.fromStack(stack);
    rmSync(app.outdir, { recursive: true, force: true });
    const jobId = logicalId(stack, job);
    const apiId = logicalId(stack, api);
    expect(scanProblems(template, [jobId])).toEqual([expect.stringMatching(new RegExp(`: Scan granted to ${apiId}$`))]);
    expect(scanProblems(template, [jobId, apiId])).toEqual([]);
  });
});

describe('per-group and per-job table grants (least privilege)', () => {
  const api = synth.templates.api;
  const apiStack = synth.stacks.api;
  const tableArn = apiStack.resolve(synth.stacks.data.table.tableArn);
  const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem'];
  const READ_ACTIONS = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'];
  const statementsOfRole = (fn: { role?: { node: { defaultChild?: unknown } } }) => {
    const roleId = logicalId(apiStack, fn.role!);
    return allStatements(api)
      .filter(({ resource }) => grantees(api, resource).includes(roleId))
      .map(({ statement }) => statement as Statement & { Condition?: unknown });
  };
  const writesOf = (fn: Parameters<typeof statementsOfRole>[0]) =>
    statementsOfRole(fn).filter((s) => s.Effect === 'Allow' && asList(s.Action).some((a) => WRITE_ACTIONS.includes(a)));
  const readsOf = (fn: Parameters<typeof statementsOfRole>[0]) =>
    statementsOfRole(fn).find(
      (s) =>
        s.Effect === 'Allow' &&
        s.Resource !== undefined &&
        JSON.stringify(s.Resource) === JSON.stringify(tableArn) &&
        asList(s.Action).includes('dynamodb:GetItem'),
    );

  /**
   * Spelled out here rather than read from TABLE_ACCESS, so that widening a group's grant fails this
   * test until it is reviewed. 'none': no write action at all; 'any': every item write, any key.
   */
  const EXPECTED_WRITES = {
    identity: 'any',
    learning: 'any',
    quizzes: 'any',
    contests: 'any',
    coverage: 'none',
  } as const satisfies Record<GroupName, 'none' | 'any'>;

  it('gives every group and job item reads on the table and Query on the indexes, and no Scan', () => {
    const fns = [
      ...ALL_GROUPS.map((g) => apiStack.functions[g]),
      apiStack.jobs['expire-attempts'],
      apiStack.jobs['snapshot-coverage'],
      apiStack.jobs['remove-graduates'],
    ];
    for (const fn of fns) {
      const reads = readsOf(fn)!;
      expect(reads, fn.node.id).toBeDefined();
      expect(asList(reads.Action).sort(), fn.node.id).toEqual(READ_ACTIONS);
      expect(reads.Condition, fn.node.id).toBeUndefined();
    }
  });

  it('lets the coverage group write nothing at all: it reads counters, units, subjects and snapshots', () => {
    expect(EXPECTED_WRITES.coverage).toBe('none');
    expect(writesOf(apiStack.functions.coverage)).toEqual([]);
    const dynamo = statementsOfRole(apiStack.functions.coverage)
      .flatMap((s) => asList(s.Action))
      .filter((a) => a.startsWith('dynamodb:'));
    expect(new Set(dynamo)).toEqual(new Set(READ_ACTIONS));
  });

  it('gives each writing group every item write action on the table, and only that', () => {
    for (const group of ALL_GROUPS) {
      const writes = writesOf(apiStack.functions[group]);
      if (EXPECTED_WRITES[group] === 'none') {
        expect(writes, group).toEqual([]);
        continue;
      }
      expect(writes, group).toHaveLength(1);
      expect(writes[0], group).toMatchObject({ Sid: 'TableWrites', Resource: tableArn });
      expect(asList(writes[0]!.Action).sort(), group).toEqual([...WRITE_ACTIONS].sort());
    }
  });

  it('lets the snapshot job put snapshot items (partition key SNAP#…) and write nothing else', () => {
    const writes = writesOf(apiStack.jobs['snapshot-coverage']);
    expect(writes).toEqual([
      {
        Sid: 'TableWritesByPartitionKey',
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: tableArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['SNAP#*'] } },
      },
    ]);
    // The prefix is the one the store writes snapshots under.
    expect(keys.snapshot('campaign:c1', '640000', '2026-12-01').PK).toMatch(/^SNAP#/);
  });

  it('writes logs only to the function’s own log group, traces with X-Ray, and attaches no managed policy', () => {
    const roles = api.findResources('AWS::IAM::Role');
    const fns = [...ALL_GROUPS.map((g) => apiStack.functions[g]), ...Object.values(apiStack.jobs)];
    for (const fn of fns) {
      const roleId = logicalId(apiStack, fn.role!);
      expect(roles[roleId]!.Properties.ManagedPolicyArns, fn.node.id).toBeUndefined();
      const statements = statementsOfRole(fn);
      const logs = statements.filter((s) => asList(s.Action).some((a) => a.startsWith('logs:')));
      const fnProps = api.toJSON().Resources[logicalId(apiStack, fn)].Properties;
      const logGroupId = (fnProps.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(logs, fn.node.id).toEqual([
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] } },
      ]);
      const onAnything = statements.filter((s) => asList(s.Resource).includes('*'));
      expect(onAnything, fn.node.id).toEqual([{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' }]);
    }
  });

  it('lets only the jobs send to the job-failure queue', () => {
    const queueArn = { 'Fn::GetAtt': [logicalId(apiStack, apiStack.jobFailures), 'Arn'] };
    for (const group of ALL_GROUPS) {
      expect(
        statementsOfRole(apiStack.functions[group]).filter((s) => asList(s.Action).some((a) => a.startsWith('sqs:'))),
        group,
      ).toEqual([]);
    }
    for (const [job, fn] of Object.entries(apiStack.jobs)) {
      const sqs = statementsOfRole(fn).filter((s) => asList(s.Action).some((a) => a.startsWith('sqs:')));
      expect(sqs.length, job).toBeGreaterThan(0);
      for (const statement of sqs) expect(statement.Resource, job).toEqual(queueArn);
    }
  });
});

/** IAM actions a lib-dynamodb command needs (a transaction: those of its parts, at least one write). */
const COMMAND_ACTIONS: Record<string, string[]> = {
  GetCommand: ['dynamodb:GetItem'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  QueryCommand: ['dynamodb:Query'],
  ScanCommand: ['dynamodb:Scan'],
  PutCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  TransactGetCommand: ['dynamodb:GetItem'],
  TransactWriteCommand: [],
};
const WRITE_COMMANDS = ['PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand'];

/**
 * The DynamoDB commands a function's code can send, by source module: its entry bundled with esbuild,
 * tree-shaken (code the function cannot reach is dropped), not minified, the SDK left out so that
 * `new PutCommand(…)` stays readable. esbuild marks where each module starts with `// <path>`.
 */
async function commandsOf(entry: string): Promise<{ module: string; command: string }[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    write: false,
    treeShaking: true,
    minify: false,
    external: ['@aws-sdk/*'],
    logLevel: 'silent',
  });
  const found: { module: string; command: string }[] = [];
  let module = '(entry)';
  for (const line of result.outputFiles[0]!.text.split('\n')) {
    // Paths relative to the working directory (infra/): "../functions/src/store/snapshots.ts".
    const marker = /^\/\/ (?:\.\.\/)*(\S+\.[cm]?[jt]s)$/.exec(line);
    if (marker) module = marker[1]!;
    for (const match of line.matchAll(/new ([A-Za-z]+Command)\d*\(/g)) if (match[1]! in COMMAND_ACTIONS) found.push({ module, command: match[1]! });
  }
  return found;
}

describe('grants against the code: what each function can send is granted, and no more writes than it sends', () => {
  const api = synth.templates.api;
  const apiStack = synth.stacks.api;
  const allowedActions = (fn: { role?: { node: { defaultChild?: unknown } } }) => {
    const roleId = logicalId(apiStack, fn.role!);
    return new Set(
      allStatements(api)
        .filter(({ resource, statement }) => statement.Effect === 'Allow' && grantees(api, resource).includes(roleId))
        .flatMap(({ statement }) => asList(statement.Action)),
    );
  };
  const targets = [
    ...ALL_GROUPS.map((group) => ({ name: group, fn: apiStack.functions[group] })),
    ...Object.entries(apiStack.jobs).map(([name, fn]) => ({ name, fn })),
  ];
  const analysed = Promise.all(targets.map(async (t) => ({ ...t, commands: await commandsOf(handlerEntry(t.name)) })));

  it('grants every function each DynamoDB action its code can send (a transaction: some write)', async () => {
    for (const { name, fn, commands } of await analysed) {
      expect(commands.length, name).toBeGreaterThan(0);
      const allowed = allowedActions(fn);
      for (const { command, module } of commands) {
        for (const action of COMMAND_ACTIONS[command]!) expect(allowed.has(action), `${name}: ${command} in ${module} needs ${action}`).toBe(true);
        if (command === 'TransactWriteCommand') {
          expect(
            ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'].some((a) => allowed.has(a)),
            `${name}: ${command} in ${module}`,
          ).toBe(true);
        }
      }
    }
  });

  it('finds no write in the coverage group’s code (so its read-only grant holds)', async () => {
    const coverage = (await analysed).find((t) => t.name === 'coverage')!;
    expect(coverage.commands.filter((c) => WRITE_COMMANDS.includes(c.command))).toEqual([]);
    expect(coverage.commands.map((c) => c.command)).toContain('QueryCommand');
  });

  it('finds the snapshot job writing only through store/snapshots.ts (so SNAP# is the only prefix it needs)', async () => {
    const job = (await analysed).find((t) => t.name === 'snapshot-coverage')!;
    const writes = job.commands.filter((c) => WRITE_COMMANDS.includes(c.command));
    expect(writes).toEqual([{ module: 'functions/src/store/snapshots.ts', command: 'PutCommand' }]);
  });

  it('the analysis sees writes where there are some', async () => {
    const identity = (await analysed).find((t) => t.name === 'identity')!;
    expect(identity.commands.map((c) => c.command)).toEqual(expect.arrayContaining(['PutCommand', 'UpdateCommand', 'TransactWriteCommand']));
  });
});
