import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.js';
import { quizzes } from '../api/group-routes/quizzes.js';
import { lambdaDeps } from './lambda-deps.js';

export const handler = handle(createApp(await lambdaDeps(), [quizzes]));
