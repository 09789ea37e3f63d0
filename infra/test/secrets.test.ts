import { afterAll, describe, expect, it } from 'vitest';
import type { GroupName } from '../../functions/src/api/groups.js';
import type { JobName } from '../lib/api-stack.js';
import { allStatements, asList, grantees, logicalId, synthesize } from './support.js';

const synth = synthesize({ bundle: false });
const { data: dataStack, api: apiStack } = synth.stacks;
const { data, api } = synth.templates;
afterAll(() => synth.cleanup());

const SECRET_IDS = { session: 'SessionSecret', seal: 'SealSecret', code: 'CodeSecret', origin: 'OriginSecret' } as const;
type SecretName = keyof typeof SECRET_IDS;
const ARN_VARIABLES = { session: 'SESSION_SECRET_ARN', seal: 'SEAL_SECRET_ARN', code: 'CODE_SECRET_ARN', origin: 'ORIGIN_SECRET_ARN' } as const;

/**
 * Which secrets each function may read, spelled out rather than read from FUNCTION_SECRETS, so that a
 * grant added or dropped there fails here until this table (and docs/SECURITY.md) says why.
 */
const EXPECTED: Record<GroupName | JobName, SecretName[]> = {
  identity: ['session', 'seal', 'code', 'origin'],
  learning: ['session', 'origin'],
  quizzes: ['session', 'code', 'origin'],
  contests: ['session', 'code', 'origin'],
  coverage: ['session', 'origin'],
  recount: [],
  'expire-attempts': ['code'],
  'snapshot-coverage': [],
  'remove-graduates': ['seal'],
};

const secretId = (name: SecretName) => logicalId(dataStack, dataStack.secrets[name]);
const arnInApi = (name: SecretName) => apiStack.resolve(dataStack.secrets[name].secretArn);
const functionOf = (name: GroupName | JobName) => (name in apiStack.functions ? apiStack.functions[name as GroupName] : apiStack.jobs[name as JobName]);

describe('data stack: four secrets, one per purpose', () => {
  const secrets = data.findResources('AWS::SecretsManager::Secret');

  it('has the session, seal, code and origin-verify secrets and no other', () => {
    expect(Object.keys(secrets).sort()).toEqual((Object.keys(SECRET_IDS) as SecretName[]).map(secretId).sort());
    // The session secret keeps the id it had before the split, so a deployed stage keeps its key.
    expect(secretId('session')).toMatch(/^SessionSecret/);
  });

  it('generates each as 64 alphanumeric characters, never a value in the template, and retains it', () => {
    for (const [id, secret] of Object.entries(secrets)) {
      expect(secret.Properties.GenerateSecretString, id).toEqual({ PasswordLength: 64, ExcludePunctuation: true, IncludeSpace: false });
      expect(secret.Properties.SecretString, id).toBeUndefined();
      expect(secret.DeletionPolicy, id).toBe('Retain');
      expect(secret.UpdateReplacePolicy, id).toBe('Retain');
    }
  });

  it('exposes the origin-verify secret for the web stack', () => {
    expect(dataStack.originSecret).toBe(dataStack.secrets.origin);
  });
});

describe('data stack: the session secret rotates', () => {
  const schedules = data.findResources('AWS::SecretsManager::RotationSchedule');
  const rotationId = logicalId(dataStack, dataStack.sessionRotation);

  it('every 30 days, through the rotation Lambda, not on every deploy; the other secrets do not', () => {
    expect(Object.values(schedules)).toEqual([
      expect.objectContaining({
        Properties: {
          SecretId: { Ref: secretId('session') },
          RotationLambdaARN: { 'Fn::GetAtt': [rotationId, 'Arn'] },
          RotationRules: { ScheduleExpression: 'rate(30 days)' },
          RotateImmediatelyOnUpdate: false,
        },
      }),
    ]);
  });

  it('runs functions/src/handlers/rotate-session-secret.ts on Node.js 22, arm64', () => {
    expect(data.toJSON().Resources[rotationId].Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
  });

  it('may be invoked by Secrets Manager only', () => {
    const permissions = Object.values(data.findResources('AWS::Lambda::Permission')).filter(
      (p) => JSON.stringify(p.Properties.FunctionName) === JSON.stringify({ 'Fn::GetAtt': [rotationId, 'Arn'] }),
    );
    expect(permissions.map((p) => p.Properties.Principal)).toEqual(['secretsmanager.amazonaws.com']);
  });

  it('changes the session secret alone: no other secret is reachable from the rotation role', () => {
    const roleId = logicalId(dataStack, dataStack.sessionRotation.role!);
    const granted = allStatements(data)
      .filter(({ resource }) => grantees(data, resource).includes(roleId))
      .map(({ statement }) => statement)
      .filter((s) => asList(s.Action).some((a) => a.startsWith('secretsmanager:')));
    expect(granted).toEqual([
      {
        Effect: 'Allow',
        Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage'],
        Resource: { Ref: secretId('session') },
      },
      { Effect: 'Allow', Action: 'secretsmanager:GetRandomPassword', Resource: '*' },
    ]);
  });
});

describe('api stack: each function reads only the secrets it uses', () => {
  const functions = api.findResources('AWS::Lambda::Function');
  const statements = allStatements(api);

  for (const [name, expected] of Object.entries(EXPECTED) as [GroupName | JobName, SecretName[]][]) {
    it(`${name}: ${expected.length ? expected.join(', ') : 'no secret'}`, () => {
      const fn = functionOf(name);
      const variables = functions[logicalId(apiStack, fn)]!.Properties.Environment.Variables as Record<string, unknown>;
      const secretVariables = Object.fromEntries(Object.entries(variables).filter(([key]) => key.endsWith('_SECRET_ARN')));
      expect(secretVariables).toEqual(Object.fromEntries(expected.map((secret) => [ARN_VARIABLES[secret], arnInApi(secret)])));

      const roleId = logicalId(apiStack, fn.role!);
      const granted = statements
        .filter(({ resource }) => grantees(api, resource).includes(roleId))
        .map(({ statement }) => statement)
        .filter((s) => asList(s.Action).some((a) => a.toLowerCase().startsWith('secretsmanager:')));
      expect(granted).toEqual(
        expected.map((secret) => ({ Sid: SECRET_IDS[secret], Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: arnInApi(secret) })),
      );
    });
  }

  it('covers every function of the stack', () => {
    const covered = (Object.keys(EXPECTED) as (GroupName | JobName)[]).map((name) => logicalId(apiStack, functionOf(name)));
    expect(covered.sort()).toEqual(Object.keys(functions).sort());
  });
});
