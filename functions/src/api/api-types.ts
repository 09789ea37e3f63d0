import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApiDocument } from './api-document.js';
import { ALL_API_GROUPS } from './group-routes/all.js';

/** Where the web keeps the types of the published contract; api-types.test.ts fails when it is stale. */
export const API_TYPES_FILE = new URL('../../../web/src/lib/api-schema.d.ts', import.meta.url);

const HEADER = '/** Generated from the OpenAPI document by `npm run api-types`; do not edit. */\n\n';

/**
 * The TypeScript of every group's OpenAPI document: `paths` keyed by path template, then method. Only
 * the success answers are kept: the web reads every error through one ApiError, and the error shapes
 * repeated on each operation would make most of the file.
 */
export async function renderApiTypes(): Promise<string> {
  // As the JSON that is served: the builder's types mark optional fields differently from openapi-typescript's.
  const document: OpenAPI3 = JSON.parse(JSON.stringify(await buildApiDocument(ALL_API_GROUPS)));
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, unknown> }).responses;
      if (responses) for (const status of Object.keys(responses)) if (!status.startsWith('2')) delete responses[status];
    }
  }
  return HEADER + astToString(await openapiTS(document));
}
