import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderRouteManifest, ROUTE_MANIFEST_FILE } from './route-manifest-render.js';

describe('the route manifest', () => {
  it('lists what every route module registers (run `npm run api-types` after adding or moving a route)', async () => {
    expect(readFileSync(ROUTE_MANIFEST_FILE, 'utf8')).toBe(await renderRouteManifest());
  }, 30_000);
});
