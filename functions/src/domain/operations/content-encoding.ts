export type ContentEncoding = 'br' | 'gzip' | 'identity';

/** Server preference among encodings the client weighs equally: Brotli is the smaller one. */
const PREFERENCE: readonly ContentEncoding[] = ['br', 'gzip'];

/**
 * The encoding to send for an Accept-Encoding header (RFC 9110 §12.5.3): the highest-weighted of br
 * and gzip, Brotli on a tie, identity when neither is acceptable. `*` covers codings not named.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): ContentEncoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  let best: ContentEncoding = 'identity';
  let bestWeight = 0;
  for (const encoding of PREFERENCE) {
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > bestWeight) [best, bestWeight] = [encoding, weight];
  }
  return best;
}

/**
 * CloudFront compresses only files of at least 1,000 bytes; smaller ones gain little over the
 * headers, so the local server draws the same line.
 */
export const COMPRESSION_MIN_BYTES = 1_000;

const TEXT_TYPES = /^(text\/|application\/(javascript|json|manifest\+json|xml|ld\+json)|image\/svg\+xml)/;

/** Text compresses well; images, fonts and archives are compressed already. */
export const isText = (contentType: string): boolean => TEXT_TYPES.test(contentType);

export function isCompressible(contentType: string, size: number): boolean {
  return size >= COMPRESSION_MIN_BYTES && isText(contentType);
}
