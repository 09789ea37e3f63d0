import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.js';
import { contests } from '../api/group-routes/contests.js';
import { lambdaDeps } from './lambda-deps.js';

export const handler = handle(createApp(await lambdaDeps(), [contests]));
