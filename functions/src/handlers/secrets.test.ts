import { describe, expect, it } from 'vitest';
import { KEY_REFRESH_MS, type SessionKeyRing } from '../domain/accounts/session-keys.js';
import { loadSecrets, refreshingRing, type ReadSecret, type SecretVersion } from './secrets.js';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const noSecretsManager = () => Promise.reject(new Error('Secrets Manager must not be used'));

/** Secrets Manager as the loader sees it: ARN → stage → version. */
function fakeSecretsManager(versions: Record<string, { AWSCURRENT: SecretVersion; AWSPREVIOUS?: SecretVersion }>) {
  const reads: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const read: ReadSecret = async (arn, stage) => {
    reads.push(`${arn}:${stage}`);
    maxInFlight = Math.max(maxInFlight, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    const secret = versions[arn];
    if (!secret) throw new Error(`ResourceNotFoundException: ${arn}`);
    return secret[stage] ?? null;
  };
  return { reader: () => Promise.resolve(read), reads, maxInFlight: () => maxInFlight };
}

describe('loadSecrets', () => {
  it('takes the values from the environment without loading the Secrets Manager client', async () => {
    const { keys, cursorKey, originVerify } = await loadSecrets(
      { SESSION_SECRET: 's-now', SESSION_SECRET_PREVIOUS: 's-before', SEAL_SECRET: 'seal', CODE_SECRET: 'code', ORIGIN_SECRET: 'origin' },
      noSecretsManager,
    );
    const ring = await keys.session();
    expect([text(ring.current), text(ring.previous!)]).toEqual(['s-now', 's-before']);
    expect(ring.currentSince).toBeUndefined();
    expect(text(keys.seal)).toBe('seal');
    expect(text(keys.code)).toBe('code');
    expect(cursorKey).toBeDefined();
    expect(originVerify).toBe('origin');
  });

  it('reads every secret named by ARN in parallel, with the session key’s previous version and its age', async () => {
    const sm = fakeSecretsManager({
      'arn:session': { AWSCURRENT: { value: 'now', createdAt: 1_000 }, AWSPREVIOUS: { value: 'before', createdAt: 1 } },
      'arn:seal': { AWSCURRENT: { value: 'seal' } },
      'arn:code': { AWSCURRENT: { value: 'code' } },
      'arn:origin': { AWSCURRENT: { value: 'origin' } },
    });
    const loaded = await loadSecrets(
      { SESSION_SECRET_ARN: 'arn:session', SEAL_SECRET_ARN: 'arn:seal', CODE_SECRET_ARN: 'arn:code', ORIGIN_SECRET_ARN: 'arn:origin' },
      sm.reader,
    );
    expect(sm.reads.sort()).toEqual([
      'arn:code:AWSCURRENT',
      'arn:origin:AWSCURRENT',
      'arn:seal:AWSCURRENT',
      'arn:session:AWSCURRENT',
      'arn:session:AWSPREVIOUS',
    ]);
    expect(sm.maxInFlight()).toBe(5);
    const ring = await loaded.keys.session();
    expect({ current: text(ring.current), previous: text(ring.previous!), since: ring.currentSince }).toEqual({
      current: 'now',
      previous: 'before',
      since: 1_000,
    });
    expect(text(loaded.keys.seal)).toBe('seal');
    expect(loaded.originVerify).toBe('origin');
  });

  it('has no previous session key before the first rotation', async () => {
    const sm = fakeSecretsManager({ 'arn:session': { AWSCURRENT: { value: 'first' } } });
    const ring = await (await loadSecrets({ SESSION_SECRET_ARN: 'arn:session' }, sm.reader)).keys.session();
    expect(text(ring.current)).toBe('first');
    expect(ring.previous).toBeUndefined();
  });

  it('gives a function only the keys it was given: the others throw, naming the variable', async () => {
    const sm = fakeSecretsManager({ 'arn:code': { AWSCURRENT: { value: 'code' } } });
    const { keys, cursorKey, originVerify } = await loadSecrets({ CODE_SECRET_ARN: 'arn:code' }, sm.reader);
    expect(text(keys.code)).toBe('code');
    expect(cursorKey).toBeDefined();
    expect(originVerify).toBeUndefined();
    expect(() => keys.session).toThrow(/SESSION_SECRET_ARN/);
    expect(() => keys.seal).toThrow(/SEAL_SECRET_ARN/);
  });

  it('derives no cursor key without the code key, and the cursor key is not the code key itself', async () => {
    expect((await loadSecrets({ SESSION_SECRET: 's' }, noSecretsManager)).cursorKey).toBeUndefined();
    const { cursorKey, keys } = await loadSecrets({ CODE_SECRET: 'code' }, noSecretsManager);
    expect(Buffer.from(cursorKey!).equals(Buffer.from(keys.code))).toBe(false);
  });

  it('fails at start-up when a named secret cannot be read', async () => {
    await expect(loadSecrets({ SEAL_SECRET_ARN: 'arn:missing' }, fakeSecretsManager({}).reader)).rejects.toThrow(/arn:missing/);
  });
});

describe('refreshingRing', () => {
  const ring = (name: string): SessionKeyRing => ({ current: new TextEncoder().encode(name) });

  it('re-reads the ring once it is KEY_REFRESH_MS old, and not before', async () => {
    let clock = 0;
    let loads = 0;
    const get = refreshingRing(
      ring('a'),
      async () => ring(`b${++loads}`),
      () => clock,
    );
    clock = KEY_REFRESH_MS - 1;
    expect(text((await get()).current)).toBe('a');
    expect(loads).toBe(0);
    clock = KEY_REFRESH_MS;
    const [first, second] = await Promise.all([get(), get()]);
    expect([text(first.current), text(second.current)]).toEqual(['b1', 'b1']);
    expect(loads).toBe(1);
    expect(text((await get()).current)).toBe('b1');
  });

  it('keeps the ring it has when a read fails, and tries again a minute later', async () => {
    let clock = 0;
    let fail = true;
    const get = refreshingRing(
      ring('a'),
      async () => {
        if (fail) throw new Error('unreachable');
        return ring('b');
      },
      () => clock,
    );
    clock = KEY_REFRESH_MS;
    const error = console.error;
    console.error = () => {};
    try {
      expect(text((await get()).current)).toBe('a');
    } finally {
      console.error = error;
    }
    fail = false;
    clock += 59_999;
    expect(text((await get()).current)).toBe('a');
    clock += 1;
    expect(text((await get()).current)).toBe('b');
  });
});
