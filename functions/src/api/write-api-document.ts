import { writeFileSync } from 'node:fs';
import { buildApiDocument } from './api-document.js';
import { ALL_API_GROUPS } from './group-routes/all.js';

/**
 * `tsx functions/src/api/write-api-document.ts <file>`: writes the OpenAPI document of every group.
 * Infra runs it when bundling the identity function, which serves the file instead of building it.
 */
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: write-api-document.ts <output file>');
writeFileSync(file, JSON.stringify(await buildApiDocument(ALL_API_GROUPS)));
