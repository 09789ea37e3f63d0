import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Aws, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { afterAll, describe, expect, it } from 'vitest';
import { allStatements, asList, grantees, logicalId, synthesize, type Statement } from './support.js';

/** Problems with a statement: wildcard DynamoDB actions, or DynamoDB actions on Resource '*'. */
function dynamoProblems(statement: Statement): string[] {
  if (statement.Effect !== 'Allow') return [];
  const problems: string[] = [];
  if (statement.NotAction !== undefined) problems.push('Allow with NotAction');
  const actions = asList(statement.Action);
  for (const action of actions) {
    if (action === '*' || action.toLowerCase().startsWith('dynamodb:') && action.includes('*')) problems.push(`wildcard action ${action}`);
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
      const problems = allStatements(template).flatMap(({ resource, statement }) =>
        dynamoProblems(statement).map((problem) => `${resource}: ${problem}`),
      );
      expect(problems).toEqual([]);
    });

    it(`${name}: dynamodb:Scan only for the recount job's role`, () => {
      expect(scanProblems(template, name === 'api' ? [recountRole] : [])).toEqual([]);
    });
  }

  it('inspects the statement that grants Scan (the check above is not vacuous)', () => {
    const scans = allStatements(synth.templates.api).filter(({ statement }) =>
      asList(statement.Action).some((a) => a.toLowerCase() === 'dynamodb:scan'),
    );
    expect(scans.map(({ resource }) => grantees(synth.templates.api, resource))).toEqual([[recountRole]]);
  });

  it('inspects the statements that grant DynamoDB access (the check above is not vacuous)', () => {
    const dynamoStatements = allStatements(synth.templates.api).filter(({ statement }) =>
      asList(statement.Action).some((a) => a.startsWith('dynamodb:')),
    );
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
