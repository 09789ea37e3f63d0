import { rmSync } from 'node:fs';
import type { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { addClearCampusStacks, createApp, type ClearCampusStacks } from '../lib/stacks.js';

export interface Synthesized {
  stacks: ClearCampusStacks;
  templates: { data: Template; api: Template; web: Template };
  outdir: string;
  /** Removes the cloud assembly written to a temporary directory. */
  cleanup(): void;
}

/**
 * Builds the app exactly as bin/app.ts does. `bundle: false` skips esbuild (the functions get a
 * placeholder asset) for tests that do not look at the code.
 */
export function synthesize(options: { bundle: boolean; webBuildDir?: string; stage?: string }): Synthesized {
  const app = createApp({ context: options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] } });
  const stacks = addClearCampusStacks(app, { stage: options.stage ?? 'test', webBuildDir: options.webBuildDir });
  const templates = {
    data: Template.fromStack(stacks.data),
    api: Template.fromStack(stacks.api),
    web: Template.fromStack(stacks.web),
  };
  return { stacks, templates, outdir: app.outdir, cleanup: () => rmSync(app.outdir, { recursive: true, force: true }) };
}

/** Logical ID of a construct's CloudFormation resource in its stack. */
export function logicalId(stack: Stack, construct: { node: { defaultChild?: unknown } }): string {
  const child = construct.node.defaultChild;
  if (!child) throw new Error('construct has no default child');
  return stack.getLogicalId(child as Parameters<Stack['getLogicalId']>[0]);
}

export interface Statement {
  Effect: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: unknown;
  NotResource?: unknown;
  Sid?: string;
}

/**
 * Every permission statement in a template: IAM policies, managed policies, inline role policies and
 * resource policies (bucket, queue, ...). Trust policies (AssumeRolePolicyDocument) are not collected.
 */
export function allStatements(template: Template): { resource: string; statement: Statement }[] {
  const out: { resource: string; statement: Statement }[] = [];
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, any> }>;
  for (const [id, resource] of Object.entries(resources)) {
    const props = resource.Properties ?? {};
    const documents: any[] = [];
    if (props.PolicyDocument) documents.push(props.PolicyDocument);
    for (const policy of props.Policies ?? []) if (policy.PolicyDocument) documents.push(policy.PolicyDocument);
    for (const document of documents) {
      const statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement];
      for (const statement of statements) out.push({ resource: id, statement });
    }
  }
  return out;
}

export function asList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Who receives the permissions of the statements collected from `resourceId` (see allStatements):
 * the roles (by logical id) an IAM policy or managed policy is attached to, or the role itself for its
 * inline policies. Users, groups and roles referred to other than by Ref are listed as JSON, and a
 * resource policy (bucket, queue, ...) as `<Type>:<id>`, so that no grant goes unaccounted for.
 */
export function grantees(template: Template, resourceId: string): string[] {
  const resources = template.toJSON().Resources as Record<string, { Type: string; Properties?: Record<string, any> }>;
  const resource = resources[resourceId];
  if (!resource) throw new Error(`no resource ${resourceId}`);
  const props = resource.Properties ?? {};
  const named = (value: unknown): string =>
    value && typeof value === 'object' && 'Ref' in value && typeof value.Ref === 'string' ? value.Ref : JSON.stringify(value);
  switch (resource.Type) {
    case 'AWS::IAM::Role':
      return [resourceId];
    case 'AWS::IAM::Policy':
    case 'AWS::IAM::ManagedPolicy': {
      const out = [
        ...asList(props.Roles).map(named),
        ...asList(props.Users).map((u) => `user:${named(u)}`),
        ...asList(props.Groups).map((g) => `group:${named(g)}`),
      ];
      if (resource.Type === 'AWS::IAM::ManagedPolicy') {
        for (const [id, other] of Object.entries(resources)) {
          const arns = asList(other.Properties?.ManagedPolicyArns);
          if (arns.some((arn: any) => arn?.Ref === resourceId)) out.push(other.Type === 'AWS::IAM::Role' ? id : `${other.Type}:${id}`);
        }
      }
      return [...new Set(out)].sort();
    }
    default:
      return [`${resource.Type}:${resourceId}`];
  }
}
/** A CloudFormation string as text, with the photo bucket's imported name, the region and the URL suffix as placeholders. */
export function rendered(value: unknown): string {
  if (typeof value === 'string') return value;
  const v = value as Record<string, any>;
  if (v['Fn::Join']) return (v['Fn::Join'][1] as unknown[]).map(rendered).join(v['Fn::Join'][0]);
  if (v['Fn::ImportValue']) return String(v['Fn::ImportValue']).endsWith('-PhotoBucketName') ? '<bucket>' : '<import>';
  if (v.Ref === 'AWS::Region') return '<region>';
  if (v.Ref === 'AWS::URLSuffix') return '<suffix>';
  throw new Error(`unexpected ${JSON.stringify(value)}`);
}
