import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { afterAll, describe, expect, it } from 'vitest';
import { allStatements, asList, synthesize, type Statement } from './support.js';

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
      if (typeof resource === 'string' && resource.includes('*')) problems.push(`DynamoDB action on Resource ${resource}`);
    }
  }
  return problems;
}

const synth = synthesize({ bundle: false });
afterAll(() => synth.cleanup());

describe('IAM across every stack', () => {
  for (const [name, template] of Object.entries(synth.templates)) {
    it(`${name}: no dynamodb:* (or any wildcard DynamoDB action) and no DynamoDB action on Resource '*'`, () => {
      const problems = allStatements(template).flatMap(({ resource, statement }) =>
        dynamoProblems(statement).map((problem) => `${resource}: ${problem}`),
      );
      expect(problems).toEqual([]);
    });
  }

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
    const problems = allStatements(Template.fromStack(stack)).flatMap(({ statement }) => dynamoProblems(statement));
    rmSync(app.outdir, { recursive: true, force: true });
    expect(problems).toEqual(['wildcard action dynamodb:*', 'DynamoDB action on Resource *']);
  });
});
