import { afterAll, describe, expect, it } from 'vitest';
import { RECOUNT_RUN_ACTIONS } from '../lib/api-stack.js';
import { allStatements, asList, grantees, logicalId, synthesize } from './support.js';

const synth = synthesize({ bundle: false });
afterAll(() => synth.cleanup());
const api = synth.templates.api;
const stack = synth.stacks.api;
const recount = stack.jobs.recount;
const recountRole = logicalId(stack, recount.role!);
const tableArn = stack.resolve(synth.stacks.data.table.tableArn);

/** Every statement that reaches the recount job's role, by the policy it is in. */
const statements = allStatements(api).filter(({ resource }) => grantees(api, resource).includes(recountRole));
const tableStatements = statements.filter(({ statement }) => asList(statement.Action).some((action) => action.startsWith('dynamodb:')));

describe('the recount job grants (issue 11, items 5 and 12)', () => {
  it('may Scan the table (not its indexes) and otherwise only touch its own RECOUNT# items: no counter write, no repair', () => {
    expect(tableStatements.map(({ statement }) => statement)).toEqual([
      { Sid: 'TableScanForRecount', Effect: 'Allow', Action: 'dynamodb:Scan', Resource: tableArn },
      {
        Sid: 'RecountRunItems',
        Effect: 'Allow',
        Action: [...RECOUNT_RUN_ACTIONS],
        Resource: tableArn,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RECOUNT#*'] } },
      },
    ]);
    expect(RECOUNT_RUN_ACTIONS).not.toContain('dynamodb:DeleteItem');
  });

  it('may invoke itself, and no other function, to hand a run on', () => {
    const invokes = statements.filter(({ statement }) => asList(statement.Action).some((action) => action.startsWith('lambda:')));
    expect(invokes.map(({ statement }) => statement)).toEqual([
      { Sid: 'RecountSelfInvoke', Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [logicalId(stack, recount), 'Arn'] } },
    ]);
    // In a policy of its own (the function cannot wait for a policy that names it), for this role only.
    expect(grantees(api, invokes[0]!.resource)).toEqual([recountRole]);
  });
});
