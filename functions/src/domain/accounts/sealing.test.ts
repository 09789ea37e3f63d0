import { describe, expect, it } from 'vitest';
import { seal, unseal } from './sealing.js';

describe('sealing', () => {
  const key = new TextEncoder().encode('k'.repeat(48));
  it('round-trips and hides the plaintext', () => {
    const sealed = seal(key, [{ username: 'a', password: 'secret-pw' }]);
    expect(sealed).not.toContain('secret-pw');
    expect(unseal(key, sealed)).toEqual([{ username: 'a', password: 'secret-pw' }]);
  });
  it('refuses another key', () => {
    const sealed = seal(key, 'x');
    expect(() => unseal(new TextEncoder().encode('z'.repeat(48)), sealed)).toThrow();
  });
});
