import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

describe('the web’s API types', () => {
  it('match the OpenAPI document the routes make (run `npm run api-types` after changing a route’s schemas)', async () => {
    expect(readFileSync(API_TYPES_FILE, 'utf8')).toBe(await renderApiTypes());
  }, 30_000);
});
