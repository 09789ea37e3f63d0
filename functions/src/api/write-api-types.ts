import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

/** `npm run api-types`: rewrites the web's types of the API after a route's schemas change. */
writeFileSync(API_TYPES_FILE, await renderApiTypes());
