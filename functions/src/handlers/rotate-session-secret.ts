import { SESSION_KEY_LENGTH } from '../domain/accounts/session-keys.js';

/**
 * Secrets Manager rotation of the session signing key (every 30 days, infra/lib/secrets.ts). Secrets
 * Manager calls the four steps in order with the new version's id as ClientRequestToken; any step may
 * be retried, so each is idempotent.
 */
export type RotationStep = 'createSecret' | 'setSecret' | 'testSecret' | 'finishSecret';

export interface RotationEvent {
  SecretId: string;
  ClientRequestToken: string;
  Step: RotationStep;
}

/** The few Secrets Manager calls rotation needs, so the steps can be tested without AWS. */
export interface RotationClient {
  /** Whether rotation is on, and the staging labels of each version id. */
  describe(secretId: string): Promise<{ rotationEnabled: boolean; stages: Record<string, string[]> }>;
  /** The value of a version carrying `stage`, or null when there is none. */
  value(secretId: string, stage: 'AWSCURRENT' | 'AWSPENDING', versionId?: string): Promise<string | null>;
  randomValue(): Promise<string>;
  putPending(secretId: string, versionId: string, value: string): Promise<void>;
  /** Moves AWSCURRENT to `versionId`; Secrets Manager then labels the version it left AWSPREVIOUS. */
  makeCurrent(secretId: string, versionId: string, fromVersionId: string): Promise<void>;
}

const SESSION_KEY_PATTERN = new RegExp(`^[A-Za-z0-9]{${SESSION_KEY_LENGTH}}$`);

export async function rotate(client: RotationClient, event: RotationEvent): Promise<void> {
  const { SecretId: secretId, ClientRequestToken: token, Step: step } = event;
  const { rotationEnabled, stages } = await client.describe(secretId);
  if (!rotationEnabled) throw new Error(`Rotation is not enabled for ${secretId}`);
  const labels = stages[token];
  if (!labels) throw new Error(`Version ${token} is not a version of ${secretId}`);
  // A retried step after finishSecret succeeded: nothing left to do.
  if (labels.includes('AWSCURRENT')) return;
  if (!labels.includes('AWSPENDING')) throw new Error(`Version ${token} of ${secretId} is not pending rotation`);

  switch (step) {
    case 'createSecret': {
      if ((await client.value(secretId, 'AWSCURRENT')) === null) throw new Error(`${secretId} has no current version`);
      if ((await client.value(secretId, 'AWSPENDING', token)) !== null) return;
      await client.putPending(secretId, token, await client.randomValue());
      return;
    }
    case 'setSecret':
      // Nothing else holds the key: the functions read it from this secret themselves (at cold start
      // and every KEY_REFRESH_MS), so there is no database or service to update.
      return;
    case 'testSecret': {
      // No service to log in to; what can go wrong is the value itself, which every function would
      // load as its next signing key.
      const pending = await client.value(secretId, 'AWSPENDING', token);
      if (!pending || !SESSION_KEY_PATTERN.test(pending))
        throw new Error(`The pending version ${token} of ${secretId} is not a ${SESSION_KEY_LENGTH}-character alphanumeric key`);
      return;
    }
    case 'finishSecret': {
      const current = Object.entries(stages).find(([, versionLabels]) => versionLabels.includes('AWSCURRENT'))?.[0];
      if (!current) throw new Error(`${secretId} has no current version`);
      await client.makeCurrent(secretId, token, current);
      return;
    }
    default:
      throw new Error(`Unknown rotation step ${String(step satisfies never)}`);
  }
}

async function secretsManagerClient(): Promise<RotationClient> {
  const sm = await import('@aws-sdk/client-secrets-manager');
  const client = new sm.SecretsManagerClient({});
  return {
    async describe(secretId) {
      const out = await client.send(new sm.DescribeSecretCommand({ SecretId: secretId }));
      return { rotationEnabled: out.RotationEnabled === true, stages: out.VersionIdsToStages ?? {} };
    },
    async value(secretId, stage, versionId) {
      try {
        const out = await client.send(
          new sm.GetSecretValueCommand({ SecretId: secretId, VersionStage: stage, ...(versionId ? { VersionId: versionId } : {}) }),
        );
        return out.SecretString ?? null;
      } catch (error) {
        if (error instanceof sm.ResourceNotFoundException) return null;
        throw error;
      }
    },
    async randomValue() {
      const out = await client.send(new sm.GetRandomPasswordCommand({ PasswordLength: SESSION_KEY_LENGTH, ExcludePunctuation: true, IncludeSpace: false }));
      if (!out.RandomPassword) throw new Error('GetRandomPassword returned nothing');
      return out.RandomPassword;
    },
    async putPending(secretId, versionId, value) {
      await client.send(
        new sm.PutSecretValueCommand({ SecretId: secretId, ClientRequestToken: versionId, SecretString: value, VersionStages: ['AWSPENDING'] }),
      );
    },
    async makeCurrent(secretId, versionId, fromVersionId) {
      await client.send(
        new sm.UpdateSecretVersionStageCommand({
          SecretId: secretId,
          VersionStage: 'AWSCURRENT',
          MoveToVersionId: versionId,
          RemoveFromVersionId: fromVersionId,
        }),
      );
    },
  };
}

let client: Promise<RotationClient> | undefined;

export async function handler(event: RotationEvent): Promise<void> {
  await rotate(await (client ??= secretsManagerClient()), event);
}
