import { describe, expect, it } from 'vitest';
import { assertBlobKey, assertUpload, MAX_BLOB_BYTES } from './blob-store.js';

describe('blob keys', () => {
  it('take segments of letters, digits, _ and - joined by /', () => {
    for (const key of ['activities/sch_abc/act_def/pho_ghi', 'a', 'A-b_9/c']) expect(() => assertBlobKey(key), key).not.toThrow();
  });

  it('refuse anything that could step out of its folder or mean two things', () => {
    const bad = [
      '',
      '..',
      'a/../b',
      '../a',
      'a/./b',
      '/a',
      'a/',
      'a//b',
      'a\\b',
      'a.jpg',
      'a b',
      'a/b?c',
      'a%2Fb',
      'фото',
      'a\0b',
      'x'.repeat(129),
      'a/'.repeat(8) + 'a',
    ];
    for (const key of bad) expect(() => assertBlobKey(key), JSON.stringify(key)).toThrow(/Invalid blob key/);
  });
});

describe('blob uploads', () => {
  it('take a photo type and 1 to MAX_BLOB_BYTES bytes', () => {
    expect(() => assertUpload('k', { contentType: 'image/webp', bytes: MAX_BLOB_BYTES })).not.toThrow();
    expect(() => assertUpload('k', { contentType: 'image/png', bytes: 10 })).toThrow(/content type/);
    for (const bytes of [0, -1, 1.5, MAX_BLOB_BYTES + 1, Number.NaN])
      expect(() => assertUpload('k', { contentType: 'image/jpeg', bytes }), String(bytes)).toThrow(/bytes/);
    expect(() => assertUpload('../k', { contentType: 'image/jpeg', bytes: 1 })).toThrow(/Invalid blob key/);
  });
});
