import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './passwords.js';

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
