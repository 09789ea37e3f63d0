import { describe, expect, it } from 'vitest';
import { dummyHashFor, generatePassword, hashCost, hashPassword, verifyPassword } from './passwords.js';

describe('passwords', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const hash = await hashPassword('correct horse', 'generated');
    expect(hash.startsWith('scrypt$10$')).toBe(true);
    expect(await verifyPassword('correct horse', hash)).toBe(true);
    expect(await verifyPassword('correct hors', hash)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same', 'generated')).not.toBe(await hashPassword('same', 'generated'));
  });

  it('rejects malformed stored hashes', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('generates passwords without ambiguous characters', () => {
    for (let i = 0; i < 50; i++) expect(generatePassword()).toMatch(/^[a-hjkmnp-z2-9]{10}$/);
  });
});

describe('dummyHashFor', () => {
  it('costs what a real account of that kind of username costs', async () => {
    expect(hashCost(dummyHashFor('64042210001'))).toBe(hashCost(await hashPassword('x', 'generated')));
    expect(hashCost(dummyHashFor('teacher.demo'))).toBe(hashCost(await hashPassword('a-chosen-password')));
  });
  it('never matches a password', async () => {
    expect(await verifyPassword('', dummyHashFor('64042210001'))).toBe(false);
  });
});
