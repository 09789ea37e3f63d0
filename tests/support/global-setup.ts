import type { TestProject } from 'vitest/node';
import { startDynamoDbLocal, type RunningDynamoDb } from '../../functions/src/local/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoDbEndpoint: string;
  }
}

let dynamo: RunningDynamoDb | null = null;

/** One DynamoDB Local (in memory) for the whole run, or the one named by DYNAMODB_ENDPOINT. */
export async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const endpoint = process.env.DYNAMODB_ENDPOINT ?? (dynamo = await startDynamoDbLocal(null)).endpoint;
  project.provide('dynamoDbEndpoint', endpoint);
}

export async function teardown() {
  await dynamo?.stop();
}
