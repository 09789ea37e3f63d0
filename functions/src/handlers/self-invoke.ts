import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';

/**
 * Invokes a Lambda function asynchronously (InvocationType Event) with a JSON payload: how the
 * recount hands its remaining work to a fresh invocation of itself. Region and credentials are the
 * running function's own.
 */
export function asyncInvoker(functionName: string): (payload: unknown) => Promise<void> {
  const lambda = new LambdaClient({});
  return async (payload) => {
    const { StatusCode } = await lambda.send(
      new InvokeCommand({ FunctionName: functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(JSON.stringify(payload)) }),
    );
    if (StatusCode !== 202) throw new Error(`Invoke ${functionName}: status ${StatusCode}`);
  };
}
