import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';
import { renderRouteManifest, ROUTE_MANIFEST_FILE } from './route-manifest-render.js';

/**
 * `npm run api-types`: after a route or its schemas change, rewrites the web's types of the API and
 * the manifest of which module serves which route.
 */
writeFileSync(ROUTE_MANIFEST_FILE, await renderRouteManifest());
writeFileSync(API_TYPES_FILE, await renderApiTypes());
