import { CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, Validations, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Policy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, type CfnFunction, Function as LambdaFunction, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ALL_GROUPS, GROUPS, type GroupName } from '../../functions/src/api/groups.js';
import { Observability, pascal } from './observability.js';
import { grantPhotoAccess, importPhotoBucket, PHOTO_GROUPS, type PhotoBucketExports } from './photo-bucket.js';
import { lambdaCode, nodeOptions, sourceMapsWanted } from './lambda-bundling.js';
import { BUNDLE_HANDLER } from './lambda-esbuild.js';
import { handlerEntry } from './paths.js';
import { grantSecrets, secretEnvironment, secretsOf, type DeploymentSecrets } from './secrets.js';
import { alarmEmail, apiThrottle, logRetention } from './settings.js';
import { grantTableAccess, SNAPSHOT_WRITES, TABLE_ACCESS } from './table-access.js';

/**
 * A scheduled job: a Lambda invoked by EventBridge Scheduler, never through the HTTP API.
 * `grants` picks one fixed permission set, so that no job gets more than its kind needs:
 * - 'scan': Scan on the table (no indexes), its own RECOUNT# items, and invoking itself. Only the recount
 *   job may Scan (DESIGN §5).
 * - 'items': what a writing API group gets (table-access.ts: reads, index queries, item writes).
 * - 'snapshots': reads, index queries, and PutItem on snapshot items only (SNAPSHOT_WRITES).
 * Secrets are per function too (secrets.ts FUNCTION_SECRETS): a job reads only the keys it uses.
 */
export interface JobSpec {
  /** Entry point functions/src/handlers/<name>.ts (exporting `handler`); also names the job's constructs. */
  readonly name: string;
  readonly description: string;
  readonly schedule: {
    /** Suffix of the schedule's construct id: <Name><id>, e.g. RecountNightly. */
    readonly id: string;
    readonly description: string;
    readonly expression: ScheduleExpression;
  };
  readonly timeout: Duration;
  readonly grants: 'scan' | 'items' | 'snapshots';
  /**
   * At most this many runs at once (reserved concurrency). A run that finds the job busy is throttled
   * and retried by Lambda's asynchronous queue.
   */
  readonly concurrency?: number;
}

/** The scheduled jobs. Each gets its own function, log group, execution role, schedule and scheduler role. */
export const JOBS = [
  {
    // Recomputes every counter from the facts: the one function allowed to Scan. Partitioned: a run is
    // a chain of invocations of this function (segments of a parallel Scan, then the merge), each
    // ending well before this timeout; the report goes to the table and the CounterDifferences metric.
    name: 'recount',
    description: 'recount: recompute counters from facts, report differences (table and metric)',
    schedule: {
      id: 'Nightly',
      description: 'Nightly recount at 03:00 China Standard Time',
      expression: ScheduleExpression.cron({ minute: '0', hour: '3', timeZone: TimeZone.ASIA_SHANGHAI }),
    },
    timeout: Duration.minutes(15),
    grants: 'scan',
  },
  {
    // Finalises open quiz attempts past their deadline: Queries GSI2, then item reads and transactions.
    name: 'expire-attempts',
    description: 'expire-attempts: finalise quiz attempts whose deadline has passed',
    schedule: {
      id: 'Every5Minutes',
      description: 'Finalise expired quiz attempts every 5 minutes',
      expression: ScheduleExpression.rate(Duration.minutes(5)),
    },
    timeout: Duration.minutes(5),
    grants: 'items',
    // A run may take up to its 5-minute timeout, as long as the schedule's period: never two at once.
    concurrency: 1,
  },
  {
    // Writes the daily coverage history: reads units, subjects and counters, puts snapshot items only.
    name: 'snapshot-coverage',
    description: 'snapshot-coverage: daily coverage snapshot of every open campaign and competition',
    schedule: {
      id: 'Daily',
      description: 'Daily coverage snapshot at 00:30 China Standard Time',
      expression: ScheduleExpression.cron({ minute: '30', hour: '0', timeZone: TimeZone.ASIA_SHANGHAI }),
    },
    timeout: Duration.minutes(15),
    grants: 'snapshots',
    concurrency: 1,
  },
  {
    // Removes graduates' personal data once their read-only time is over (handlers/remove-graduates.ts):
    // the data-rights deletion of each, which reads and writes items across the student's records.
    name: 'remove-graduates',
    description: 'remove-graduates: delete the personal data of graduates whose read-only time is over',
    schedule: {
      id: 'DailyRemoval',
      description: 'Remove expired graduates daily at 02:00 China Standard Time',
      expression: ScheduleExpression.cron({ minute: '0', hour: '2', timeZone: TimeZone.ASIA_SHANGHAI }),
    },
    timeout: Duration.minutes(15),
    grants: 'items',
    concurrency: 1,
  },
] as const satisfies readonly JobSpec[];

export type JobName = (typeof JOBS)[number]['name'];

/** What the recount does to its RECOUNT# items (store/recount-runs.ts). */
export const RECOUNT_RUN_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:BatchWriteItem'] as const;

export interface ApiStackProps extends StackProps {
  table: ITable;
  /** The data stack's secrets; each function gets only those FUNCTION_SECRETS names for it. */
  secrets: DeploymentSecrets;
  /** The data stack's photo bucket: PHOTO_GROUPS get its name (BLOB_BUCKET) and photo-bucket.ts's grants. */
  photoBucket: PhotoBucketExports;
}

/** One Lambda per function group (DESIGN §3) behind one HTTP API, plus the scheduled JOBS. */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  /** The `$default` stage: throttled, with JSON access logs. */
  readonly stage: HttpStage;
  readonly functions: Record<GroupName, LambdaFunction>;
  readonly jobs: Record<JobName, LambdaFunction>;
  /** Failed asynchronous job invocations: the Scheduler's dead letters and Lambda's on-failure records. */
  readonly jobFailures: Queue;
  readonly observability: Observability;
  private readonly logRetention = logRetention(this);

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table } = props;
    const photoBucket = importPhotoBucket(this, props.photoBucket);

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'ClearCampus JSON API under /api (reached through CloudFront on the same origin)',
      // Made below, with throttling and access logs, which the built-in default stage cannot take.
      createDefaultStage: false,
    });
    this.stage = this.defaultStage();
    this.jobFailures = this.jobFailureQueue();

    const functions: Partial<Record<GroupName, LambdaFunction>> = {};
    for (const group of ALL_GROUPS) {
      const name = pascal(group);
      const photos = (PHOTO_GROUPS as readonly GroupName[]).includes(group);
      const fn = this.bundledFunction(`${name}Function`, {
        description: `${group}: ${GROUPS[group].description}`,
        entry: handlerEntry(group),
        logGroup: this.logGroup(`${name}Logs`),
        table,
        secrets: secretsOf(props.secrets, group),
        // One full vCPU (1,769 MB) and the HTTP API's 29 s: a 1,000-student roster commit hashes
        // 1,000 passwords in one request.
        memorySize: 1769,
        timeout: Duration.seconds(29),
        service: group,
        environment: photos ? { BLOB_BUCKET: photoBucket.bucketName } : {},
      });
      grantTableAccess(fn, table, TABLE_ACCESS[group]);
      grantSecrets(fn, secretsOf(props.secrets, group));
      if (photos) grantPhotoAccess(fn, photoBucket, props.photoBucket);

      const integration = new HttpLambdaIntegration(`${name}Integration`, fn);
      for (const route of GROUPS[group].routes) {
        const { method, path } = parseRoute(route);
        for (const httpRoute of this.api.addRoutes({ path, methods: [method], integration })) {
          Validations.of(httpRoute).acknowledge({
            id: 'AwsSolutions-APIG4',
            reason:
              'Sign-in, sessions and role/unit authorization are in the application (readSession, requireSession, domain/access/policy.ts), checked for every route and role by tests/integration/authorization.test.ts; some routes (health, sign-in, certificate verification) are public by design.',
          });
        }
      }
      functions[group] = fn;
    }
    this.functions = functions as Record<GroupName, LambdaFunction>;

    const jobs: Partial<Record<JobName, LambdaFunction>> = {};
    for (const job of JOBS as readonly JobSpec[]) {
      const name = pascal(job.name);
      const fn = this.bundledFunction(`${name}Job`, {
        description: job.description,
        entry: handlerEntry(job.name),
        logGroup: this.logGroup(`${name}Logs`),
        table,
        secrets: secretsOf(props.secrets, job.name as JobName),
        memorySize: 1769,
        timeout: job.timeout,
        service: job.name,
        concurrency: job.concurrency,
      });
      switch (job.grants) {
        case 'scan':
          fn.addToRolePolicy(new PolicyStatement({ sid: 'TableScanForRecount', actions: ['dynamodb:Scan'], resources: [table.tableArn] }));
          // Its own run state and reports (keys.ts recount*: partition keys RECOUNT#…) and nothing else:
          // no counter write, so the scheduled run cannot repair; repair is an operator's (OPERATIONS.md).
          fn.addToRolePolicy(
            new PolicyStatement({
              sid: 'RecountRunItems',
              actions: [...RECOUNT_RUN_ACTIONS],
              resources: [table.tableArn],
              conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RECOUNT#*'] } },
            }),
          );
          // Hands its remaining work to a new invocation of itself. A policy of its own: the role's default
          // policy cannot name the function, which waits for it (a circular dependency).
          new Policy(this, `${name}SelfInvoke`, {
            roles: [fn.role!],
            statements: [new PolicyStatement({ sid: 'RecountSelfInvoke', actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] })],
          });
          break;
        case 'items':
          grantTableAccess(fn, table, 'any');
          break;
        case 'snapshots':
          grantTableAccess(fn, table, SNAPSHOT_WRITES);
          break;
        default:
          throw new Error(`Job "${job.name}": unknown grants ${String(job.grants satisfies never)}`);
      }
      grantSecrets(fn, secretsOf(props.secrets, job.name as JobName));
      // LambdaInvoke creates one scheduler role per target function, allowed to invoke only it.
      new Schedule(this, `${name}${job.schedule.id}`, {
        description: job.schedule.description,
        schedule: job.schedule.expression,
        target: new LambdaInvoke(fn, { deadLetterQueue: this.jobFailures, retryAttempts: 2, maxEventAge: Duration.hours(1) }),
      });
      // The Scheduler invokes asynchronously: a run that fails (or stays throttled) after Lambda's own
      // retries is recorded in the same queue as the Scheduler's dead letters.
      fn.configureAsyncInvoke({ onFailure: new SqsDestination(this.jobFailures), retryAttempts: 2, maxEventAge: Duration.hours(1) });
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${this.getLogicalId(fn.node.defaultChild as CfnFunction)}.Arn>:*]`,
        reason: `The scheduler role of the ${job.name} job may invoke that one function and its versions (ARN:*), as LambdaInvoke grants it; nothing else.`,
      });
      jobs[job.name as JobName] = fn;
    }
    this.jobs = jobs as Record<JobName, LambdaFunction>;

    this.observability = new Observability(this, 'Observability', {
      stage: this.stage,
      table,
      groups: this.functions,
      jobs: this.jobs,
      jobFailures: this.jobFailures,
      alarmEmail: alarmEmail(this),
    });

    new CfnOutput(this, 'ApiEndpoint', {
      value: this.api.apiEndpoint,
      description: 'The HTTP API (execute-api) URL; users reach it through CloudFront under /api',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.observability.topic.topicArn, description: 'SNS topic of every alarm: subscribe the on-call here' });
    new CfnOutput(this, 'DashboardName', { value: this.observability.dashboard.dashboardName, description: 'CloudWatch dashboard of this stage' });
    new CfnOutput(this, 'JobFailureQueueUrl', {
      value: this.jobFailures.queueUrl,
      description: 'Failed job invocations (Scheduler dead letters, Lambda on-failure records)',
    });
  }

  /**
   * Logs are evidence (PRC Cybersecurity Law art. 21: kept at least six months): retained for the
   * configured period, and kept when the stack is deleted.
   */
  private logGroup(id: string): LogGroup {
    return new LogGroup(this, id, { retention: this.logRetention, removalPolicy: RemovalPolicy.RETAIN });
  }

  private defaultStage(): HttpStage {
    const accessLogs = this.logGroup('ApiAccessLogs');
    return new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: apiThrottle(this),
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        // One JSON object per request. Behind CloudFront `ip` is the edge's address; the functions log
        // the viewer's (client-address.ts).
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            time: '$context.requestTime',
            method: '$context.httpMethod',
            route: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            latency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            // The Lambda invocation's request id: its START/END/REPORT log lines and its X-Ray trace.
            lambdaRequestId: '$context.integration.requestId',
            length: '$context.responseLength',
          }),
        ),
      },
    });
  }

  private jobFailureQueue(): Queue {
    const queue = new Queue(this, 'JobFailures', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(queue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the scheduled jobs; its messages are read by an operator (docs/OPERATIONS.md), not consumed.',
    });
    return queue;
  }

  /** A Lambda bundled locally with esbuild as ESM for Node.js 22 on arm64, the AWS SDK included. */
  private bundledFunction(
    id: string,
    props: {
      description: string;
      entry: string;
      logGroup: LogGroup;
      table: ITable;
      /** The secrets it reads: their ARNs go in its environment. */
      secrets: Partial<DeploymentSecrets>;
      memorySize: number;
      timeout: Duration;
      /** The group or job name: its logs' `service`, the `service` dimension of its metrics. */
      service: string;
      concurrency?: number;
      /** Beyond the table, secrets and service every function has. */
      environment?: Record<string, string>;
    },
  ): LambdaFunction {
    // Its own role with only its own log group, instead of the AWSLambdaBasicExecutionRole managed
    // policy (logs:CreateLogGroup and PutLogEvents on every log group of the account).
    const role = new Role(this, `${id}Role`, { assumedBy: new ServicePrincipal('lambda.amazonaws.com'), description: `Execution role of ${props.service}` });
    props.logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Active X-Ray tracing adds xray:PutTraceSegments and xray:PutTelemetryRecords, which have no resource-level permissions; every other statement names the table, index, secret or log group.',
    });
    const fn = new LambdaFunction(this, id, {
      description: props.description,
      code: lambdaCode(props.entry, { sourceMaps: sourceMapsWanted(this) }),
      handler: BUNDLE_HANDLER,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup: props.logGroup,
      role,
      tracing: Tracing.ACTIVE,
      reservedConcurrentExecutions: props.concurrency,
      environment: {
        TABLE_NAME: props.table.tableName,
        ...secretEnvironment(props.secrets),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        SERVICE_NAME: props.service,
        ...props.environment,
        ...nodeOptions({ sourceMaps: sourceMapsWanted(this) }),
      },
    });
    Validations.of(fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Node.js 22 is the runtime the bundles are built for (esbuild target node22) and measured on (npm run bench); moving to Node.js 24 is a change of its own, with that target.',
    });
    return fn;
  }
}

/** "ANY /api/auth/{proxy+}" → { method: ANY, path: '/api/auth/{proxy+}' } */
export function parseRoute(route: string): { method: HttpMethod; path: string } {
  const match = /^([A-Z]+) (\/\S*)$/.exec(route);
  const methods = Object.values(HttpMethod) as string[];
  if (!match || !methods.includes(match[1]!)) {
    throw new Error(`Route "${route}" must be "METHOD /path" with METHOD one of ${methods.join(', ')}`);
  }
  return { method: match[1] as HttpMethod, path: match[2]! };
}
