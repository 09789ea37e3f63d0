import { rmSync } from 'node:fs';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, describe, expect, it } from 'vitest';
import { PARTITIONS, UNAVAILABLE_RESOURCE_TYPES, type PartitionFeatures } from '../lib/partition.js';
import { addClearCampusStacks, createApp } from '../lib/stacks.js';
import { rendered } from './support.js';

const ACCOUNT = '123456789012';
const CERTIFICATE = `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/0f4b2c1e-1111-4a2b-9c3d-abcdefabcdef`;
const WEB_ACL = `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/clearcampus-prod/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111`;
const CHINA = { partition: 'aws-cn', domainName: 'edu.example.cn', iamCertificateId: 'ASCACKCEVSQ6C2EXAMPLE' };

const outdirs: string[] = [];
afterAll(() => outdirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The app as bin/app.ts builds it for the given context (functions not bundled). */
function synth(context: Record<string, unknown> = {}) {
  const app = createApp({ context: { 'aws:cdk:bundling-stacks': [], ...context } });
  const stacks = addClearCampusStacks(app, { stage: 'test' });
  outdirs.push(app.outdir);
  const all: Stack[] = [stacks.data, stacks.api, stacks.web, ...(stacks.waf ? [stacks.waf] : [])];
  const templates = all.map((stack) => Template.fromStack(stack));
  const types = new Set(templates.flatMap((t) => Object.values(t.toJSON().Resources as Record<string, { Type: string }>).map((r) => r.Type)));
  const web = Template.fromStack(stacks.web);
  const distribution = Object.values(web.findResources('AWS::CloudFront::Distribution'))[0]!.Properties.DistributionConfig;
  return { stacks, types, web, distribution };
}

const missing = (partition: PartitionFeatures) =>
  (Object.entries(UNAVAILABLE_RESOURCE_TYPES) as [keyof PartitionFeatures, string[]][])
    .filter(([feature]) => !partition[feature])
    .flatMap(([, types]) => types);

describe('the aws partition (default)', () => {
  const { types, stacks, distribution } = synth();

  it('synthesizes the full set: every partition-dependent feature is used', () => {
    const unused = Object.entries(UNAVAILABLE_RESOURCE_TYPES).filter(([, featureTypes]) => !featureTypes.some((type) => types.has(type)));
    expect(unused.map(([feature]) => feature)).toEqual([]);
    // The cache policies in use are managed ones (ids, not resources).
    expect(distribution.DefaultCacheBehavior.CachePolicyId).toEqual(expect.any(String));
  });

  it('puts the CLOUDFRONT-scope web ACL in its own stack, pinned to us-east-1', () => {
    expect(stacks.waf!.region).toBe('us-east-1');
    expect(stacks.waf!.stackName).toBe('clearcampus-test-waf');
    for (const stack of [stacks.data, stacks.api, stacks.web]) expect(stack.region).toMatch(/^\$\{Token/);
  });
});

describe('the web ACL', () => {
  const { stacks } = synth();
  const waf = Template.fromStack(stacks.waf!);
  const acl = Object.values(waf.findResources('AWS::WAFv2::WebACL'))[0]!.Properties;
  const rule = (name: string) => acl.Rules.find((r: { Name: string }) => r.Name === name);

  it('rate-limits each address on /api/auth/* and blocks above the limit', () => {
    expect(acl).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
    expect(rule('AuthRateLimit')).toMatchObject({
      Priority: 0,
      Action: { Block: {} },
      Statement: {
        RateBasedStatement: {
          Limit: 3000,
          EvaluationWindowSec: 300,
          AggregateKeyType: 'IP',
          ScopeDownStatement: { ByteMatchStatement: { FieldToMatch: { UriPath: {} }, PositionalConstraint: 'STARTS_WITH', SearchString: '/api/auth/' } },
        },
      },
    });
  });

  it('blocks known bad inputs and counts the common rule set until its matches are reviewed', () => {
    expect(rule('AWSManagedRulesKnownBadInputsRuleSet')).toMatchObject({ OverrideAction: { None: {} } });
    expect(rule('AWSManagedRulesCommonRuleSet')).toMatchObject({ OverrideAction: { Count: {} } });
    const blocking = synth({ wafManagedRules: 'block', wafAuthRateLimit: '500' });
    const strict = Object.values(Template.fromStack(blocking.stacks.waf!).findResources('AWS::WAFv2::WebACL'))[0]!.Properties;
    expect(strict.Rules.find((r: { Name: string }) => r.Name === 'AWSManagedRulesCommonRuleSet').OverrideAction).toEqual({ None: {} });
    expect(strict.Rules[0].Statement.RateBasedStatement.Limit).toBe(500);
  });

  it('outputs its ARN for the web stack', () => {
    expect(waf.toJSON().Outputs.WebAclArn.Value).toEqual({ 'Fn::GetAtt': [Object.keys(waf.findResources('AWS::WAFv2::WebACL'))[0], 'Arn'] });
  });

  it('is attached to the distribution when its ARN is given, with a warning when it is not', () => {
    const attached = synth({ webAclArn: WEB_ACL });
    expect(attached.distribution.WebACLId).toBe(WEB_ACL);
    Annotations.fromStack(attached.stacks.web).hasNoWarning('*', Match.stringLikeRegexp('webAclArn'));
    const notYet = synth();
    expect(notYet.distribution.WebACLId).toBeUndefined();
    Annotations.fromStack(notYet.stacks.web).hasWarning('*', Match.stringLikeRegexp('webAclArn'));
  });

  it('is left out entirely with -c waf=false', () => {
    const off = synth({ waf: 'false' });
    expect(off.stacks.waf).toBeUndefined();
    expect(off.types.has('AWS::WAFv2::WebACL')).toBe(false);
    expect(off.distribution.WebACLId).toBeUndefined();
    expect(() => synth({ waf: 'false', webAclArn: WEB_ACL })).toThrow(/waf is false/);
  });
});

describe('custom domain and TLS (aws)', () => {
  it('serves the domain with the ACM certificate, SNI and at least TLS 1.2 (2021 policy)', () => {
    const { distribution, web } = synth({ domainName: 'edu.example.com', certificateArn: CERTIFICATE });
    expect(distribution.Aliases).toEqual(['edu.example.com']);
    expect(distribution.ViewerCertificate).toEqual({ AcmCertificateArn: CERTIFICATE, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' });
    expect(web.toJSON().Outputs.Url.Value).toBe('https://edu.example.com');
  });

  it('refuses an incomplete or misplaced configuration', () => {
    expect(() => synth({ domainName: 'edu.example.com' })).toThrow(/go together/);
    expect(() => synth({ certificateArn: CERTIFICATE })).toThrow(/go together/);
    expect(() => synth({ domainName: 'edu.example.com', certificateArn: CERTIFICATE.replace('us-east-1', 'cn-northwest-1') })).toThrow(/us-east-1/);
    expect(() => synth({ domainName: 'not a domain', certificateArn: CERTIFICATE })).toThrow(/host name/);
    expect(() => synth({ domainName: 'edu.example.com', iamCertificateId: CHINA.iamCertificateId })).toThrow(/aws-cn/);
  });
});

describe('the aws-cn partition (Ningxia / Beijing)', () => {
  const china = synth(CHINA);
  const d = china.distribution;

  it('synthesizes none of the resource types the China regions lack', () => {
    const absent = missing(PARTITIONS['aws-cn']);
    expect(absent).toEqual(
      expect.arrayContaining(['AWS::WAFv2::WebACL', 'AWS::CloudFront::Function', 'AWS::CloudFront::OriginAccessControl', 'AWS::CloudFront::CachePolicy']),
    );
    expect(absent.filter((type) => china.types.has(type))).toEqual([]);
    expect(china.stacks.waf).toBeUndefined();
  });

  it('sets no policy ids, function associations or web ACL on the distribution', () => {
    const behaviours = [d.DefaultCacheBehavior, ...d.CacheBehaviors];
    for (const b of behaviours) {
      for (const key of ['CachePolicyId', 'OriginRequestPolicyId', 'ResponseHeadersPolicyId', 'FunctionAssociations', 'LambdaFunctionAssociations'])
        expect(b[key], `${b.PathPattern ?? 'default'} ${key}`).toBeUndefined();
      expect(b.ForwardedValues).toBeDefined();
    }
    expect(d.WebACLId).toBeUndefined();
  });

  it('serves the ICP-filed alias with the IAM server certificate, TLS 1.2 (2021), HTTP/2, IPv4', () => {
    expect(d.Aliases).toEqual(['edu.example.cn']);
    expect(d.ViewerCertificate).toEqual({ IamCertificateId: CHINA.iamCertificateId, SslSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' });
    expect(d.HttpVersion).toBe('http2');
    expect(d.IPV6Enabled).toBe(false);
    expect(china.web.toJSON().Outputs.Url.Value).toBe('https://edu.example.cn');
  });

  it('reads the bucket through an origin access identity', () => {
    china.web.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 1);
    const s3 = d.Origins.find((o: any) => o.S3OriginConfig);
    expect(s3.S3OriginConfig.OriginAccessIdentity['Fn::Join'][1][0]).toBe('origin-access-identity/cloudfront/');
  });

  it('forwards the origin secret and the viewer address to the API, uncached, with Host left alone', () => {
    const api = d.CacheBehaviors.find((b: any) => b.PathPattern === '/api/*');
    const origin = d.Origins.find((o: any) => o.Id === api.TargetOriginId);
    expect(origin.OriginCustomHeaders[0].HeaderName).toBe('x-origin-verify');
    expect(JSON.stringify(origin.OriginCustomHeaders[0].HeaderValue)).toContain('{{resolve:secretsmanager:');
    expect(api.ForwardedValues).toMatchObject({ QueryString: true, Cookies: { Forward: 'all' } });
    expect(api.ForwardedValues.Headers).toContain('CloudFront-Viewer-Address');
    expect(api.ForwardedValues.Headers.map((h: string) => h.toLowerCase())).not.toContain('host');
    expect([api.MinTTL, api.DefaultTTL, api.MaxTTL]).toEqual([0, 0, 0]);
  });

  it('serves files from S3 and client-side routes from the index.html function, with the document’s security headers', () => {
    const files = d.CacheBehaviors.find((b: any) => b.PathPattern === '*.*');
    expect(d.Origins.find((o: any) => o.Id === files.TargetOriginId).S3OriginConfig).toBeDefined();
    const index = d.Origins.find((o: any) => o.Id === d.DefaultCacheBehavior.TargetOriginId);
    expect(index.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
    // No distribution-wide error responses: they would replace the API's 403/404 JSON.
    expect(d.CustomErrorResponses).toBeUndefined();
    const fn = Object.values(china.web.findResources('AWS::Lambda::Function')).find((f) => String(f.Properties.Description).includes('index.html'))!;
    const headers = JSON.parse(rendered(fn.Properties.Environment.Variables.HEADERS));
    expect(Object.keys(headers).sort()).toEqual([
      'content-security-policy',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
    ]);
    expect(headers['content-security-policy']).toContain("img-src 'self' data: https://<bucket>.s3.<region>.<suffix>;");
  });

  it('keeps the access logs', () => {
    expect(d.Logging).toMatchObject({ Prefix: 'cloudfront/' });
  });

  it('refuses to build without an ICP-filed alias and an IAM certificate, with an ACM certificate, or with WAF', () => {
    expect(() => synth({ partition: 'aws-cn' })).toThrow(/domainName.*iamCertificateId/);
    expect(() => synth({ ...CHINA, certificateArn: CERTIFICATE })).toThrow(/ACM/);
    expect(() => synth({ ...CHINA, waf: 'true' })).toThrow(/regional only/);
    expect(() => synth({ partition: 'aws-us-gov' })).toThrow(/aws or aws-cn/);
  });
});
