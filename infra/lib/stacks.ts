import { App, type AppProps, Tags } from 'aws-cdk-lib';
import { ApiStack } from './api-stack.js';
import { DataStack } from './data-stack.js';
import { edgeSettings } from './edge-settings.js';
import { partitionOf } from './partition.js';
import { WafStack } from './waf-stack.js';
import { WebStack } from './web-stack.js';

export interface ClearCampusOptions {
  /** Deployment stage, part of every stack name (e.g. dev, staging, prod). */
  stage: string;
  /** The built SPA; defaults to web/build. */
  webBuildDir?: string;
}

export interface ClearCampusStacks {
  data: DataStack;
  api: ApiStack;
  web: WebStack;
  /** The CLOUDFRONT-scope web ACL (us-east-1), unless `-c waf=false` or the partition has none. */
  waf?: WafStack;
}

/**
 * Feature flags that change what these stacks synthesize, set in code so that `cdk synth` and the
 * tests build the same templates (values given with -c or in cdk.json still take precedence).
 * Cross-stack references stay "strong" (CloudFormation exports): the data stack cannot drop the
 * table or secret ARN that the API stack still uses.
 */
export const APP_CONTEXT = {
  '@aws-cdk/core:defaultCrossStackReferences': 'strong',
  // S3 server access logs are delivered under a bucket policy, not the LogDeliveryWrite ACL.
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
} as const;

export function createApp(props: AppProps = {}): App {
  return new App({ ...props, context: { ...APP_CONTEXT, ...props.context } });
}

const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

/**
 * The stage comes from `-c stage=…`, else the STAGE environment variable, else "dev". Stacks stay
 * environment-agnostic: `cdk deploy` targets the account and region of the caller's AWS profile.
 */
export function stageOf(app: App): string {
  const fromContext: unknown = app.node.tryGetContext('stage');
  const stage = (typeof fromContext === 'string' && fromContext) || process.env.STAGE || 'dev';
  if (!STAGE_PATTERN.test(stage)) {
    throw new Error(`Invalid stage "${stage}": use lower-case letters, digits and '-', starting with a letter (max 20)`);
  }
  return stage;
}

/** Adds the three stacks of one stage. bin/app.ts and the tests both build the app through this. */
export function addClearCampusStacks(app: App, options: ClearCampusOptions): ClearCampusStacks {
  const { stage } = options;
  if (!STAGE_PATTERN.test(stage)) throw new Error(`Invalid stage "${stage}"`);
  const prefix = `clearcampus-${stage}`;

  const partition = partitionOf(app);
  const edge = edgeSettings(app, partition);
  const waf = edge.waf
    ? new WafStack(app, `${prefix}-waf`, {
        description: `ClearCampus (${stage}): CloudFront web ACL (must be in us-east-1)`,
        env: { region: 'us-east-1' },
        settings: edge,
      })
    : undefined;

  const data = new DataStack(app, `${prefix}-data`, {
    description: `ClearCampus (${stage}): DynamoDB table, photo bucket and secrets`,
    domainName: edge.domainName,
  });
  const api = new ApiStack(app, `${prefix}-api`, {
    description: `ClearCampus (${stage}): HTTP API and one Lambda per function group`,
    table: data.servingTable,
    secrets: data.secrets,
    photoBucket: data.photos.exports,
  });
  // The photo bucket is imported by export name (photo-bucket.ts), which CDK does not see as a reference.
  api.addStackDependency(data);
  const web = new WebStack(app, `${prefix}-web`, {
    description: `ClearCampus (${stage}): S3 + CloudFront for the SPA, /api/* to the HTTP API`,
    api: api.api,
    originSecret: data.originSecret,
    webBuildDir: options.webBuildDir,
    partition,
    edge,
    photoBucket: data.photos.exports,
  });
  web.addStackDependency(data);

  for (const stack of [data, api, web, ...(waf ? [waf] : [])]) {
    Tags.of(stack).add('project', 'clearcampus');
    Tags.of(stack).add('stage', stage);
  }
  return { data, api, web, waf };
}
