import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC_NAMESPACE, METRICS, type MetricName } from '../domain/operations/metrics.js';

/**
 * Structured logs and CloudWatch metrics (embedded metric format), with Powertools for AWS Lambda.
 * Logs are JSON lines on stdout everywhere. Metrics are written only in Lambda (or when
 * POWERTOOLS_METRICS_DISABLED=false): locally and in tests an EMF blob per request would only be noise.
 */

/** The function group (identity, quizzes, …) or job: infra sets POWERTOOLS_SERVICE_NAME per function. */
const SERVICE = process.env.POWERTOOLS_SERVICE_NAME ?? 'local';

export const logger = new Logger({ serviceName: SERVICE });

function metricsEnabled(): boolean {
  const disabled = process.env.POWERTOOLS_METRICS_DISABLED;
  return disabled === undefined ? !!process.env.AWS_LAMBDA_FUNCTION_NAME : disabled === 'false';
}

/** Counts metrics of one service (the `service` dimension) until flushed. */
export interface MetricSink {
  count(name: MetricName, value?: number): void;
}

export class EmfMetrics implements MetricSink {
  private readonly metrics: Metrics | null;

  constructor(service: string) {
    this.metrics = metricsEnabled() ? new Metrics({ namespace: METRIC_NAMESPACE, serviceName: service }) : null;
  }

  count(name: MetricName, value = 1): void {
    this.metrics?.addMetric(name, MetricUnit.Count, value);
  }

  /** Writes the counted metrics as one EMF line; a no-op when nothing was counted. */
  flush(): void {
    if (this.metrics?.hasStoredMetrics()) this.metrics.publishStoredMetrics();
  }
}

/**
 * The API function's metrics. One module-level buffer is right in Lambda, where an instance serves one
 * request at a time and the request middleware flushes it after each; locally metrics are off.
 */
export const requestMetrics = new EmfMetrics(SERVICE);

/** Counts a business event of the current request (answer saves, submissions, throttled sign-ins). */
export function countMetric(name: MetricName, value = 1): void {
  requestMetrics.count(name, value);
}

/**
 * Runs a scheduled job: one log line with its outcome and duration, JobSucceeded or JobFailed under
 * the job's own `service`, metrics flushed before the invocation ends. Failures are rethrown so that
 * Lambda's retries and failure destination see them.
 */
export async function runJob<T>(job: string, work: (metrics: MetricSink) => Promise<T>): Promise<T> {
  const metrics = new EmfMetrics(job);
  const started = Date.now();
  try {
    const result = await work(metrics);
    metrics.count(METRICS.jobSucceeded);
    logger.info('job finished', { job, ms: Date.now() - started, result: result as Record<string, unknown> });
    return result;
  } catch (error) {
    metrics.count(METRICS.jobFailed);
    logger.error('job failed', { job, ms: Date.now() - started, error: error as Error });
    throw error;
  } finally {
    metrics.flush();
  }
}
