import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.js';
import { learning } from '../api/group-routes/learning.js';
import { lambdaDeps } from './lambda-deps.js';

export const handler = handle(createApp(await lambdaDeps(), [learning]));
