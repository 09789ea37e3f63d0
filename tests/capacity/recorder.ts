import type { Db } from '../../functions/src/store/client.js';

/** One DynamoDB call as the store made it: the document client's plain input and output. */
export interface Call {
  command: string;
  input: Record<string, any>;
  output: Record<string, any>;
}

/**
 * Records every call the store makes through this Db, at the initialize step, where input and output
 * are the document client's plain values.
 */
export function record(db: Db): { calls: Call[]; reset(): void } {
  const calls: Call[] = [];
  db.raw.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      calls.push({ command: context.commandName ?? 'unknown', input: args.input as Record<string, any>, output: result.output as Record<string, any> });
      return result;
    },
    { step: 'initialize', name: 'capacityRecorder' },
  );
  return { calls, reset: () => void calls.splice(0) };
}
