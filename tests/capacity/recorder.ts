import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Db } from '../../functions/src/store/client.js';

/** One DynamoDB call as the store made it: the document client's plain input and output. */
export interface Call {
  command: string;
  input: Record<string, any>;
  output: Record<string, any>;
}

/** The document client marks the calls it marshals; a call without the mark was sent low-level. */
const sentByDocumentClient = (context: Record<string, any>) => context.__aws_sdk_context?.features?.DDB_MAPPER !== undefined;

/**
 * A low-level call's keys, item and values in the document client's plain form, so the model reads every
 * call alike (the answer save writes low-level: store/attempts.ts). Only single-item calls are; any other
 * low-level call keeps its typed values, and the model refuses it for want of a partition key.
 */
function plain(call: Call): Call {
  const convert = (value: unknown) => (value ? unmarshall(value as Parameters<typeof unmarshall>[0]) : value);
  const { Key, Item, ExpressionAttributeValues } = call.input;
  return {
    ...call,
    input: { ...call.input, Key: convert(Key), Item: convert(Item), ExpressionAttributeValues: convert(ExpressionAttributeValues) },
    output: { ...call.output, Item: convert(call.output.Item), Attributes: convert(call.output.Attributes) },
  };
}

/**
 * Records every call the store makes through this Db, at the initialize step, where input and output
 * are the document client's plain values, or a low-level call's typed ones (turned plain).
 */
export function record(db: Db): { calls: Call[]; reset(): void } {
  const calls: Call[] = [];
  db.raw.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      const call = { command: context.commandName ?? 'unknown', input: args.input as Record<string, any>, output: result.output as Record<string, any> };
      calls.push(sentByDocumentClient(context) ? call : plain(call));
      return result;
    },
    { step: 'initialize', name: 'capacityRecorder' },
  );
  return { calls, reset: () => void calls.splice(0) };
}
