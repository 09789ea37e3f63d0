import { describe, expect, it } from 'vitest';
import { SESSION_KEY_LENGTH } from '../domain/accounts/session-keys.js';
import { rotate, type RotationClient, type RotationStep } from './rotate-session-secret.js';

/**
 * A secret with versions and staging labels, moved the way Secrets Manager moves them: RotateSecret
 * labels the new version id AWSPENDING before the first step, and moving AWSCURRENT off a version
 * labels it AWSPREVIOUS.
 */
function fakeSecret(initial: string) {
  const versions = new Map<string, { value?: string; stages: Set<string> }>([['v1', { value: initial, stages: new Set(['AWSCURRENT']) }]]);
  let random = 0;
  const withStage = (stage: string) => [...versions.entries()].find(([, v]) => v.stages.has(stage));
  const client: RotationClient = {
    async describe() {
      return { rotationEnabled: true, stages: Object.fromEntries([...versions].map(([id, v]) => [id, [...v.stages]])) };
    },
    async value(_secretId, stage, versionId) {
      const found = versionId ? versions.get(versionId) : withStage(stage)?.[1];
      return found?.stages.has(stage) && found.value !== undefined ? found.value : null;
    },
    async randomValue() {
      random++;
      return String(random % 10).repeat(SESSION_KEY_LENGTH);
    },
    async putPending(_secretId, versionId, value) {
      versions.get(versionId)!.value = value;
    },
    async makeCurrent(_secretId, versionId, fromVersionId) {
      withStage('AWSPREVIOUS')?.[1].stages.delete('AWSPREVIOUS');
      const from = versions.get(fromVersionId)!;
      from.stages.delete('AWSCURRENT');
      from.stages.add('AWSPREVIOUS');
      const to = versions.get(versionId)!;
      to.stages.delete('AWSPENDING');
      to.stages.add('AWSCURRENT');
    },
  };
  return {
    client,
    startRotation(token: string) {
      versions.set(token, { stages: new Set(['AWSPENDING']) });
    },
    staged: (stage: string) => withStage(stage)?.[1].value,
    randomCalls: () => random,
  };
}

const steps: RotationStep[] = ['createSecret', 'setSecret', 'testSecret', 'finishSecret'];
const event = (token: string, step: RotationStep) => ({ SecretId: 'arn:session', ClientRequestToken: token, Step: step });
const INITIAL = 'a'.repeat(SESSION_KEY_LENGTH);

describe('session secret rotation', () => {
  it('makes a new random key current and leaves the old one as AWSPREVIOUS', async () => {
    const secret = fakeSecret(INITIAL);
    secret.startRotation('v2');
    for (const step of steps) await rotate(secret.client, event('v2', step));
    expect(secret.staged('AWSCURRENT')).toMatch(new RegExp(`^[A-Za-z0-9]{${SESSION_KEY_LENGTH}}$`));
    expect(secret.staged('AWSCURRENT')).not.toBe(INITIAL);
    expect(secret.staged('AWSPREVIOUS')).toBe(INITIAL);
    expect(secret.staged('AWSPENDING')).toBeUndefined();
  });

  it('drops the key two rotations old', async () => {
    const secret = fakeSecret(INITIAL);
    secret.startRotation('v2');
    for (const step of steps) await rotate(secret.client, event('v2', step));
    const second = secret.staged('AWSCURRENT');
    secret.startRotation('v3');
    for (const step of steps) await rotate(secret.client, event('v3', step));
    expect(secret.staged('AWSPREVIOUS')).toBe(second);
    expect([secret.staged('AWSCURRENT'), secret.staged('AWSPREVIOUS')]).not.toContain(INITIAL);
  });

  it('survives every step being retried: one new key, made once', async () => {
    const secret = fakeSecret(INITIAL);
    secret.startRotation('v2');
    for (const step of steps) {
      await rotate(secret.client, event('v2', step));
      await rotate(secret.client, event('v2', step));
    }
    expect(secret.randomCalls()).toBe(1);
    expect(secret.staged('AWSPREVIOUS')).toBe(INITIAL);
  });

  it('refuses a version that is not pending, and a pending value that is not a key', async () => {
    const secret = fakeSecret(INITIAL);
    await expect(rotate(secret.client, event('nope', 'createSecret'))).rejects.toThrow(/not a version/);
    secret.startRotation('v2');
    await secret.client.putPending('arn:session', 'v2', 'short');
    await expect(rotate(secret.client, event('v2', 'testSecret'))).rejects.toThrow(/alphanumeric/);
  });
});
