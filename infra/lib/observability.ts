import { Aws, Duration, Stack } from 'aws-cdk-lib';
import type { IHttpStage } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  type IMetric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type ITable } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRIC_DIMENSION, METRIC_NAMESPACE, METRICS, type MetricName } from '../../functions/src/domain/operations/metrics.js';
import { TABLE } from '../../functions/src/store/table.js';

export interface ObservabilityProps {
  /** The HTTP API's stage whose requests, errors and latency are watched. */
  stage: IHttpStage;
  table: ITable;
  /** API functions by group name: the name is also their `service` metric dimension. */
  groups: Record<string, IFunction>;
  /** Scheduled jobs by job name: the name is also their `service` metric dimension. */
  jobs: Record<string, IFunction>;
  /** Where failed asynchronous job invocations end up (Scheduler and Lambda). */
  jobFailures: IQueue;
  /** Subscribed to the alarm topic when given. */
  alarmEmail?: string;
}

/** The API 5xx rate (percent of requests over five minutes) above which the API alarms. */
export const API_5XX_RATE_PERCENT = 1;
/** Below this many requests in five minutes the 5xx rate is not judged: one failure in three is noise. */
export const API_5XX_MIN_REQUESTS = 20;

/**
 * The DynamoDB operations whose SystemErrors are summed into one alarm. A CloudWatch alarm's metric
 * math takes at most 10 metrics; these are every operation the code sends.
 */
const TABLE_OPERATIONS = [
  Operation.GET_ITEM,
  Operation.BATCH_GET_ITEM,
  Operation.QUERY,
  Operation.SCAN,
  Operation.PUT_ITEM,
  Operation.UPDATE_ITEM,
  Operation.DELETE_ITEM,
  Operation.BATCH_WRITE_ITEM,
  Operation.TRANSACT_WRITE_ITEMS,
  Operation.TRANSACT_GET_ITEMS,
];

const FIVE_MINUTES = Duration.minutes(5);

/**
 * Alarms to one encrypted SNS topic and one dashboard for a stage (docs/OPERATIONS.md lists every
 * alarm and what to do about it). Application metrics are the ones functions/src emits as EMF
 * lines (services/telemetry.ts), named in domain/operations/metrics.ts.
 */
export class Observability extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  /** Every alarm, by construct id. */
  readonly alarms: Record<string, Alarm> = {};
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);

    // A customer managed key, because the AWS managed SNS key does not let CloudWatch publish.
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the ClearCampus alarm topic; CloudWatch alarms may use it to publish',
      enableKeyRotation: true,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    this.topic = new Topic(this, 'AlarmTopic', { displayName: 'ClearCampus alarms', masterKey: key, enforceSSL: true });
    if (props.alarmEmail) this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    this.action = new SnsAction(this.topic);

    this.apiAlarms(props.stage);
    for (const [name, fn] of Object.entries({ ...props.groups, ...props.jobs })) this.functionAlarms(name, fn);
    for (const name of Object.keys(props.jobs)) {
      this.alarm(`${pascal(name)}JobFailed`, {
        metric: appMetric(METRICS.jobFailed, name, 'Sum', FIVE_MINUTES),
        threshold: 1,
        description: `The ${name} job reported a failed run (${METRICS.jobFailed})`,
      });
    }
    this.alarm('JobDeadLetters', {
      metric: props.jobFailures.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: 'Maximum' }),
      threshold: 1,
      description: 'A scheduled job invocation failed after its retries (Scheduler or Lambda) and is in the job dead-letter queue',
    });
    this.alarm('CounterDifferences', {
      metric: appMetric(METRICS.counterDifferences, 'recount', 'Maximum', Duration.hours(1)),
      threshold: 1,
      description: 'The recount found counters that differ from the facts',
    });
    this.tableAlarms(props.table);
    this.dashboard = this.buildDashboard(props);
  }

  private alarm(
    id: string,
    options: { metric: IMetric; threshold: number; description: string; evaluationPeriods?: number; datapointsToAlarm?: number },
  ): Alarm {
    const alarm = new Alarm(this, id, {
      metric: options.metric,
      threshold: options.threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: options.evaluationPeriods ?? 1,
      datapointsToAlarm: options.datapointsToAlarm,
      // No data means nothing happened: no requests, no errors, no job run.
      treatMissingData: TreatMissingData.NOT_BREACHING,
      alarmDescription: `${options.description}. Runbook: docs/OPERATIONS.md, alarm ${id}.`,
    });
    alarm.addAlarmAction(this.action);
    this.alarms[id] = alarm;
    return alarm;
  }

  private apiAlarms(stage: IHttpStage): void {
    this.alarm('Api5xxRate', {
      metric: new MathExpression({
        expression: `IF(requests >= ${API_5XX_MIN_REQUESTS}, 100 * errors / requests, 0)`,
        usingMetrics: {
          errors: stage.metricServerError({ period: FIVE_MINUTES, statistic: 'Sum' }),
          requests: stage.metricCount({ period: FIVE_MINUTES, statistic: 'Sum' }),
        },
        label: 'API 5xx rate (%)',
        period: FIVE_MINUTES,
      }),
      threshold: API_5XX_RATE_PERCENT,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      description: `More than ${API_5XX_RATE_PERCENT}% of API requests answered 5xx in two of three 5-minute periods`,
    });
  }

  private functionAlarms(name: string, fn: IFunction): void {
    this.alarm(`${pascal(name)}Errors`, {
      metric: fn.metricErrors({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 1,
      description: `The ${name} Lambda failed an invocation (crash, timeout or unhandled error)`,
    });
    this.alarm(`${pascal(name)}Throttles`, {
      metric: fn.metricThrottles({ period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 1,
      description: `The ${name} Lambda was throttled (concurrency exhausted)`,
    });
  }

  private tableAlarms(table: ITable): void {
    for (const kind of ['Read', 'Write'] as const) {
      this.alarm(`Table${kind}Throttles`, {
        metric: throttleEvents(table, kind),
        threshold: 1,
        description: `DynamoDB throttled ${kind.toLowerCase()}s on the table or one of its indexes`,
      });
    }
    this.alarm('TableSystemErrors', {
      metric: table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, period: FIVE_MINUTES, statistic: 'Sum' }),
      threshold: 1,
      description: 'DynamoDB answered requests with an internal server error (HTTP 500)',
    });
  }

  private buildDashboard(props: ObservabilityProps): Dashboard {
    const { stage, table, groups, jobs, jobFailures } = props;
    const functions = { ...groups, ...jobs };
    const perFunction = (metric: (fn: IFunction) => IMetric) => Object.values(functions).map(metric);
    const graph = (title: string, left: IMetric[], width = 8) => new GraphWidget({ title, left, width, height: 6 });
    const dashboard = new Dashboard(this, 'Dashboard', {
      // Dashboard names are unique per account across regions.
      dashboardName: `${Stack.of(this).stackName}-${Aws.REGION}`,
      defaultInterval: Duration.hours(3),
    });
    dashboard.addWidgets(
      new TextWidget({
        markdown: '# ClearCampus\nAlarms and what to do about them: docs/OPERATIONS.md. Application metrics: namespace `ClearCampus`, dimension `service`.',
        width: 24,
        height: 2,
      }),
    );
    dashboard.addWidgets(
      graph('API requests', [stage.metricCount({ statistic: 'Sum', label: 'requests' })]),
      graph('API 4xx / 5xx', [stage.metricClientError({ statistic: 'Sum', label: '4xx' }), stage.metricServerError({ statistic: 'Sum', label: '5xx' })]),
      graph('API latency (ms)', [
        stage.metricLatency({ statistic: 'p50', label: 'p50' }),
        stage.metricLatency({ statistic: 'p99', label: 'p99' }),
        stage.metricIntegrationLatency({ statistic: 'p99', label: 'integration p99' }),
      ]),
    );
    dashboard.addWidgets(
      graph('Requests by group', [search(METRICS.requests)]),
      graph('Client / server errors by group', [search(METRICS.clientErrors), search(METRICS.serverErrors)]),
      graph('Answer saves and submissions', [search(METRICS.answerSaves), search(METRICS.submissions)]),
    );
    dashboard.addWidgets(
      graph(
        'Lambda errors',
        perFunction((fn) => fn.metricErrors({ statistic: 'Sum' })),
      ),
      graph('Lambda throttles and sign-in throttling', [...perFunction((fn) => fn.metricThrottles({ statistic: 'Sum' })), search(METRICS.signInThrottled)]),
      graph(
        'Lambda duration p99 (ms)',
        perFunction((fn) => fn.metricDuration({ statistic: 'p99' })),
      ),
    );
    dashboard.addWidgets(
      graph('DynamoDB consumed capacity', [
        table.metricConsumedReadCapacityUnits({ statistic: 'Sum' }),
        table.metricConsumedWriteCapacityUnits({ statistic: 'Sum' }),
      ]),
      graph('DynamoDB throttle events', [throttleEvents(table, 'Read'), throttleEvents(table, 'Write')]),
      graph('DynamoDB system errors', [table.metricSystemErrorsForOperations({ operations: TABLE_OPERATIONS, statistic: 'Sum' })]),
    );
    dashboard.addWidgets(
      graph('Job outcomes', [search(METRICS.jobSucceeded), search(METRICS.jobFailed)]),
      graph('Job dead letters and recount differences', [
        jobFailures.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', label: 'dead letters' }),
        appMetric(METRICS.counterDifferences, 'recount', 'Maximum', FIVE_MINUTES),
      ]),
      graph(
        'Job errors',
        Object.values(jobs).map((fn) => fn.metricErrors({ statistic: 'Sum' })),
      ),
    );
    return dashboard;
  }
}

/** One application metric of one service (a group or job name), as the functions emit it. */
export function appMetric(name: MetricName, service: string, statistic: string, period: Duration): Metric {
  return new Metric({
    namespace: METRIC_NAMESPACE,
    metricName: name,
    dimensionsMap: { [METRIC_DIMENSION]: service },
    statistic,
    period,
    label: `${service} ${name}`,
  });
}

/** Every service's series of one application metric, for graphs (alarms cannot use SEARCH). */
function search(name: MetricName): MathExpression {
  return new MathExpression({
    expression: `SEARCH('{${METRIC_NAMESPACE},${METRIC_DIMENSION}} MetricName="${name}"', 'Sum', 300)`,
    label: name,
    period: FIVE_MINUTES,
  });
}

/** Throttle events of the table and of each of its indexes, summed (an index throttles writes to the table). */
function throttleEvents(table: ITable, kind: 'Read' | 'Write'): MathExpression {
  const metric = (index?: string) =>
    new Metric({
      namespace: 'AWS/DynamoDB',
      metricName: `${kind}ThrottleEvents`,
      dimensionsMap: index ? { TableName: table.tableName, GlobalSecondaryIndexName: index } : { TableName: table.tableName },
      statistic: 'Sum',
      period: FIVE_MINUTES,
    });
  // Ids unique per kind: a graph shows the read and the write sums side by side.
  const id = kind.toLowerCase();
  const usingMetrics: Record<string, IMetric> = { [`${id}Table`]: metric() };
  TABLE.indexes.forEach((index, i) => (usingMetrics[`${id}Index${i}`] = metric(index.name)));
  return new MathExpression({
    expression: Object.keys(usingMetrics)
      .map((id) => `FILL(${id}, 0)`)
      .join(' + '),
    usingMetrics,
    label: `${kind} throttle events (table and indexes)`,
    period: FIVE_MINUTES,
  });
}

export function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
