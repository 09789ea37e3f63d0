import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.js';
import { coverage } from '../api/group-routes/coverage.js';
import { lambdaDeps } from './lambda-deps.js';

export const handler = handle(createApp(await lambdaDeps(), [coverage]));
