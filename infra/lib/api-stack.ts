import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { HttpApi, HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
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

export interface ApiStackProps extends StackProps {
  table: ITable;
  sessionSecret: ISecret;
}

/** One Lambda per function group (DESIGN §3) behind one HTTP API. */
export class ApiStack extends Stack {
  readonly api: HttpApi;
  readonly functions: Record<GroupName, NodejsFunction>;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { table, sessionSecret } = props;

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'ClearCampus JSON API under /api (reached through CloudFront on the same origin)',
    });

    const functions: Partial<Record<GroupName, NodejsFunction>> = {};
    for (const group of ALL_GROUPS) {
      const name = pascal(group);
      const logGroup = new LogGroup(this, `${name}Logs`, {
        retention: RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      });

      const fn = new NodejsFunction(this, `${name}Function`, {
        description: `${group}: ${GROUPS[group].description}`,
        entry: handlerEntry(group),
        handler: 'handler',
        projectRoot: REPO_ROOT,
        depsLockFilePath: LOCK_FILE,
        runtime: Runtime.NODEJS_22_X,
        architecture: Architecture.ARM_64,
        memorySize: 1024,
        timeout: Duration.seconds(10),
        logGroup,
        environment: {
          TABLE_NAME: table.tableName,
          SESSION_SECRET_ARN: sessionSecret.secretArn,
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

      fn.addToRolePolicy(
        new PolicyStatement({ sid: 'TableItems', actions: [...TABLE_ITEM_ACTIONS], resources: [table.tableArn] }),
      );
      fn.addToRolePolicy(
        new PolicyStatement({
          sid: 'TableIndexes',
          actions: [...INDEX_ACTIONS],
          resources: TABLE.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
        }),
      );
      // Not sessionSecret.grantRead(): that adds DescribeSecret, which the function never calls.
      fn.addToRolePolicy(
        new PolicyStatement({
          sid: 'SessionSecret',
          actions: ['secretsmanager:GetSecretValue'],
          resources: [sessionSecret.secretArn],
        }),
      );

      const integration = new HttpLambdaIntegration(`${name}Integration`, fn);
      for (const route of GROUPS[group].routes) {
        const { method, path } = parseRoute(route);
        this.api.addRoutes({ path, methods: [method], integration });
      }
      functions[group] = fn;
    }
    this.functions = functions as Record<GroupName, NodejsFunction>;

    new CfnOutput(this, 'ApiEndpoint', { value: this.api.apiEndpoint });
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

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}
