import { Duration, RemovalPolicy, Validations, type Stack } from 'aws-cdk-lib';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Secret, type ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { GroupName } from '../../functions/src/api/groups.js';
import { SESSION_KEY_LENGTH, SESSION_KEY_ROTATION_DAYS } from '../../functions/src/domain/accounts/session-keys.js';
import { SECRET_ENV, type SecretName } from '../../functions/src/handlers/secret-env.js';
import type { JobName } from './api-stack.js';
import { handlerEntry, LOCK_FILE, REPO_ROOT } from './paths.js';
import { logRetention } from './settings.js';

/**
 * Which secrets each function reads (docs/SECURITY.md "Keys and rotation"); it gets the ARN and
 * GetSecretValue on these and no others.
 * - session: every API group verifies the session cookie on every request; identity also signs it.
 * - seal: identity alone seals and opens roster one-time passwords (and redacts them when a student
 *   is deleted, as the remove-graduates job does too).
 * - code: quizzes and contests compute certificate and entry codes; the expire-attempts job issues
 *   certificates when it finalises an attempt. identity and quizzes hand pagination cursors to clients
 *   (units, teachers, roster, audit log; question bank), whose key derives from the code key.
 *   learning, coverage and snapshot-coverage page only within one request, where the store's
 *   per-instance key serves.
 * - origin: every API group refuses /api/* requests that do not carry CloudFront's header.
 * The jobs are invoked by the Scheduler, not through CloudFront, and sign no tokens.
 */
export const FUNCTION_SECRETS = {
  identity: ['session', 'seal', 'code', 'origin'],
  learning: ['session', 'origin'],
  quizzes: ['session', 'code', 'origin'],
  contests: ['session', 'code', 'origin'],
  coverage: ['session', 'origin'],
  recount: [],
  'expire-attempts': ['code'],
  'snapshot-coverage': [],
  'remove-graduates': ['seal'],
} as const satisfies Record<GroupName | JobName, readonly SecretName[]>;

export type DeploymentSecrets = Record<SecretName, ISecret>;

/** The secrets a function reads, by name: its environment gets their ARNs, its role GetSecretValue on them. */
export function secretsOf(all: DeploymentSecrets, name: GroupName | JobName): Partial<DeploymentSecrets> {
  return Object.fromEntries(FUNCTION_SECRETS[name].map((secret) => [secret, all[secret]]));
}

/** SESSION_SECRET_ARN, SEAL_SECRET_ARN, ... for the secrets given (handlers/secret-env.ts reads them). */
export function secretEnvironment(secrets: Partial<DeploymentSecrets>): Record<string, string> {
  return Object.fromEntries((Object.entries(secrets) as [SecretName, ISecret][]).map(([name, secret]) => [SECRET_ENV[name].arn, secret.secretArn]));
}

const SIDS: Record<SecretName, string> = { session: 'SessionSecret', seal: 'SealSecret', code: 'CodeSecret', origin: 'OriginSecret' };

/** GetSecretValue on each secret given. Not secret.grantRead(): that adds DescribeSecret, which no function calls. */
export function grantSecrets(fn: IFunction, secrets: Partial<DeploymentSecrets>): void {
  for (const [name, secret] of Object.entries(secrets) as [SecretName, ISecret][]) {
    fn.addToRolePolicy(new PolicyStatement({ sid: SIDS[name], actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
  }
}

/** Alphanumeric only, so a key is the same bytes however it is read, and safe as a header value. */
const KEY_STRING = { passwordLength: SESSION_KEY_LENGTH, excludePunctuation: true, includeSpace: false } as const;

/**
 * The four secrets of a stage, in the data stack, each retained when the stack is deleted: losing one
 * signs everyone out (session), makes unprinted one-time passwords unreadable (seal), makes shown
 * certificate codes disagree with the ones on record (code), or cuts CloudFront off (origin). The
 * session secret rotates every SESSION_KEY_ROTATION_DAYS; the others only by hand (docs/SECURITY.md).
 */
export function addSecrets(stack: Stack): { secrets: Record<SecretName, Secret>; rotation: NodejsFunction } {
  const secret = (id: string, description: string, rotates = false) => {
    const created = new Secret(stack, id, { description, generateSecretString: KEY_STRING, removalPolicy: RemovalPolicy.RETAIN });
    if (!rotates)
      Validations.of(created).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason: `${description}: it protects what must outlive any rotation schedule, so it is rotated by hand only, after a suspected leak (docs/SECURITY.md, "Keys and rotation").`,
      });
    return created;
  };
  const secrets = {
    // The id predates the split: a stage deployed before keeps its session secret.
    session: secret('SessionSecret', 'Signing key for session JWTs (HS256), rotated every 30 days', true),
    seal: secret('SealSecret', 'Key that seals roster one-time passwords at rest (AES-256-GCM via HKDF)'),
    code: secret('CodeSecret', 'HMAC key of certificate codes, contest entry codes and pagination cursors'),
    origin: secret('OriginSecret', 'Value of the x-origin-verify header CloudFront adds to /api/* requests'),
  };

  const rotation = rotationFunction(stack);
  secrets.session.addRotationSchedule('Rotation', {
    rotationLambda: rotation,
    automaticallyAfter: Duration.days(SESSION_KEY_ROTATION_DAYS),
    // A deploy is not a reason to rotate: rotation happens on the schedule, or by hand.
    rotateImmediatelyOnUpdate: false,
  });
  return { secrets, rotation };
}

/** functions/src/handlers/rotate-session-secret.ts: a few Secrets Manager calls, so small and CommonJS. */
function rotationFunction(stack: Stack): NodejsFunction {
  const logGroup = new LogGroup(stack, 'SessionSecretRotationLogs', { retention: logRetention(stack), removalPolicy: RemovalPolicy.RETAIN });
  const role = new Role(stack, 'SessionSecretRotationRole', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: 'Execution role of the session secret rotation',
  });
  logGroup.grantWrite(role);
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'secretsmanager:GetRandomPassword, which the rotation uses to make the new key, has no resource to name; its other Secrets Manager actions are on the session secret alone.',
  });
  const fn = new NodejsFunction(stack, 'SessionSecretRotation', {
    description: 'Rotates the session signing key (Secrets Manager rotation steps)',
    entry: handlerEntry('rotate-session-secret'),
    handler: 'handler',
    projectRoot: REPO_ROOT,
    depsLockFilePath: LOCK_FILE,
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: 256,
    timeout: Duration.seconds(30),
    logGroup,
    role,
    bundling: { forceDockerBundling: false, target: 'node22', minify: true, bundleAwsSDK: true, externalModules: [] },
  });
  Validations.of(fn).acknowledge({
    id: 'AwsSolutions-L1',
    reason:
      'Node.js 22 is the runtime every function of this project is built for and tested on; moving to Node.js 24 is a change of its own, for all of them at once.',
  });
  return fn;
}
