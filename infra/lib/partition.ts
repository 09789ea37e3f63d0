import type { IConstruct } from 'constructs';

/**
 * What the stacks may use in each AWS partition. `--context partition=aws-cn` builds for the China
 * regions (cn-northwest-1 Ningxia, operated by NWCD; cn-north-1 Beijing, operated by Sinnet), where
 * CloudFront and WAF differ from the global service. The web stack reads these flags and falls back
 * where a feature is absent; the infra tests assert that an aws-cn synth contains none of the
 * resource types listed in UNAVAILABLE_RESOURCE_TYPES for a missing feature.
 *
 * Sources (read 2026):
 * [cf-cn]   "Amazon CloudFront in Amazon Web Services in China", https://docs.amazonaws.cn/en_us/aws/latest/userguide/cloudfront.html
 *           — the *.cloudfront.cn name cannot serve content: an ICP-filed CNAME is required; ACM is not
 *           supported, certificates are uploaded to the IAM certificate store.
 * [waf-cn]  "Amazon WAF", https://docs.amazonaws.cn/en_us/aws/latest/userguide/waf.html
 *           — "Amazon WAF is supported at a regional level only in the Beijing and Ningxia Regions"
 *           (no CLOUDFRONT-scope web ACLs); no Shield, no Firewall Manager.
 * [blog-cn] AWS China Regions CloudFront guides (aws-samples, 2024-2025): "Amazon CloudFront in the
 *           China Regions does not currently support Lambda@Edge, Amazon WAF, and other features".
 * [sample]  aws-samples/deploy-cloudfront-in-china-with-cdk, TypeScript/lib/cloudfront-in-china-stack.ts
 *           — the AWS sample builds the China distribution from the L1 resource with an origin access
 *           identity, legacy ForwardedValues, HTTP/2, IPv6 off and an IAM certificate (TLSv1.2_2021).
 * [oac-cn]  awslabs/aws-solutions-constructs#1050 (2024-01): "Template format error: Unrecognized
 *           resource types: [AWS::CloudFront::OriginAccessControl]" in a China region; aws-cdk-lib's
 *           S3BucketOrigin.withOriginAccessIdentity doc names China as the reason to use OAI.
 * [cp-cn]   aws/aws-cdk#13584 and #31033 (2024-08, open): "The parameter CachePolicyId can't be set
 *           for this region"; awslabs/aws-saas-boost#387: managed cache and origin request policies
 *           are not supported in the China regions, use ForwardedValues.
 * [sch-cn]  EventBridge Scheduler has China documentation and endpoints
 *           (https://docs.amazonaws.cn/scheduler/latest/APIReference/Welcome.html; the EventBridge
 *           dual-stack page lists scheduler.<region>.api.amazonwebservices.com.cn).
 *
 * Not confirmed either way, so treated as absent (a deploy that fails on an unknown resource type
 * is worse than a fallback): CloudFront Functions and response headers policies, both of which
 * [cf-cn] does not list and which belong to the same generation as the unsupported policies above.
 * Before a first China deploy, check each type the aws partition uses with
 * `aws cloudformation describe-type --type RESOURCE --type-name <type> --region cn-northwest-1`
 * (docs/OPERATIONS.md) and correct this table if the answer has changed.
 */
export interface PartitionFeatures {
  readonly name: PartitionName;
  /** ACM certificates on CloudFront [cf-cn]; else an IAM server certificate. */
  readonly acmViewerCertificates: boolean;
  /** The distribution's own domain name may serve content [cf-cn]; else a (filed) alias is required. */
  readonly defaultDomainServesContent: boolean;
  /** CLOUDFRONT-scope WAFv2 web ACLs [waf-cn]. */
  readonly cloudFrontWaf: boolean;
  /** CloudFront Functions (see "not confirmed" above). */
  readonly cloudFrontFunctions: boolean;
  /** Origin access control for S3 origins [oac-cn]; else an origin access identity. */
  readonly originAccessControl: boolean;
  /** Cache and origin request policies [cp-cn]; else legacy ForwardedValues per behaviour. */
  readonly cachePolicies: boolean;
  /** Response headers policies (see "not confirmed" above). */
  readonly responseHeadersPolicies: boolean;
  /** HTTP/3 and IPv6 on the distribution; the AWS China sample turns both off [sample]. */
  readonly http3AndIpv6: boolean;
  /** EventBridge Scheduler (time-zone cron for the jobs) [sch-cn]. */
  readonly eventBridgeScheduler: boolean;
}

export type PartitionName = 'aws' | 'aws-cn';

export const PARTITIONS: Record<PartitionName, PartitionFeatures> = {
  aws: {
    name: 'aws',
    acmViewerCertificates: true,
    defaultDomainServesContent: true,
    cloudFrontWaf: true,
    cloudFrontFunctions: true,
    originAccessControl: true,
    cachePolicies: true,
    responseHeadersPolicies: true,
    http3AndIpv6: true,
    eventBridgeScheduler: true,
  },
  'aws-cn': {
    name: 'aws-cn',
    acmViewerCertificates: false,
    defaultDomainServesContent: false,
    cloudFrontWaf: false,
    cloudFrontFunctions: false,
    originAccessControl: false,
    cachePolicies: false,
    responseHeadersPolicies: false,
    http3AndIpv6: false,
    eventBridgeScheduler: true,
  },
};

/** CloudFormation resource types that exist only with a feature: none may appear where it is absent. */
export const UNAVAILABLE_RESOURCE_TYPES: Partial<Record<keyof PartitionFeatures, readonly string[]>> = {
  cloudFrontWaf: ['AWS::WAFv2::WebACL'],
  cloudFrontFunctions: ['AWS::CloudFront::Function'],
  originAccessControl: ['AWS::CloudFront::OriginAccessControl'],
  cachePolicies: ['AWS::CloudFront::CachePolicy', 'AWS::CloudFront::OriginRequestPolicy'],
  responseHeadersPolicies: ['AWS::CloudFront::ResponseHeadersPolicy'],
  eventBridgeScheduler: ['AWS::Scheduler::Schedule'],
};

/** `partition` context: `aws` (default) or `aws-cn`. */
export function partitionOf(scope: IConstruct): PartitionFeatures {
  const raw: unknown = scope.node.tryGetContext('partition');
  const name = raw === undefined || raw === '' ? 'aws' : raw;
  if (name !== 'aws' && name !== 'aws-cn') throw new Error(`partition must be aws or aws-cn, got ${JSON.stringify(raw)}`);
  return PARTITIONS[name];
}
