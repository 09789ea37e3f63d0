import { readFile } from 'node:fs/promises';
import { onceLoaded } from '../services/once-loaded.js';

/** The file that infra's bundling writes next to the identity function's bundle (infra/lib/lambda-bundling.ts). */
export const API_DOCUMENT_FILE = 'openapi.json';

/**
 * The OpenAPI document built with the bundle rather than in it: carrying every group's schemas, or the
 * document itself, would cost every cold start of the identity function. Read on the first request
 * for it; a failed read is tried again on the next.
 */
export function apiDocumentBeside(bundleUrl: string): () => Promise<unknown> {
  return onceLoaded(async () => JSON.parse(await readFile(new URL(API_DOCUMENT_FILE, bundleUrl), 'utf8')) as unknown);
}
