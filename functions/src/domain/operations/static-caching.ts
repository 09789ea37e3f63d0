/**
 * How browsers may cache the built web app: the one rule both the local server (functions/src/local)
 * and the CloudFront distribution with its S3 upload (infra/lib/web-stack.ts) apply.
 *
 * SvelteKit names every file under /_app/immutable/ after a hash of its content, so a name never
 * changes meaning and a year without asking again is safe. Everything else (index.html, favicon,
 * /content/*, /_app/version.json) keeps its name across releases, so the browser must revalidate
 * with the ETag on every use: a new release is picked up on the next load.
 */

/** Where hashed build output lives, as a URL path prefix. */
export const IMMUTABLE_ASSET_PREFIX = '/_app/immutable/';

/** The same prefix as a CloudFront path pattern. */
export const IMMUTABLE_ASSET_PATH_PATTERN = `${IMMUTABLE_ASSET_PREFIX}*`;

/** A year: the longest max-age browsers and CloudFront honour in practice. */
export const IMMUTABLE_MAX_AGE_SECONDS = 31_536_000;

export type StaticCachingPolicy = 'immutable' | 'revalidate';

export const CACHE_CONTROL: Record<StaticCachingPolicy, string> = {
  immutable: `public, max-age=${IMMUTABLE_MAX_AGE_SECONDS}, immutable`,
  revalidate: 'no-cache',
};

export function staticCachingPolicy(path: string): StaticCachingPolicy {
  return path.startsWith(IMMUTABLE_ASSET_PREFIX) ? 'immutable' : 'revalidate';
}

export function cacheControlFor(path: string): string {
  return CACHE_CONTROL[staticCachingPolicy(path)];
}
