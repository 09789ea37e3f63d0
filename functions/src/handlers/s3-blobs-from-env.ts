import type { BlobStore } from '../store/blobs/blob-store.js';
import { onceLoaded } from '../services/once-loaded.js';

/**
 * The photo bucket named by BLOB_BUCKET (set by infra on the learning function). The S3 client (about
 * 150 KB with its presigner) is loaded with the first photo URL asked for rather than at every cold
 * start: most of the learning group's requests never touch a photo. A bucket left unset still fails
 * the cold start.
 */
export function s3BlobsFromEnv(env: NodeJS.ProcessEnv): BlobStore {
  const bucket = env.BLOB_BUCKET;
  if (!bucket) throw new Error('BLOB_BUCKET must be set');
  const s3 = onceLoaded(async () => new (await import('../store/blobs/s3-blobs.js')).S3BlobStore(bucket));
  return {
    uploadUrl: async (key, upload, nowMs) => (await s3()).uploadUrl(key, upload, nowMs),
    downloadUrl: async (key, nowMs) => (await s3()).downloadUrl(key, nowMs),
    head: async (key) => (await s3()).head(key),
    remove: async (key) => (await s3()).remove(key),
  };
}
