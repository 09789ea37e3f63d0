import { CfnOutput, Duration, RemovalPolicy, Stack, TimeZone, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ALL_GROUPS, GROUPS, type GroupName } from '../../functions/src/api/groups.js';
import { TABLE } from '../../functions/src/store/table.js';
import { handlerEntry, LOCK_FILE, REPO_ROOT } from './paths.js';

/**
 * Item-level actions on the table. Deliberately not `table.grantReadWriteData()`: that also grants
 * Scan (DESIGN §5: no Scan on a request path), stream reads (GetRecords, GetShardIterator) and
 * DescribeTable, none of which the API uses.
 * There is no IAM action for TransactWriteItems / TransactGetItems: DynamoDB authorizes each part of a
 * transaction as its underlying PutItem, UpdateItem, DeleteItem, GetItem or ConditionCheckItem.
 */
export const TABLE_ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Indexes are only ever queried. */
export const INDEX_ACTIONS = ['dynamodb:Query'] as const;

/**
 * Declares `require` in the ESM bundle for the CommonJS dependencies that call it. Aliased so that it
 * cannot clash with a bundled module that itself imports `createRequire`.
 */
const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'module'; const require = __createRequire(import.meta.url);";

/**
 * A scheduled job: a Lambda invoked by EventBridge Scheduler, never through the HTTP API.
 * `grants` picks one fixed permission set, so that no job gets more than its kind needs:
 * - 'scan': Scan and UpdateItem on the table (no indexes). Only the recount job may Scan (DESIGN §5).
 * - 'items': exactly what an API function gets: TABLE_ITEM_ACTIONS on the table, Query on the indexes.
 * Every job also reads the session secret (the Lambda composition root loads it).
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
  readonly grants: 'scan' | 'items';
}

/** The scheduled jobs. Each gets its own function, log group, execution role, schedule and scheduler role. */
export const JOBS = [
  {
    // Recomputes every counter from the facts: the one function allowed to Scan.
    name: 'recount',
    description: 'recount: recompute counters from facts and log differences',
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
  },
  {
    // Writes the daily coverage history: reads counters (Query), puts snapshot items.
    name: 'snapshot-coverage',
    description: 'snapshot-coverage: daily coverage snapshot of every open campaign and competition',
    schedule: {
      id: 'Daily',
      description: 'Daily coverage snapshot at 00:30 China Standard Time',
      expression: ScheduleExpression.cron({ minute: '30', hour: '0', timeZone: TimeZone.ASIA_SHANGHAI }),
    },
    timeout: Duration.minutes(15),
    grants: 'items',
  },
] as const satisfies readonly JobSpec[];

export type JobName = (typeof JOBS)[number]['name'];

export interface ApiStackProps extends StackProps {
  table: ITable;
  sessionSecret: ISecret;
}

/** One Lambda per function group (DESIGN §3) behind one HTTP API, plus the scheduled JOBS. */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly functions: Record<GroupName, NodejsFunction>;
  readonly jobs: Record<JobName, NodejsFunction>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table, sessionSecret } = props;

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'ClearCampus JSON API under /api (reached through CloudFront on the same origin)',
    });

    const functions: Partial<Record<GroupName, NodejsFunction>> = {};
    for (const group of ALL_GROUPS) {
      const name = pascal(group);
      const fn = this.bundledFunction(`${name}Function`, {
        description: `${group}: ${GROUPS[group].description}`,
        entry: handlerEntry(group),
        logGroup: this.logGroup(`${name}Logs`),
        table,
        sessionSecret,
        // One full vCPU (1,769 MB) and the HTTP API's 29 s: a 1,000-student roster commit hashes
        // 1,000 passwords in one request.
        memorySize: 1769,
        timeout: Duration.seconds(29),
      });
      grantTableItems(fn, table);
      grantSessionSecret(fn, sessionSecret);

      const integration = new HttpLambdaIntegration(`${name}Integration`, fn);
      for (const route of GROUPS[group].routes) {
        const { method, path } = parseRoute(route);
        this.api.addRoutes({ path, methods: [method], integration });
      }
      functions[group] = fn;
    }
    this.functions = functions as Record<GroupName, NodejsFunction>;

    const jobs: Partial<Record<JobName, NodejsFunction>> = {};
    for (const job of JOBS as readonly JobSpec[]) {
      const name = pascal(job.name);
      const fn = this.bundledFunction(`${name}Job`, {
        description: job.description,
        entry: handlerEntry(job.name),
        logGroup: this.logGroup(`${name}Logs`),
        table,
        sessionSecret,
        memorySize: 1769,
        timeout: job.timeout,
      });
      switch (job.grants) {
        case 'scan':
          fn.addToRolePolicy(
            new PolicyStatement({ sid: 'TableScanForRecount', actions: ['dynamodb:Scan', 'dynamodb:UpdateItem'], resources: [table.tableArn] }),
          );
          break;
        case 'items':
          grantTableItems(fn, table);
          break;
        default:
          throw new Error(`Job "${job.name}": unknown grants ${String(job.grants satisfies never)}`);
      }
      grantSessionSecret(fn, sessionSecret);
      // LambdaInvoke creates one scheduler role per target function, allowed to invoke only it.
      new Schedule(this, `${name}${job.schedule.id}`, {
        description: job.schedule.description,
        schedule: job.schedule.expression,
        target: new LambdaInvoke(fn),
      });
      jobs[job.name as JobName] = fn;
    }
    this.jobs = jobs as Record<JobName, NodejsFunction>;

    new CfnOutput(this, 'ApiEndpoint', { value: this.api.apiEndpoint });
  }

  private logGroup(id: string): LogGroup {
    return new LogGroup(this, id, { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
  }

  /** A Lambda bundled locally with esbuild as ESM for Node.js 22 on arm64, the AWS SDK included. */
  private bundledFunction(
    id: string,
    props: { description: string; entry: string; logGroup: LogGroup; table: ITable; sessionSecret: ISecret; memorySize: number; timeout: Duration },
  ): NodejsFunction {
    return new NodejsFunction(this, id, {
      description: props.description,
      entry: props.entry,
      handler: 'handler',
      projectRoot: REPO_ROOT,
      depsLockFilePath: LOCK_FILE,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize,
      timeout: props.timeout,
      logGroup: props.logGroup,
      environment: {
        TABLE_NAME: props.table.tableName,
        SESSION_SECRET_ARN: props.sessionSecret.secretArn,
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: {
        forceDockerBundling: false,
        format: OutputFormat.ESM,
        target: 'node22',
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Bundle everything, the AWS SDK included: we pin our SDK version rather than take the
        // runtime's (NodejsFunction would otherwise leave '@aws-sdk/*' external).
        bundleAwsSDK: true,
        externalModules: [],
      },
    });
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

/** The item-level actions on the table and Query on its indexes: what an API function may do. */
function grantTableItems(fn: NodejsFunction, table: ITable): void {
  fn.addToRolePolicy(new PolicyStatement({ sid: 'TableItems', actions: [...TABLE_ITEM_ACTIONS], resources: [table.tableArn] }));
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'TableIndexes',
      actions: [...INDEX_ACTIONS],
      resources: TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
    }),
  );
}

/** Not sessionSecret.grantRead(): that adds DescribeSecret, which no function calls. */
function grantSessionSecret(fn: NodejsFunction, sessionSecret: ISecret): void {
  fn.addToRolePolicy(
    new PolicyStatement({ sid: 'SessionSecret', actions: ['secretsmanager:GetSecretValue'], resources: [sessionSecret.secretArn] }),
  );
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
