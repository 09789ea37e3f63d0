import type { Deps } from '../services/deps.js';
import type { BlobStore } from '../store/blobs/blob-store.js';
import { connect } from '../store/client.js';
import { loadSecrets } from './secrets.js';

/**
 * What a function without a photo bucket has: only the learning group is given one (BLOB_BUCKET and
 * its grants, infra), and the S3 client stays out of every other bundle (150 KB of each cold start).
 */
const NO_BLOBS: BlobStore = {
  uploadUrl: () => noBlobs(),
  downloadUrl: () => noBlobs(),
  head: () => noBlobs(),
  remove: () => noBlobs(),
};

function noBlobs(): Promise<never> {
  return Promise.reject(new Error('This function has no blob store: only the learning group is given the photo bucket'));
}

/**
 * The composition root for Lambda: table from TABLE_NAME, keys from Secrets Manager (or from the
 * environment outside AWS: handlers/secret-env.ts), Secure cookies. Runs once per cold start. The
 * blob store is the entry point's to make from the environment (learning.ts: s3BlobsFromEnv).
 */
export async function lambdaDeps(options: { blobs?: (env: NodeJS.ProcessEnv) => BlobStore } = {}): Promise<Deps> {
  const tableName = process.env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME must be set');
  const blobs = options.blobs?.(process.env) ?? NO_BLOBS;
  const { keys, cursorKey, originVerify } = await loadSecrets(process.env);
  return {
    db: connect({ tableName, endpoint: process.env.DYNAMODB_ENDPOINT, ...(cursorKey ? { cursorKey } : {}) }),
    keys,
    blobs,
    ...(originVerify ? { originVerify } : {}),
    secureCookies: true,
    now: () => Date.now(),
  };
}
