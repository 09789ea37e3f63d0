import { METRIC_DIMENSION, METRIC_NAMESPACE, type MetricName, METRICS } from '../domain/operations/metrics.js';

/**
 * Structured logs and CloudWatch metrics in the embedded metric format (EMF): both are JSON lines on
 * stdout, which Lambda sends to CloudWatch Logs, where EMF lines become metrics. Written here rather
 * than with a telemetry library because a library's import is paid by every cold start
 * (docs/PERFORMANCE.md, P4) and these two line formats are all the functions need. Metrics are written
 * only in Lambda (or with METRICS_ENABLED=true): locally and in tests an EMF blob per request would be noise.
 */

/** The function group (identity, quizzes, …) or job: infra sets SERVICE_NAME per function. */
const SERVICE = process.env.SERVICE_NAME ?? 'local';

type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
const LEVELS: readonly Level[] = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

/** Errors as their name, message and stack: JSON.stringify would write `{}`. */
function serializable(value: unknown): unknown {
  if (value instanceof Error)
    return { name: value.name, message: value.message, stack: value.stack, ...(value.cause ? { cause: serializable(value.cause) } : {}) };
  return value;
}

/** Warnings and errors to stderr, as Lambda's own runtime logging does; both reach CloudWatch Logs. */
function writeLogLine(line: string, level: Level): void {
  (level === 'WARN' || level === 'ERROR' ? process.stderr : process.stdout).write(`${line}\n`);
}

export class JsonLogger {
  private readonly minimum: number;

  constructor(
    private readonly service: string,
    level = process.env.LOG_LEVEL ?? process.env.AWS_LAMBDA_LOG_LEVEL ?? 'INFO',
    private readonly write: (line: string, level: Level) => void = writeLogLine,
  ) {
    this.minimum = Math.max(0, LEVELS.indexOf(level.toUpperCase() as Level));
  }

  private log(level: Level, message: string, fields: Record<string, unknown>): void {
    if (LEVELS.indexOf(level) < this.minimum) return;
    const line: Record<string, unknown> = { level, message, service: this.service, timestamp: new Date().toISOString() };
    for (const [name, value] of Object.entries(fields)) if (!(name in line)) line[name] = serializable(value);
    this.write(JSON.stringify(line), level);
  }

  info(message: string, fields: Record<string, unknown> = {}): void {
    this.log('INFO', message, fields);
  }

  warn(message: string, fields: Record<string, unknown> = {}): void {
    this.log('WARN', message, fields);
  }

  error(message: string, fields: Record<string, unknown> = {}): void {
    this.log('ERROR', message, fields);
  }
}

export const logger = new JsonLogger(SERVICE);

function metricsEnabled(): boolean {
  const enabled = process.env.METRICS_ENABLED;
  return enabled === undefined ? !!process.env.AWS_LAMBDA_FUNCTION_NAME : enabled === 'true';
}

/** Counts metrics of one service (the `service` dimension) until flushed. */
export interface MetricSink {
  count(name: MetricName, value?: number): void;
}

export class EmfMetrics implements MetricSink {
  private readonly counts = new Map<MetricName, number>();

  constructor(
    private readonly service: string,
    private readonly enabled = metricsEnabled(),
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  count(name: MetricName, value = 1): void {
    if (this.enabled) this.counts.set(name, (this.counts.get(name) ?? 0) + value);
  }

  /** Writes the counted metrics as one EMF line and starts over; a no-op when nothing was counted. */
  flush(): void {
    if (this.counts.size === 0) return;
    const names = [...this.counts.keys()];
    const line = {
      _aws: {
        Timestamp: Date.now(),
        CloudWatchMetrics: [{ Namespace: METRIC_NAMESPACE, Dimensions: [[METRIC_DIMENSION]], Metrics: names.map((Name) => ({ Name, Unit: 'Count' })) }],
      },
      [METRIC_DIMENSION]: this.service,
      ...Object.fromEntries(this.counts),
    };
    this.counts.clear();
    this.write(JSON.stringify(line));
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
    logger.info('job finished', { job, ms: Date.now() - started, result });
    return result;
  } catch (error) {
    metrics.count(METRICS.jobFailed);
    logger.error('job failed', { job, ms: Date.now() - started, error });
    throw error;
  } finally {
    metrics.flush();
  }
}
