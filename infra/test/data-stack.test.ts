import { rmSync } from 'node:fs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { addClearCampusStacks, createApp } from '../lib/stacks.js';
import { logicalId, synthesize } from './support.js';

/** The data stack with extra context (as `-c name=value` gives it). */
function withContext(context: Record<string, string>): Template {
  const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  try {
    return Template.fromStack(addClearCampusStacks(app, { stage: 'test' }).data);
  } finally {
    rmSync(app.outdir, { recursive: true, force: true });
  }
}

const synth = synthesize({ bundle: false });
const data = synth.templates.data;
afterAll(() => synth.cleanup());

describe('data stack: the DynamoDB table', () => {
  it('is the only table, keyed PK (hash) / SK (range), on demand', () => {
    data.resourceCountIs('AWS::DynamoDB::Table', 1);
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [
        { AttributeName: 'PK', KeyType: 'HASH' },
        { AttributeName: 'SK', KeyType: 'RANGE' },
      ],
      BillingMode: 'PAY_PER_REQUEST',
    });
  });

  it('defines every key attribute as a string', () => {
    const table = Object.values(data.findResources('AWS::DynamoDB::Table'))[0]!;
    const attributes = table.Properties.AttributeDefinitions as { AttributeName: string; AttributeType: string }[];
    expect(attributes.map((a) => a.AttributeName).sort()).toEqual(['GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK', 'PK', 'SK']);
    expect(new Set(attributes.map((a) => a.AttributeType))).toEqual(new Set(['S']));
  });

  it('has GSI1 (ALL projection) and GSI2 (keys only: its work queues need no more) with their own keys', () => {
    const table = Object.values(data.findResources('AWS::DynamoDB::Table'))[0]!;
    expect(table.Properties.GlobalSecondaryIndexes).toEqual([
      {
        IndexName: 'GSI1',
        KeySchema: [
          { AttributeName: 'GSI1PK', KeyType: 'HASH' },
          { AttributeName: 'GSI1SK', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: 'GSI2',
        KeySchema: [
          { AttributeName: 'GSI2PK', KeyType: 'HASH' },
          { AttributeName: 'GSI2SK', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
    ]);
  });

  it('expires items on expiresAt', () => {
    data.hasResourceProperties('AWS::DynamoDB::Table', {
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
    });
  });

  it('has point-in-time recovery and deletion protection, and is retained', () => {
    data.hasResource('AWS::DynamoDB::Table', {
      Properties: Match.objectLike({
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
      }),
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });
});

describe('data stack: backups and outputs', () => {
  const tableId = logicalId(synth.stacks.data, synth.stacks.data.table);

  it('backs the table up daily at 02:00 China time into its own retained vault, kept 35 days', () => {
    data.resourceCountIs('AWS::Backup::BackupPlan', 1);
    const plan = Object.values(data.findResources('AWS::Backup::BackupPlan'))[0]!;
    const vaults = data.findResources('AWS::Backup::BackupVault');
    expect(Object.keys(vaults)).toHaveLength(1);
    const [vaultId, vault] = Object.entries(vaults)[0]!;
    expect(vault.DeletionPolicy).toBe('Retain');
    expect(plan.Properties.BackupPlan.BackupPlanRule).toEqual([
      expect.objectContaining({
        RuleName: 'Daily35Days',
        ScheduleExpression: 'cron(0 18 * * ? *)',
        Lifecycle: { DeleteAfterDays: 35 },
        TargetBackupVault: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] },
      }),
    ]);
    data.hasOutput('BackupVaultName', { Value: { 'Fn::GetAtt': [vaultId, 'BackupVaultName'] } });
  });

  it('selects exactly the table for the plan', () => {
    const selections = Object.values(data.findResources('AWS::Backup::BackupSelection'));
    expect(selections).toHaveLength(1);
    expect(selections[0]!.Properties.BackupSelection.Resources).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }]);
  });

  it('has no backup plan with -c backup=false, and refuses a value that is not true or false', () => {
    const off = withContext({ backup: 'false' });
    off.resourceCountIs('AWS::Backup::BackupPlan', 0);
    off.resourceCountIs('AWS::Backup::BackupVault', 0);
    off.resourceCountIs('AWS::DynamoDB::Table', 1);
    expect(() => withContext({ backup: 'no' })).toThrow(/backup must be true or false/);
  });

  it('outputs the table name', () => {
    data.hasOutput('TableName', { Value: { Ref: tableId } });
  });
});
