import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, IMMUTABLE_ASSET_PATH_PATTERN, IMMUTABLE_MAX_AGE_SECONDS } from '../../functions/src/domain/operations/static-caching.js';
import { logicalId, rendered, synthesize } from './support.js';

// A stand-in for web/build, so the test does not depend on whether the SPA has been built.
const buildDir = mkdtempSync(join(tmpdir(), 'clearcampus-web-build-'));
writeFileSync(join(buildDir, 'index.html'), '<!doctype html><title>test</title>');
mkdirSync(join(buildDir, '_app', 'immutable'), { recursive: true });
writeFileSync(join(buildDir, '_app', 'immutable', 'start.abc123.js'), 'export {};');

const synth = synthesize({ bundle: false, webBuildDir: buildDir });
const withoutBuild = synthesize({ bundle: false, webBuildDir: join(buildDir, 'missing') });
afterAll(() => {
  synth.cleanup();
  withoutBuild.cleanup();
  rmSync(buildDir, { recursive: true, force: true });
});

const { web: webStack, api: apiStack } = synth.stacks;
const web = synth.templates.web;
const resources = web.toJSON().Resources as Record<string, { Type: string; Properties: any }>;
const distribution = Object.values(web.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
const bucketId = logicalId(webStack, webStack.bucket);

describe('web stack: the private bucket', () => {
  it('blocks all public access and is encrypted', () => {
    web.resourceCountIs('AWS::S3::Bucket', 2);
    expect(resources[bucketId]!.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    });
    const bucket = resources[bucketId]!;
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();
  });

  it('denies requests without TLS and lets only this distribution read objects', () => {
    const policy = Object.values(web.findResources('AWS::S3::BucketPolicy')).find((p) => p.Properties.Bucket.Ref === bucketId)!.Properties.PolicyDocument;
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({
        Effect: 'Deny',
        Action: 's3:*',
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    );
    const distributionId = logicalId(webStack, webStack.distribution);
    const allows = policy.Statement.filter((s: { Effect: string }) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Action: 's3:GetObject',
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Condition: { StringEquals: { 'AWS:SourceArn': { 'Fn::Join': ['', expect.arrayContaining([{ Ref: distributionId }])] } } },
    });
  });
});

describe('web stack: CloudFront', () => {
  const s3Origin = distribution.Origins.find((o: any) => o.S3OriginConfig);
  const apiOrigin = distribution.Origins.find((o: any) => o.CustomOriginConfig);

  it('reads the bucket through Origin Access Control (not OAI, not a website endpoint)', () => {
    web.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    web.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const oacId = Object.keys(web.findResources('AWS::CloudFront::OriginAccessControl'))[0]!;
    expect(s3Origin).toMatchObject({
      DomainName: { 'Fn::GetAtt': [bucketId, 'RegionalDomainName'] },
      OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] },
      S3OriginConfig: { OriginAccessIdentity: '' },
    });
    web.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    expect(distribution.DefaultCacheBehavior.TargetOriginId).toBe(s3Origin.Id);
  });

  it('serves index.html at the root, over HTTPS only', () => {
    expect(distribution.DefaultRootObject).toBe('index.html');
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
  });

  it('routes /api/* to the HTTP API, uncached, all methods, the headers the API reads and the viewer address', () => {
    const behaviour = distribution.CacheBehaviors.find((b: any) => b.PathPattern === '/api/*');
    expect(behaviour).toMatchObject({
      PathPattern: '/api/*',
      TargetOriginId: apiOrigin.Id,
      ViewerProtocolPolicy: 'redirect-to-https',
      CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
    });
    const [policyId, policy] = Object.entries(web.findResources('AWS::CloudFront::OriginRequestPolicy'))[0]!;
    expect(behaviour.OriginRequestPolicyId).toEqual({ Ref: policyId });
    const config = policy.Properties.OriginRequestPolicyConfig;
    expect(config.CookiesConfig.CookieBehavior).toBe('all');
    expect(config.QueryStringsConfig.QueryStringBehavior).toBe('all');
    expect(config.HeadersConfig.HeaderBehavior).toBe('whitelist');
    expect(config.HeadersConfig.Headers).toEqual(expect.arrayContaining(['CloudFront-Viewer-Address', 'X-Requested-With', 'Content-Type']));
    // Host must stay the API's own name, or API Gateway cannot route the request.
    expect(config.HeadersConfig.Headers.map((h: string) => h.toLowerCase())).not.toContain('host');
    expect([...behaviour.AllowedMethods].sort()).toEqual(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'PATCH', 'POST', 'PUT']);
    expect(behaviour.FunctionAssociations).toBeUndefined();
    expect(apiOrigin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    expect(apiOrigin.DomainName).toEqual({
      'Fn::Join': ['', [webStack.resolve(apiStack.api.apiId), '.execute-api.', { Ref: 'AWS::Region' }, '.', { Ref: 'AWS::URLSuffix' }]],
    });
  });

  describe('SPA fallback', () => {
    it('uses no distribution-wide error responses, which would turn API 403/404 JSON into index.html', () => {
      expect(distribution.CustomErrorResponses).toBeUndefined();
    });

    it('rewrites client-side routes on the default behaviour with a viewer-request function', () => {
      const functionId = Object.keys(web.findResources('AWS::CloudFront::Function'))[0]!;
      expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([
        { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [functionId, 'FunctionARN'] } },
      ]);
      expect(resources[functionId]!.Properties).toMatchObject({ AutoPublish: true, FunctionConfig: { Runtime: 'cloudfront-js-2.0' } });
    });

    it('sends extension-less paths to /index.html and leaves files alone', () => {
      const code = Object.values(web.findResources('AWS::CloudFront::Function'))[0]!.Properties.FunctionCode as string;
      const rewrite = (uri: string): string => {
        const context: { result?: { uri: string } } = {};
        runInNewContext(`${code}\nresult = handler({ request: { uri: ${JSON.stringify(uri)}, headers: {} } });`, context);
        return context.result!.uri;
      };
      expect(rewrite('/')).toBe('/index.html');
      expect(rewrite('/teacher/classes/cls_1')).toBe('/index.html');
      expect(rewrite('/login/')).toBe('/index.html');
      expect(rewrite('/index.html')).toBe('/index.html');
      expect(rewrite('/_app/immutable/start.abc123.js')).toBe('/_app/immutable/start.abc123.js');
      expect(rewrite('/favicon.png')).toBe('/favicon.png');
    });
  });

  it('adds the security headers to the SPA and the API', () => {
    const policies = Object.entries(web.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const behaviours = [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors];
    expect(policies).toHaveLength(behaviours.length);
    for (const behaviour of behaviours) expect(policies.map(([id]) => ({ Ref: id }))).toContainEqual(behaviour.ResponseHeadersPolicyId);
    for (const [, policy] of policies)
      expect(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig).toEqual({
        StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true, Override: true },
        ContentTypeOptions: { Override: true },
        FrameOptions: { FrameOption: 'DENY', Override: true },
        ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
        ContentSecurityPolicy: { ContentSecurityPolicy: expect.anything(), Override: true },
      });
  });

  it('lets the pages reach the photo bucket by presigned URL, and no other origin', () => {
    const photos = 'https://<bucket>.s3.<region>.<suffix>';
    for (const [, policy] of Object.entries(web.findResources('AWS::CloudFront::ResponseHeadersPolicy')))
      expect(rendered(policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy)).toBe(
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; " +
          `img-src 'self' data: ${photos}; connect-src 'self' ${photos}; ` +
          "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
      );
  });
});

describe('web stack: caching and compression, by the rule the local server applies too', () => {
  const policyConfig = (type: string, ref: { Ref: string }) => resources[ref.Ref]!.Properties[`${type}Config`];
  const cacheControlOf = (behaviour: any) =>
    policyConfig('ResponseHeadersPolicy', behaviour.ResponseHeadersPolicyId).CustomHeadersConfig?.Items.find((h: any) => h.Header === 'Cache-Control');
  const immutable = () => distribution.CacheBehaviors.find((b: any) => b.PathPattern === IMMUTABLE_ASSET_PATH_PATTERN);

  it('serves the hashed assets from the bucket on a behaviour of their own, without the SPA rewrite', () => {
    expect(IMMUTABLE_ASSET_PATH_PATTERN).toBe('/_app/immutable/*');
    expect(immutable()).toMatchObject({
      TargetOriginId: distribution.DefaultCacheBehavior.TargetOriginId,
      ViewerProtocolPolicy: 'redirect-to-https',
      Compress: true,
    });
    expect(immutable().FunctionAssociations).toBeUndefined();
    expect(distribution.Origins).toHaveLength(2);
  });

  it('tells browsers to keep hashed assets a year and to revalidate everything else, overriding the object metadata', () => {
    expect(cacheControlOf(immutable())).toEqual({ Header: 'Cache-Control', Value: CACHE_CONTROL.immutable, Override: true });
    expect(cacheControlOf(distribution.DefaultCacheBehavior)).toEqual({ Header: 'Cache-Control', Value: CACHE_CONTROL.revalidate, Override: true });
    // The API decides its own caching.
    expect(cacheControlOf(distribution.CacheBehaviors.find((b: any) => b.PathPattern === '/api/*'))).toBeUndefined();
  });

  it('compresses with Brotli and gzip, caching each encoding apart, and keeps hashed assets at the edge for the same year', () => {
    for (const behaviour of [distribution.DefaultCacheBehavior, ...distribution.CacheBehaviors]) expect(behaviour.Compress).toBe(true);
    expect(distribution.DefaultCacheBehavior.CachePolicyId).toBe('658327ea-f89d-4fab-a63d-7e88639e58f6'); // Managed-CachingOptimized: br + gzip
    const config = policyConfig('CachePolicy', immutable().CachePolicyId);
    expect(config).toMatchObject({ DefaultTTL: IMMUTABLE_MAX_AGE_SECONDS, MaxTTL: IMMUTABLE_MAX_AGE_SECONDS });
    expect(config.ParametersInCacheKeyAndForwardedToOrigin).toMatchObject({
      EnableAcceptEncodingBrotli: true,
      EnableAcceptEncodingGzip: true,
      HeadersConfig: { HeaderBehavior: 'none' },
      CookiesConfig: { CookieBehavior: 'none' },
      QueryStringsConfig: { QueryStringBehavior: 'none' },
    });
  });

  it('stores the same Cache-Control on the objects, for the China distribution and any other reader of the bucket', () => {
    const deployments = Object.values(web.findResources('Custom::CDKBucketDeployment')).map((d) => d.Properties);
    expect(deployments.find((d) => d.Prune === false)).toMatchObject({
      Include: [IMMUTABLE_ASSET_PATH_PATTERN.slice(1)],
      SystemMetadata: { 'cache-control': CACHE_CONTROL.immutable },
    });
    expect(deployments.find((d) => d.Prune === true)).toMatchObject({ SystemMetadata: { 'cache-control': CACHE_CONTROL.revalidate } });
  });
});

describe('web stack: deploying the SPA', () => {
  const deployments = () => Object.values(web.findResources('Custom::CDKBucketDeployment')).map((d) => d.Properties);

  it('uploads hashed assets (cached for a year, never pruned) before the rest (revalidated, then invalidated)', () => {
    const all = deployments();
    expect(all).toHaveLength(2);
    const immutable = all.find((d) => d.Prune === false)!;
    const site = all.find((d) => d.Prune === true)!;
    expect(immutable).toMatchObject({
      Exclude: ['*'],
      Include: ['_app/immutable/*'],
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
      DestinationBucketName: { Ref: bucketId },
    });
    expect(immutable.DistributionId).toBeUndefined();
    expect(site).toMatchObject({
      Exclude: ['_app/immutable/*'],
      SystemMetadata: { 'cache-control': 'no-cache' },
      DestinationBucketName: { Ref: bucketId },
      DistributionId: { Ref: logicalId(webStack, webStack.distribution) },
      DistributionPaths: ['/*'],
    });
    const [immutableId, siteId] = ['DeployImmutableAssets', 'DeploySite'].map(
      (id) => Object.entries(web.findResources('Custom::CDKBucketDeployment')).find(([key]) => key.startsWith(id))![0],
    );
    expect(web.toJSON().Resources[siteId!].DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${immutableId}`))]));
  });

  it('deploys a placeholder page, with a warning, when web/build is missing', () => {
    const template = withoutBuild.templates.web;
    const all = Object.values(template.findResources('Custom::CDKBucketDeployment')).map((d) => d.Properties);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ SystemMetadata: { 'cache-control': 'no-cache' }, DistributionPaths: ['/*'] });
    Annotations.fromStack(withoutBuild.stacks.web).hasWarning('*', Match.stringLikeRegexp('placeholder'));
    Annotations.fromStack(webStack).hasNoWarning('*', Match.stringLikeRegexp('placeholder'));
  });
});

describe('web stack: the origin guard and the viewer address', () => {
  it('sends the origin secret to the API origin only, as a deploy-time reference to the secret', () => {
    const apiOrigin = distribution.Origins.find((o: any) => o.CustomOriginConfig);
    const s3Origin = distribution.Origins.find((o: any) => o.S3OriginConfig);
    expect(apiOrigin.OriginCustomHeaders).toHaveLength(1);
    const [header] = apiOrigin.OriginCustomHeaders;
    expect(header.HeaderName).toBe('x-origin-verify');
    // {{resolve:secretsmanager:<arn>:SecretString:::}}: CloudFormation reads the secret at deploy time.
    const value = JSON.stringify(header.HeaderValue);
    expect(value).toContain('{{resolve:secretsmanager:');
    expect(value).toContain(':SecretString:::}}');
    expect(s3Origin.OriginCustomHeaders).toBeUndefined();
  });
});

describe('web stack: access logs', () => {
  const logBucketId = logicalId(webStack, webStack.logBucket);
  const logBucket = resources[logBucketId]!.Properties;

  it('keeps CloudFront standard logs and the site bucket’s S3 access logs in the log bucket', () => {
    expect(distribution.Logging).toEqual({ Bucket: { 'Fn::GetAtt': [logBucketId, 'RegionalDomainName'] }, Prefix: 'cloudfront/' });
    expect(resources[bucketId]!.Properties.LoggingConfiguration).toEqual({ DestinationBucketName: { Ref: logBucketId }, LogFilePrefix: 's3/' });
  });

  it('is private, encrypted, TLS-only, retained, and expires logs after the log retention (180 days by default)', () => {
    expect(logBucket).toMatchObject({
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      // CloudFront delivers standard logs with an object ACL.
      OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
      LifecycleConfiguration: { Rules: [{ ExpirationInDays: 180, Status: 'Enabled' }] },
    });
    expect(resources[logBucketId]!).toMatchObject({ DeletionPolicy: 'Retain' });
    const policy = Object.values(web.findResources('AWS::S3::BucketPolicy')).find((p) => p.Properties.Bucket.Ref === logBucketId)!;
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });
});

describe('web stack: outputs', () => {
  it('names the distribution, its domain (the CNAME target) and the buckets', () => {
    const outputs = web.toJSON().Outputs as Record<string, { Value: unknown }>;
    const distributionId = logicalId(webStack, webStack.distribution);
    expect(outputs.DistributionDomainName!.Value).toEqual({ 'Fn::GetAtt': [distributionId, 'DomainName'] });
    expect(outputs.DistributionId!.Value).toEqual({ Ref: distributionId });
    expect(outputs.Url!.Value).toEqual({ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] });
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['BucketName', 'LogBucketName']));
  });
});
