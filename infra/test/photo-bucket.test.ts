import { rmSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_GROUPS } from '../../functions/src/api/groups.js';
import { addClearCampusStacks, createApp } from '../lib/stacks.js';
import { allStatements, asList, grantees, logicalId, synthesize } from './support.js';

const synth = synthesize({ bundle: false });
afterAll(() => synth.cleanup());
const { data, api: apiStack } = synth.stacks;
const photoBucketId = logicalId(data, data.photos.bucket);
const photoBucket = () => synth.templates.data.toJSON().Resources[photoBucketId];
const ARN_IMPORT = { 'Fn::ImportValue': 'clearcampus-test-data-PhotoBucketArn' };

/** Every statement of every stack with an S3 action, and who receives it. */
function s3Statements() {
  return Object.entries(synth.templates).flatMap(([stack, template]) =>
    allStatements(template)
      .filter(({ statement }) => asList(statement.Action).some((action) => action.toLowerCase().startsWith('s3:') || action === '*'))
      .map(({ resource, statement }) => ({ stack, to: grantees(template, resource), statement: statement as typeof statement & { Condition?: unknown } })),
  );
}

/** Whether a statement's resources name the photo bucket (in its own stack, or imported). */
const onPhotoBucket = (resource: unknown) => {
  const text = JSON.stringify(resource);
  return text.includes(JSON.stringify(ARN_IMPORT)) || text.includes(`"${photoBucketId}"`);
};

describe('the photo bucket', () => {
  it('is private: every public access blocked, objects owned by the bucket owner (no ACLs)', () => {
    expect(photoBucket().Properties).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
  });

  it('is encrypted at rest and refuses every request not over TLS', () => {
    expect(photoBucket().Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    const policy = Object.values(synth.templates.data.findResources('AWS::S3::BucketPolicy')).find((p) => p.Properties.Bucket.Ref === photoBucketId)!;
    expect(policy.Properties.PolicyDocument.Statement).toEqual([
      {
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        Effect: 'Deny',
        Principal: { AWS: '*' },
        Resource: [{ 'Fn::GetAtt': [photoBucketId, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [photoBucketId, 'Arn'] }, '/*']] }],
      },
    ]);
  });

  it('keeps no versions, aborts multipart uploads left open after a day, logs access, and is retained', () => {
    const bucket = photoBucket();
    expect(bucket.Properties.VersioningConfiguration).toBeUndefined();
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
      { Id: 'AbortIncompleteMultipartUploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 } },
    ]);
    expect(bucket.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logicalId(data, data.photos.logBucket) }, LogFilePrefix: 's3/' });
    expect(bucket).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });

  it('lets pages of the site only PUT and GET with Content-Type (CloudFront names until a domain is set)', () => {
    expect(photoBucket().Properties.CorsConfiguration).toEqual({
      CorsRules: [{ AllowedMethods: ['PUT', 'GET'], AllowedOrigins: ['https://*.cloudfront.net'], AllowedHeaders: ['Content-Type'], MaxAge: 3600 }],
    });
  });

  it('is reached by the learning function alone: put, get, delete under activities/, and a list of that prefix', () => {
    const learningRole = logicalId(apiStack, apiStack.functions.learning.role!);
    const reaching = s3Statements().filter(({ statement }) => statement.Effect === 'Allow' && onPhotoBucket(statement.Resource));
    expect(reaching.map(({ stack, to }) => [stack, to])).toEqual([
      ['api', [learningRole]],
      ['api', [learningRole]],
    ]);
    expect(reaching.map(({ statement }) => statement)).toEqual([
      {
        Sid: 'PhotoObjects',
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'],
        Resource: { 'Fn::Join': ['', [ARN_IMPORT, '/activities/*']] },
      },
      {
        Sid: 'PhotoListForNotFound',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: ARN_IMPORT,
        Condition: { StringLike: { 's3:prefix': ['activities/*'] } },
      },
    ]);
  });

  it('gives no other function any S3 action, and no function a wildcard S3 action', () => {
    const learningRole = logicalId(apiStack, apiStack.functions.learning.role!);
    const functionRoles = new Set(
      [...ALL_GROUPS.map((g) => apiStack.functions[g]), ...Object.values(apiStack.jobs)].map((fn) => logicalId(apiStack, fn.role!)),
    );
    for (const { stack, to, statement } of s3Statements()) {
      if (stack !== 'api' || statement.Effect !== 'Allow') continue;
      for (const role of to.filter((r) => functionRoles.has(r))) expect(role, JSON.stringify(statement)).toBe(learningRole);
      for (const action of asList(statement.Action)) expect(action, JSON.stringify(statement)).not.toMatch(/\*/);
    }
  });

  it('is named to the learning function by the same export its grants import', () => {
    const outputs = synth.templates.data.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: string } }>;
    const exported = Object.fromEntries(Object.values(outputs).flatMap((o) => (o.Export ? [[o.Export.Name, o.Value]] : [])));
    expect(exported['clearcampus-test-data-PhotoBucketName']).toEqual({ Ref: photoBucketId });
    expect(exported['clearcampus-test-data-PhotoBucketArn']).toEqual({ 'Fn::GetAtt': [photoBucketId, 'Arn'] });
    const fns = synth.templates.api.findResources('AWS::Lambda::Function');
    for (const group of ALL_GROUPS) {
      const env = fns[logicalId(apiStack, apiStack.functions[group])]!.Properties.Environment.Variables;
      expect(env.BLOB_BUCKET, group).toEqual(group === 'learning' ? { 'Fn::ImportValue': 'clearcampus-test-data-PhotoBucketName' } : undefined);
    }
    for (const job of Object.values(apiStack.jobs)) expect(fns[logicalId(apiStack, job)]!.Properties.Environment.Variables.BLOB_BUCKET).toBeUndefined();
  });
});

describe('the photo bucket with a domain, and in the China partition', () => {
  const build = (context: Record<string, string>) => {
    const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
    const stacks = addClearCampusStacks(app, { stage: 'test' });
    const templates = { data: Template.fromStack(stacks.data), api: Template.fromStack(stacks.api) };
    rmSync(app.outdir, { recursive: true, force: true });
    return { stacks, templates };
  };
  const corsOf = (template: Template, stack: Parameters<typeof logicalId>[0], bucket: Parameters<typeof logicalId>[1]) =>
    template.toJSON().Resources[logicalId(stack, bucket)].Properties.CorsConfiguration.CorsRules;

  it('allows only the site’s own origin once it has a domain', () => {
    const { stacks, templates } = build({
      domainName: 'edu.example.com',
      certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f4b2c1e-1111-4a2b-9c3d-abcdefabcdef',
    });
    expect(corsOf(templates.data, stacks.data, stacks.data.photos.bucket)[0].AllowedOrigins).toEqual(['https://edu.example.com']);
  });

  it('synthesizes for aws-cn with the same private bucket, its filed domain as the origin, and the same grants', () => {
    const { stacks, templates } = build({ partition: 'aws-cn', domainName: 'edu.example.cn', iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE' });
    const bucket = templates.data.toJSON().Resources[logicalId(stacks.data, stacks.data.photos.bucket)];
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(corsOf(templates.data, stacks.data, stacks.data.photos.bucket)[0].AllowedOrigins).toEqual(['https://edu.example.cn']);
    // No partition written into an ARN: the grants use the bucket's own (exported) ARN.
    const learningRole = logicalId(stacks.api, stacks.api.functions.learning.role!);
    const photo = allStatements(templates.api).filter(({ statement }) => JSON.stringify(statement.Resource).includes('PhotoBucketArn'));
    expect(photo.map(({ resource }) => grantees(templates.api, resource))).toEqual([[learningRole], [learningRole]]);
    expect(JSON.stringify(templates.api.toJSON())).not.toContain('arn:aws:s3');
  });
});
