import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.js';
import { identity } from '../api/group-routes/identity.js';
import { apiDocumentBeside } from './api-document-asset.js';
import { lambdaDeps } from './lambda-deps.js';

// The identity group answers GET /api/openapi.json (api/groups.ts) for the whole API.
export const handler = handle(createApp(await lambdaDeps(), [identity], { apiDocument: apiDocumentBeside(import.meta.url) }));
