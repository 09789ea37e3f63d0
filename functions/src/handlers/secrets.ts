import type { Keys } from '../services/deps.js';
import { KEY_REFRESH_MS, type SessionKeyRing } from '../domain/accounts/session-keys.js';
import { cursorKeyFrom } from '../store/pagination.js';
import { SECRET_ENV, type SecretName } from './secret-env.js';

export interface SecretVersion {
  value: string;
  /** When the version was made (epoch ms). */
  createdAt?: number;
}

/** Reads one staged version of a secret; null when no version carries that stage (no AWSPREVIOUS before the first rotation). */
export type ReadSecret = (arn: string, stage: 'AWSCURRENT' | 'AWSPREVIOUS') => Promise<SecretVersion | null>;

/** Imported only when some secret comes by ARN, so a run with the values in the environment never loads the client. */
async function secretsManagerReader(): Promise<ReadSecret> {
  const { GetSecretValueCommand, ResourceNotFoundException, SecretsManagerClient } = await import('@aws-sdk/client-secrets-manager');
  const client = new SecretsManagerClient({});
  return async (arn, stage) => {
    try {
      const { SecretString, CreatedDate } = await client.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }));
      if (!SecretString) throw new Error(`The secret ${arn} (${stage}) is empty`);
      return { value: SecretString, createdAt: CreatedDate?.getTime() };
    } catch (error) {
      if (stage === 'AWSPREVIOUS' && error instanceof ResourceNotFoundException) return null;
      throw error;
    }
  };
}

/**
 * The ring as last read, re-read when older than KEY_REFRESH_MS. The request that finds it stale
 * waits for the read (one request per instance per interval); a failed read keeps the old ring and
 * is tried again a minute later, so Secrets Manager being briefly unreachable signs nobody out.
 */
export function refreshingRing(first: SessionKeyRing, load: () => Promise<SessionKeyRing>, clock: () => number = Date.now): () => Promise<SessionKeyRing> {
  let ring = first;
  let nextReadAt = clock() + KEY_REFRESH_MS;
  let reading: Promise<void> | null = null;
  return async () => {
    if (!reading && clock() >= nextReadAt) {
      reading = load().then(
        (fresh) => {
          ring = fresh;
          nextReadAt = clock() + KEY_REFRESH_MS;
        },
        (error: unknown) => {
          console.error(JSON.stringify({ level: 'error', message: 'session key refresh failed', error: String(error) }));
          nextReadAt = clock() + 60_000;
        },
      );
      void reading.finally(() => (reading = null));
    }
    if (reading) await reading;
    return ring;
  };
}

export interface LoadedSecrets {
  keys: Keys;
  /**
   * From the code key, when the function has it. One without it gets the store's per-instance random
   * key: right for cursors that never leave a request (coverage walking a unit's children), wrong for
   * cursors handed to clients, which is why every group that hands them out is given the code key.
   */
  cursorKey?: Uint8Array;
  originVerify?: string;
}

const bytes = (value: string) => new TextEncoder().encode(value);

/**
 * Every secret the environment names, read in parallel. A key the function was not given is absent
 * and throws when used, naming the variable: a group that starts needing a key fails loudly, not with
 * some other key.
 */
export async function loadSecrets(env: NodeJS.ProcessEnv, reader: () => Promise<ReadSecret> = secretsManagerReader): Promise<LoadedSecrets> {
  let client: Promise<ReadSecret> | undefined;
  const read = async (arn: string, stage: 'AWSCURRENT' | 'AWSPREVIOUS') => (await (client ??= reader()))(arn, stage);
  const current = async (arn: string) => {
    const version = await read(arn, 'AWSCURRENT');
    if (!version) throw new Error(`The secret ${arn} has no current version`);
    return version;
  };

  const single = async (name: Exclude<SecretName, 'session'>): Promise<string | undefined> => {
    const { value, arn } = SECRET_ENV[name];
    if (env[value]) return env[value];
    if (env[arn]) return (await current(env[arn])).value;
    return undefined;
  };

  const session = async (): Promise<(() => Promise<SessionKeyRing>) | undefined> => {
    const { value, previous, arn } = SECRET_ENV.session;
    if (env[value]) {
      const ring: SessionKeyRing = { current: bytes(env[value]), ...(env[previous] ? { previous: bytes(env[previous]) } : {}) };
      return () => Promise.resolve(ring);
    }
    const secretArn = env[arn];
    if (!secretArn) return undefined;
    const load = async (): Promise<SessionKeyRing> => {
      const [now, before] = await Promise.all([current(secretArn), read(secretArn, 'AWSPREVIOUS')]);
      return { current: bytes(now.value), ...(before ? { previous: bytes(before.value) } : {}), ...(now.createdAt ? { currentSince: now.createdAt } : {}) };
    };
    return refreshingRing(await load(), load);
  };

  const [sessionRing, seal, code, origin] = await Promise.all([session(), single('seal'), single('code'), single('origin')]);
  const missing = (name: SecretName): never => {
    throw new Error(`This function has no ${name} key: neither ${SECRET_ENV[name].arn} nor ${SECRET_ENV[name].value} is set`);
  };
  const sealKey = seal ? bytes(seal) : undefined;
  const codeKey = code ? bytes(code) : undefined;
  const keys: Keys = {
    get session() {
      return sessionRing ?? missing('session');
    },
    get seal() {
      return sealKey ?? missing('seal');
    },
    get code() {
      return codeKey ?? missing('code');
    },
  };
  return { keys, ...(codeKey ? { cursorKey: cursorKeyFrom(codeKey) } : {}), ...(origin ? { originVerify: origin } : {}) };
}
