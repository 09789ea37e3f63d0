import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, IMMUTABLE_ASSET_PATH_PATTERN, cacheControlFor, staticCachingPolicy } from './static-caching.js';

describe('static caching rule', () => {
  it('caches SvelteKit’s hashed output for a year, immutable', () => {
    expect(staticCachingPolicy('/_app/immutable/chunks/CzDHwvtA.js')).toBe('immutable');
    expect(cacheControlFor('/_app/immutable/assets/0.D_iugdcj.css')).toBe('public, max-age=31536000, immutable');
  });

  it('makes browsers revalidate every file whose name survives a release', () => {
    for (const path of ['/', '/index.html', '/favicon.svg', '/_app/version.json', '/content/say-no-steps.svg', '/_app/immutable'])
      expect(cacheControlFor(path), path).toBe(CACHE_CONTROL.revalidate);
    expect(CACHE_CONTROL.revalidate).toBe('no-cache');
  });

  it('gives CloudFront the same prefix as a path pattern', () => {
    expect(IMMUTABLE_ASSET_PATH_PATTERN).toBe('/_app/immutable/*');
  });
});
