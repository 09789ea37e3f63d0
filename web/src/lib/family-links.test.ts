import { describe, expect, it } from 'vitest';
import { DEVICE_ID } from '$domain/family-links/device';
import { DEVICE_KEY, deviceId, familyLinkUrl, newDeviceId } from './family-links';

function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('familyLinkUrl', () => {
  it('puts the token under /family on the page’s origin', () => {
    expect(familyLinkUrl('https://clearcampus.example', 'AbC_-123456789012345678')).toBe('https://clearcampus.example/family/AbC_-123456789012345678');
    expect(familyLinkUrl('http://127.0.0.1:5173/', 'tok')).toBe('http://127.0.0.1:5173/family/tok');
  });
});

describe('device id', () => {
  it('is a UUID without dashes, which the API accepts', () => {
    const id = newDeviceId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(newDeviceId()).not.toBe(id);
    expect(newDeviceId(() => '123e4567-e89b-12d3-a456-426614174000')).toBe('123e4567e89b12d3a456426614174000');
  });

  it('is made once and then kept, so a reload is the same device', () => {
    const storage = memory();
    let made = 0;
    const make = () => `device${++made}aaaaaaaaaaaaaaaa`;
    const first = deviceId(storage, make);
    expect(first).toBe('device1aaaaaaaaaaaaaaaa');
    expect(storage.items.get(DEVICE_KEY)).toBe(first);
    expect(deviceId(storage, make)).toBe(first);
    expect(made).toBe(1);
  });

  it('replaces a kept value the API would refuse', () => {
    const storage = memory({ [DEVICE_KEY]: 'short' });
    expect(deviceId(storage, () => 'x'.repeat(32))).toBe('x'.repeat(32));
  });

  it('keeps exactly the ids the API takes', () => {
    for (const kept of ['a'.repeat(15), 'a'.repeat(16), 'a'.repeat(64), 'a'.repeat(65), `${'a'.repeat(20)}+`]) {
      const storage = memory({ [DEVICE_KEY]: kept });
      expect(deviceId(storage, () => 'x'.repeat(32)) === kept, kept).toBe(DEVICE_ID.test(kept));
    }
  });

  it('is null when storage is missing, throws or forgets', () => {
    expect(deviceId(null)).toBeNull();
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    };
    expect(deviceId(blocked)).toBeNull();
    expect(deviceId({ getItem: () => null, setItem: () => undefined })).toBeNull();
  });
});
