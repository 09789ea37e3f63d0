import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IConstruct } from 'constructs';

/**
 * Operational settings read from CDK context (`-c name=value` or cdk.json), each with a default that
 * is safe for production. docs/OPERATIONS.md lists them. Context given on the command line arrives as
 * a string, from cdk.json or a test as its JSON type: both are accepted.
 */

/** PRC Cybersecurity Law art. 21: network logs are kept for no less than six months. */
export const MIN_LOG_RETENTION_DAYS = 180;

/** `logRetentionDays`: how long every log group keeps its events (default and minimum 180). */
export function logRetention(scope: IConstruct): RetentionDays {
  const raw: unknown = scope.node.tryGetContext('logRetentionDays');
  const days = raw === undefined ? MIN_LOG_RETENTION_DAYS : Number(raw);
  if (!Number.isInteger(days)) throw new Error(`logRetentionDays must be a whole number of days, got ${JSON.stringify(raw)}`);
  if (days < MIN_LOG_RETENTION_DAYS) {
    throw new Error(
      `logRetentionDays=${days} is below ${MIN_LOG_RETENTION_DAYS}: the PRC Cybersecurity Law (art. 21) requires network logs to be kept for at least six months`,
    );
  }
  // CloudWatch Logs accepts only these values; INFINITE (9999) is "never expire".
  const allowed = Object.values(RetentionDays).filter((value): value is number => typeof value === 'number' && value >= MIN_LOG_RETENTION_DAYS);
  if (!allowed.includes(days)) throw new Error(`logRetentionDays=${days} is not a CloudWatch Logs retention; use one of ${allowed.join(', ')}`);
  return days as RetentionDays;
}

/**
 * `apiRateLimit` / `apiBurstLimit`: the HTTP API stage's steady requests per second and burst. The
 * defaults keep a runaway client or a flood below the account's default HTTP API quota (10,000 rps,
 * burst 5,000 per region) and the default Lambda concurrency of 1,000; a national peak needs both
 * quotas raised first (docs/CAPACITY.md), then these.
 */
export const DEFAULT_API_THROTTLE = { rateLimit: 5_000, burstLimit: 2_000 } as const;

export function apiThrottle(scope: IConstruct): { rateLimit: number; burstLimit: number } {
  const read = (name: string, fallback: number) => {
    const raw: unknown = scope.node.tryGetContext(name);
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(raw)}`);
    return value;
  };
  const rateLimit = read('apiRateLimit', DEFAULT_API_THROTTLE.rateLimit);
  const burstLimit = read('apiBurstLimit', DEFAULT_API_THROTTLE.burstLimit);
  return { rateLimit, burstLimit };
}

/** `alarmEmail`: an address subscribed to the alarm topic (it must confirm the subscription), or none. */
export function alarmEmail(scope: IConstruct): string | undefined {
  const raw: unknown = scope.node.tryGetContext('alarmEmail');
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) throw new Error(`alarmEmail must be an e-mail address, got ${JSON.stringify(raw)}`);
  return raw;
}

/** `backup`: the AWS Backup plan of the table is on unless this is `false`. */
export function backupEnabled(scope: IConstruct): boolean {
  const raw: unknown = scope.node.tryGetContext('backup');
  if (raw === undefined || raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw new Error(`backup must be true or false, got ${JSON.stringify(raw)}`);
}

/**
 * `tableName`: an existing table the stage serves instead of the data stack's own, after a
 * point-in-time restore (docs/OPERATIONS.md, "Restoring the table"). Unset in normal operation.
 */
export function restoredTableName(scope: IConstruct): string | undefined {
  const raw: unknown = scope.node.tryGetContext('tableName');
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_.-]{3,255}$/.test(raw)) throw new Error(`tableName must be a DynamoDB table name, got ${JSON.stringify(raw)}`);
  return raw;
}
