import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomKeys } from '../../functions/src/api/keys.js';
import type { LocalDeps } from '../../functions/src/local/web-server.js';
import { LocalBlobStore } from '../../functions/src/store/blobs/local-blobs.js';
import type { Db } from '../../functions/src/store/client.js';

/**
 * A local blob store in a temporary folder of its own, for a test server, benchmark or child process
 * that keeps nothing between runs. The store makes the folder only when something is uploaded (a
 * child killed with SIGKILL leaves none); `dispose` removes it (also done when the process exits).
 */
export function scratchBlobs(codeKey: Uint8Array): { blobs: LocalBlobStore; dispose(): void } {
  const dir = join(tmpdir(), `clearcampus-blobs-${randomUUID()}`);
  const dispose = () => {
    process.off('exit', dispose);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', dispose);
  return { blobs: new LocalBlobStore(dir, codeKey), dispose };
}

/** Deps of a run that keeps nothing: fresh keys, scratch blobs, plain-http cookies. */
export function scratchDeps(db: Db, now: () => number = Date.now): LocalDeps {
  const keys = randomKeys();
  return { db, keys, blobs: scratchBlobs(keys.code).blobs, secureCookies: false, now };
}
