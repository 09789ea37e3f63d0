import { rmSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_GROUPS } from '../../functions/src/api/groups.js';
import { METRIC_DIMENSION, METRIC_NAMESPACE, METRICS } from '../../functions/src/domain/operations/metrics.js';
import { JOBS, type JobName } from '../lib/api-stack.js';
import { pascal } from '../lib/observability.js';
import { DEFAULT_API_THROTTLE } from '../lib/settings.js';
import { addClearCampusStacks, createApp } from '../lib/stacks.js';
import { logicalId, synthesize } from './support.js';

const synth = synthesize({ bundle: false });
const { api: apiStack } = synth.stacks;
const api = synth.templates.api;
afterAll(() => synth.cleanup());

/** The app with extra context (as `-c name=value` gives it: strings), functions not bundled. */
function withContext(context: Record<string, string>) {
  const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  try {
    const stacks = addClearCampusStacks(app, { stage: 'test' });
    return { api: Template.fromStack(stacks.api), data: Template.fromStack(stacks.data) };
  } finally {
    rmSync(app.outdir, { recursive: true, force: true });
  }
}

type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string };
const resources = api.toJSON().Resources as Record<string, Resource>;
const alarms = api.findResources('AWS::CloudWatch::Alarm') as Record<string, Resource>;
const alarmOf = (id: string) => {
  const alarm = apiStack.observability.alarms[id];
  expect(alarm, id).toBeDefined();
  return resources[logicalId(apiStack, alarm!)]!.Properties;
};
const topicRef = { Ref: logicalId(apiStack, apiStack.observability.topic) };
const JOB_NAMES = JOBS.map((job) => job.name) as JobName[];
const allFunctions = [...ALL_GROUPS.map((g) => [g, apiStack.functions[g]] as const), ...JOB_NAMES.map((j) => [j, apiStack.jobs[j]] as const)];
/**
 * The single metric an alarm watches (not metric math): given inline, or as the one metric query when
 * it carries a label.
 */
const metricOf = (props: Record<string, any>) => {
  if (props.MetricName) return { namespace: props.Namespace, name: props.MetricName, dimensions: props.Dimensions, statistic: props.Statistic };
  const stats = (props.Metrics as { MetricStat?: { Metric: Record<string, any>; Stat: string } }[]).filter((m) => m.MetricStat);
  expect(stats).toHaveLength(1);
  const { Metric, Stat } = stats[0]!.MetricStat!;
  return { namespace: Metric.Namespace, name: Metric.MetricName, dimensions: Metric.Dimensions, statistic: Stat };
};
/** The statements of the one resource policy of this type in the API stack. */
const policyStatements = (type: string) => {
  const policies = Object.values(api.findResources(type));
  expect(policies, type).toHaveLength(1);
  return policies[0]!.Properties.PolicyDocument.Statement as Record<string, unknown>[];
};
const DENY_PLAIN_HTTP = expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });

describe('alarm topic', () => {
  it('is one SNS topic, encrypted with a rotating customer key that CloudWatch may use, and refusing plain HTTP', () => {
    api.resourceCountIs('AWS::SNS::Topic', 1);
    const topic = Object.values(api.findResources('AWS::SNS::Topic'))[0]!;
    const keyId = (topic.Properties.KmsMasterKeyId as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(resources[keyId]!.Type).toBe('AWS::KMS::Key');
    expect(resources[keyId]!.Properties.EnableKeyRotation).toBe(true);
    const keyStatements = resources[keyId]!.Properties.KeyPolicy.Statement as { Principal?: { Service?: string }; Action: string | string[] }[];
    expect(keyStatements).toContainEqual(
      expect.objectContaining({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
    );
    expect(policyStatements('AWS::SNS::TopicPolicy')).toContainEqual(DENY_PLAIN_HTTP);
  });

  it('has no subscription unless alarmEmail is given, then one e-mail subscription', () => {
    api.resourceCountIs('AWS::SNS::Subscription', 0);
    const withEmail = withContext({ alarmEmail: 'oncall@example.edu.cn' }).api;
    withEmail.resourceCountIs('AWS::SNS::Subscription', 1);
    withEmail.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'oncall@example.edu.cn' });
    expect(() => withContext({ alarmEmail: 'not an address' })).toThrow(/alarmEmail must be an e-mail address/);
  });

  it('receives every alarm, and is a stack output', () => {
    expect(Object.keys(alarms).length).toBeGreaterThan(0);
    for (const [id, alarm] of Object.entries(alarms)) {
      expect(alarm.Properties.AlarmActions, id).toEqual([topicRef]);
      expect(alarm.Properties.TreatMissingData, id).toBe('notBreaching');
      expect(alarm.Properties.AlarmDescription, id).toMatch(/docs\/OPERATIONS\.md/);
    }
    api.hasOutput('AlarmTopicArn', { Value: topicRef });
  });
});

describe('alarms', () => {
  it('on the API 5xx rate: above 1% of at least 20 requests in two of three 5-minute periods', () => {
    const alarm = alarmOf('Api5xxRate');
    expect(alarm).toMatchObject({ Threshold: 1, EvaluationPeriods: 3, DatapointsToAlarm: 2, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    const metrics = alarm.Metrics as {
      Id: string;
      Expression?: string;
      MetricStat?: { Metric: { MetricName: string; Dimensions: unknown } };
      ReturnData?: boolean;
    }[];
    expect(metrics.find((m) => m.Expression)).toMatchObject({ Expression: 'IF(requests >= 20, 100 * errors / requests, 0)' });
    const stageDims = [
      { Name: 'ApiId', Value: { Ref: logicalId(apiStack, apiStack.api) } },
      { Name: 'Stage', Value: '$default' },
    ];
    expect(metrics.find((m) => m.Id === 'errors')!.MetricStat!.Metric).toMatchObject({ MetricName: '5xx', Dimensions: stageDims });
    expect(metrics.find((m) => m.Id === 'requests')!.MetricStat!.Metric).toMatchObject({ MetricName: 'Count', Dimensions: stageDims });
  });

  it('on Errors and Throttles of every function and job', () => {
    expect(allFunctions).toHaveLength(ALL_GROUPS.length + JOB_NAMES.length);
    for (const [name, fn] of allFunctions) {
      const dimensions = [{ Name: 'FunctionName', Value: { Ref: logicalId(apiStack, fn) } }];
      for (const kind of ['Errors', 'Throttles']) {
        const alarm = alarmOf(`${pascal(name)}${kind}`);
        expect(metricOf(alarm), name).toEqual({ namespace: 'AWS/Lambda', name: kind, dimensions, statistic: 'Sum' });
        expect(alarm, name).toMatchObject({ Threshold: 1, Period: 300, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
      }
    }
  });

  it('on every job reporting a failed run, and on any job invocation in the dead-letter queue', () => {
    for (const job of JOB_NAMES) {
      expect(metricOf(alarmOf(`${pascal(job)}JobFailed`)), job).toEqual({
        namespace: METRIC_NAMESPACE,
        name: METRICS.jobFailed,
        dimensions: [{ Name: METRIC_DIMENSION, Value: job }],
        statistic: 'Sum',
      });
    }
    const deadLetters = alarmOf('JobDeadLetters');
    expect(metricOf(deadLetters)).toEqual({
      namespace: 'AWS/SQS',
      name: 'ApproximateNumberOfMessagesVisible',
      dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(apiStack, apiStack.jobFailures), 'QueueName'] } }],
      statistic: 'Maximum',
    });
    expect(deadLetters.Threshold).toBe(1);
  });

  it('on recount differences above zero', () => {
    const alarm = alarmOf('CounterDifferences');
    expect(metricOf(alarm)).toEqual({
      namespace: 'ClearCampus',
      name: 'CounterDifferences',
      dimensions: [{ Name: 'service', Value: 'recount' }],
      statistic: 'Maximum',
    });
    // At least one difference: "more than zero".
    expect(alarm).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
  });

  it('on DynamoDB read and write throttles of the table and each index, and on its system errors', () => {
    const tableName = apiStack.resolve(synth.stacks.data.table.tableName);
    for (const kind of ['Read', 'Write']) {
      const metrics = alarmOf(`Table${kind}Throttles`).Metrics as {
        Expression?: string;
        MetricStat?: { Metric: { MetricName: string; Dimensions: unknown[] } };
      }[];
      const watched = metrics.filter((m) => m.MetricStat).map((m) => m.MetricStat!.Metric);
      expect(watched.map((m) => m.MetricName)).toEqual([`${kind}ThrottleEvents`, `${kind}ThrottleEvents`, `${kind}ThrottleEvents`]);
      expect(watched.map((m) => m.Dimensions)).toEqual([
        [{ Name: 'TableName', Value: tableName }],
        [
          { Name: 'GlobalSecondaryIndexName', Value: 'GSI1' },
          { Name: 'TableName', Value: tableName },
        ],
        [
          { Name: 'GlobalSecondaryIndexName', Value: 'GSI2' },
          { Name: 'TableName', Value: tableName },
        ],
      ]);
    }
    const systemErrors = (alarmOf('TableSystemErrors').Metrics as { MetricStat?: { Metric: { MetricName: string } } }[]).filter((m) => m.MetricStat);
    expect(systemErrors.length).toBe(10);
    expect(new Set(systemErrors.map((m) => m.MetricStat!.Metric.MetricName))).toEqual(new Set(['SystemErrors']));
  });

  it('are exactly these, so a new alarm comes with a runbook entry', () => {
    const expected = [
      'Api5xxRate',
      ...allFunctions.flatMap(([name]) => [`${pascal(name)}Errors`, `${pascal(name)}Throttles`]),
      ...JOB_NAMES.map((job) => `${pascal(job)}JobFailed`),
      'JobDeadLetters',
      'CounterDifferences',
      'TableReadThrottles',
      'TableWriteThrottles',
      'TableSystemErrors',
    ];
    expect(Object.keys(apiStack.observability.alarms).sort()).toEqual(expected.sort());
    expect(Object.keys(alarms)).toHaveLength(expected.length);
  });
});

describe('dashboard', () => {
  it('is one dashboard with the key graphs, named in the outputs', () => {
    api.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const body = JSON.stringify(api.toJSON().Resources[logicalId(apiStack, apiStack.observability.dashboard)].Properties.DashboardBody);
    for (const title of [
      'API requests',
      'API 4xx / 5xx',
      'API latency (ms)',
      'Answer saves and submissions',
      'Lambda throttles and sign-in throttling',
      'DynamoDB consumed capacity',
      'DynamoDB throttle events',
      'Job outcomes',
      'Job dead letters and recount differences',
    ]) {
      expect(body).toContain(`\\"title\\":\\"${title}\\"`);
    }
    for (const metric of [
      METRICS.answerSaves,
      METRICS.submissions,
      METRICS.jobSucceeded,
      METRICS.jobFailed,
      'ConsumedWriteCapacityUnits',
      'ReadThrottleEvents',
    ]) {
      expect(body).toContain(metric);
    }
    api.hasOutput('DashboardName', { Value: { Ref: logicalId(apiStack, apiStack.observability.dashboard) } });
  });
});

describe('logs', () => {
  const logGroups = api.findResources('AWS::Logs::LogGroup') as Record<string, Resource>;

  it('keeps every log group of the API stack 180 days by default, and keeps it when the stack goes', () => {
    // One per function and job, and the API access log.
    expect(Object.keys(logGroups)).toHaveLength(allFunctions.length + 1);
    for (const [id, group] of Object.entries(logGroups)) {
      expect(group.Properties.RetentionInDays, id).toBe(180);
      expect(group.DeletionPolicy, id).toBe('Retain');
    }
    for (const [name, fn] of allFunctions) {
      const ref = (resources[logicalId(apiStack, fn)]!.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(Object.keys(logGroups), name).toContain(ref);
    }
  });

  it('takes the retention from context logRetentionDays, and refuses less than 180 days', () => {
    const longer = withContext({ logRetentionDays: '731' }).api.findResources('AWS::Logs::LogGroup');
    expect(new Set(Object.values(longer).map((g) => g.Properties.RetentionInDays))).toEqual(new Set([731]));
    expect(() => withContext({ logRetentionDays: '90' })).toThrow(/logRetentionDays=90 is below 180.*Cybersecurity Law/);
    expect(() => withContext({ logRetentionDays: '200' })).toThrow(/logRetentionDays=200 is not a CloudWatch Logs retention/);
  });

  it('traces every function with X-Ray and names its service (the dimension of its metrics)', () => {
    for (const [name, fn] of allFunctions) {
      const props = resources[logicalId(apiStack, fn)]!.Properties;
      expect(props.TracingConfig, name).toEqual({ Mode: 'Active' });
      expect(props.Environment.Variables, name).toMatchObject({ SERVICE_NAME: name });
    }
  });
});

describe('HTTP API stage', () => {
  const stage = () => Object.values(api.findResources('AWS::ApiGatewayV2::Stage'))[0]!.Properties;

  it('is the one auto-deployed $default stage, throttled by default to the documented limits', () => {
    api.resourceCountIs('AWS::ApiGatewayV2::Stage', 1);
    expect(stage()).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: DEFAULT_API_THROTTLE.rateLimit, ThrottlingBurstLimit: DEFAULT_API_THROTTLE.burstLimit },
    });
    expect(DEFAULT_API_THROTTLE).toEqual({ rateLimit: 5000, burstLimit: 2000 });
  });

  it('takes its throttling from context apiRateLimit / apiBurstLimit', () => {
    const custom = withContext({ apiRateLimit: '20000', apiBurstLimit: '4000' }).api;
    custom.hasResourceProperties('AWS::ApiGatewayV2::Stage', { DefaultRouteSettings: { ThrottlingRateLimit: 20000, ThrottlingBurstLimit: 4000 } });
    expect(() => withContext({ apiRateLimit: '0' })).toThrow(/apiRateLimit must be a positive whole number/);
  });

  it('writes a JSON access log line per request to a log group retained like the others', () => {
    const { AccessLogSettings } = stage();
    const logGroupId = (AccessLogSettings.DestinationArn as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    expect(resources[logGroupId]).toMatchObject({ Type: 'AWS::Logs::LogGroup', Properties: { RetentionInDays: 180 } });
    const format = JSON.parse(AccessLogSettings.Format as string) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      ip: '$context.identity.sourceIp',
      route: '$context.routeKey',
      status: '$context.status',
      latency: '$context.responseLatency',
      lambdaRequestId: '$context.integration.requestId',
    });
  });
});

describe('jobs', () => {
  const queueId = logicalId(apiStack, apiStack.jobFailures);
  const queueArn = { 'Fn::GetAtt': [queueId, 'Arn'] };

  it('never runs expire-attempts, snapshot-coverage or remove-graduates twice at once (reserved concurrency 1)', () => {
    expect(resources[logicalId(apiStack, apiStack.jobs['expire-attempts'])]!.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(resources[logicalId(apiStack, apiStack.jobs['snapshot-coverage'])]!.Properties.ReservedConcurrentExecutions).toBe(1);
    expect(resources[logicalId(apiStack, apiStack.jobs['remove-graduates'])]!.Properties.ReservedConcurrentExecutions).toBe(1);
    for (const group of ALL_GROUPS) {
      expect(resources[logicalId(apiStack, apiStack.functions[group])]!.Properties.ReservedConcurrentExecutions, group).toBeUndefined();
    }
  });

  it('keeps failed job invocations in an encrypted, TLS-only queue for 14 days', () => {
    expect(resources[queueId]).toMatchObject({ Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 } });
    expect(policyStatements('AWS::SQS::QueuePolicy')).toContainEqual(DENY_PLAIN_HTTP);
    api.hasResourceProperties('AWS::SQS::QueuePolicy', { Queues: [{ Ref: queueId }] });
    api.hasOutput('JobFailureQueueUrl', { Value: { Ref: queueId } });
  });

  it('gives every schedule a retry policy and the dead-letter queue', () => {
    const schedules = Object.values(api.findResources('AWS::Scheduler::Schedule'));
    expect(schedules).toHaveLength(JOB_NAMES.length);
    for (const schedule of schedules) {
      expect(schedule.Properties.Target).toMatchObject({
        DeadLetterConfig: { Arn: queueArn },
        RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 3600 },
      });
    }
  });

  it('sends every failed asynchronous run of a job to the same queue, and only jobs are configured so', () => {
    const configs = Object.values(api.findResources('AWS::Lambda::EventInvokeConfig'));
    expect(configs).toHaveLength(JOB_NAMES.length);
    for (const job of JOB_NAMES) {
      const config = configs.find((c) => JSON.stringify(c.Properties.FunctionName) === JSON.stringify({ Ref: logicalId(apiStack, apiStack.jobs[job]) }));
      expect(config?.Properties, job).toMatchObject({
        Qualifier: '$LATEST',
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 3600,
        DestinationConfig: { OnFailure: { Destination: queueArn } },
      });
    }
  });
});
