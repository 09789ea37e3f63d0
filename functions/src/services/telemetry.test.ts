import { describe, expect, it } from 'vitest';
import { METRICS } from '../domain/operations/metrics.js';
import { EmfMetrics, JsonLogger } from './telemetry.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) };
}

describe('EMF metrics', () => {
  it('writes one line per flush that CloudWatch reads as Count metrics under the service dimension', () => {
    const out = capture();
    const metrics = new EmfMetrics('quizzes', true, out.write);
    metrics.count(METRICS.requests);
    metrics.count(METRICS.answerSaves);
    metrics.count(METRICS.answerSaves, 2);
    metrics.flush();
    metrics.flush();
    expect(out.lines).toHaveLength(1);
    const [line] = out.lines as [{ _aws: { Timestamp: number; CloudWatchMetrics: unknown[] } } & Record<string, unknown>];
    expect(line._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'ClearCampus',
        Dimensions: [['service']],
        Metrics: [
          { Name: 'Requests', Unit: 'Count' },
          { Name: 'AnswerSaves', Unit: 'Count' },
        ],
      },
    ]);
    expect(line).toMatchObject({ service: 'quizzes', Requests: 1, AnswerSaves: 3 });
    expect(Number.isInteger(line._aws.Timestamp)).toBe(true);
  });

  it('writes nothing when metrics are off', () => {
    const out = capture();
    const metrics = new EmfMetrics('identity', false, out.write);
    metrics.count(METRICS.requests);
    metrics.flush();
    expect(out.lines).toEqual([]);
  });
});

describe('JSON logger', () => {
  it('writes errors with their message and stack, and keeps its own fields from being overwritten', () => {
    const out = capture();
    new JsonLogger('identity', 'INFO', out.write).error('request', { status: 500, error: new Error('boom'), level: 'forged' });
    const [line] = out.lines as [Record<string, unknown> & { error: { message: string; stack: string } }];
    expect(line).toMatchObject({ level: 'ERROR', message: 'request', service: 'identity', status: 500 });
    expect(line.error.message).toBe('boom');
    expect(line.error.stack).toContain('telemetry.test.ts');
  });

  it('drops lines below its level', () => {
    const out = capture();
    const logger = new JsonLogger('identity', 'WARN', out.write);
    logger.info('quiet');
    logger.warn('loud');
    expect(out.lines.map((line) => line.message)).toEqual(['loud']);
  });
});
