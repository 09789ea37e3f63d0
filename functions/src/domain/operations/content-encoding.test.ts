import { describe, expect, it } from 'vitest';
import { COMPRESSION_MIN_BYTES, isCompressible, negotiateEncoding } from './content-encoding.js';

describe('negotiateEncoding', () => {
  it('prefers Brotli when the client takes both, as browsers announce', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
  });

  it('falls back to gzip, then to identity', () => {
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('deflate')).toBe('identity');
    expect(negotiateEncoding('')).toBe('identity');
    expect(negotiateEncoding(undefined)).toBe('identity');
    expect(negotiateEncoding('identity')).toBe('identity');
  });

  it('follows the weights, and q=0 refuses a coding', () => {
    expect(negotiateEncoding('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip');
    expect(negotiateEncoding('br; q=0, gzip;q=0')).toBe('identity');
  });

  it('reads * as every coding not named', () => {
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
    expect(negotiateEncoding('*;q=0')).toBe('identity');
  });
});

describe('isCompressible', () => {
  it('compresses text of at least CloudFront’s minimum size', () => {
    for (const type of [
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'application/json',
      'image/svg+xml; charset=utf-8',
      'application/manifest+json',
    ])
      expect(isCompressible(type, COMPRESSION_MIN_BYTES), type).toBe(true);
    expect(isCompressible('text/html; charset=utf-8', COMPRESSION_MIN_BYTES - 1)).toBe(false);
  });

  it('leaves already-compressed formats alone', () => {
    for (const type of ['image/png', 'image/webp', 'font/woff2', 'application/zip']) expect(isCompressible(type, 100_000), type).toBe(false);
  });
});
