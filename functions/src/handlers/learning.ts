import { handle } from 'hono/aws-lambda';
import { createApp } from '../api/app.js';
import { learning } from '../api/group-routes/learning.js';
import { s3BlobsFromEnv } from './s3-blobs-from-env.js';
import { lambdaDeps } from './lambda-deps.js';

// Activity photos (issue 15) are the learning group's: it alone has the photo bucket.
export const handler = handle(createApp(await lambdaDeps({ blobs: s3BlobsFromEnv }), [learning]));
