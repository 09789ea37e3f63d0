import { Token } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import type { PartitionFeatures } from './partition.js';

/**
 * The edge's settings, from CDK context (`-c name=value`), checked against what the partition
 * allows. docs/OPERATIONS.md "Domains and TLS" explains each.
 */
export interface EdgeSettings {
  /** The site's own name (alias / CNAME); in aws-cn an ICP-filed name, required there. */
  readonly domainName?: string;
  /** aws: an ACM certificate in us-east-1 covering domainName. */
  readonly certificateArn?: string;
  /** aws-cn: the id (ASCA…) of an IAM server certificate uploaded with path /cloudfront/. */
  readonly iamCertificateId?: string;
  /** Whether the distribution is protected by a CLOUDFRONT-scope web ACL (aws only). */
  readonly waf: boolean;
  /** The web ACL to attach: the WebAclArn output of the WAF stack (deployed first, in us-east-1). */
  readonly webAclArn?: string;
  /** Requests per 5 minutes one address may send to /api/auth/* before WAF blocks it. */
  readonly authRateLimit: number;
  /** Whether the AWS managed common rule set blocks or only counts its matches. */
  readonly managedRules: 'count' | 'block';
}

/**
 * Per address and 5 minutes. A whole school often reaches the internet through one NAT address, and
 * a class of 50 signs in at the start of a lesson (several requests each): the default leaves room
 * for a large school while still stopping a password-guessing or flooding client. The API's own
 * sign-in guard (per username and per address) stays the finer control.
 */
export const DEFAULT_AUTH_RATE_LIMIT = 3_000;

const DOMAIN_PATTERN = /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/;

function text(scope: IConstruct, name: string): string | undefined {
  const raw: unknown = scope.node.tryGetContext(name);
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new Error(`${name} must be a string, got ${JSON.stringify(raw)}`);
  return raw;
}

function flag(scope: IConstruct, name: string, fallback: boolean): boolean {
  const raw: unknown = scope.node.tryGetContext(name);
  if (raw === undefined || raw === '') return fallback;
  if (raw === true || raw === 'true') return true;
  if (raw === false || raw === 'false') return false;
  throw new Error(`${name} must be true or false, got ${JSON.stringify(raw)}`);
}

export function edgeSettings(scope: IConstruct, partition: PartitionFeatures): EdgeSettings {
  const domainName = text(scope, 'domainName')?.toLowerCase();
  const certificateArn = text(scope, 'certificateArn');
  const iamCertificateId = text(scope, 'iamCertificateId');
  const webAclArn = text(scope, 'webAclArn');
  const waf = flag(scope, 'waf', partition.cloudFrontWaf);
  const rawLimit: unknown = scope.node.tryGetContext('wafAuthRateLimit');
  const authRateLimit = rawLimit === undefined ? DEFAULT_AUTH_RATE_LIMIT : Number(rawLimit);
  const managedRules = text(scope, 'wafManagedRules') ?? 'count';

  if (domainName && !DOMAIN_PATTERN.test(domainName)) throw new Error(`domainName "${domainName}" is not a host name`);
  // WAF's own bounds for a rate-based rule over a 5-minute window.
  if (!Number.isInteger(authRateLimit) || authRateLimit < 10 || authRateLimit > 2_000_000_000)
    throw new Error(`wafAuthRateLimit must be a whole number from 10 to 2,000,000,000, got ${JSON.stringify(rawLimit)}`);
  if (managedRules !== 'count' && managedRules !== 'block') throw new Error(`wafManagedRules must be count or block, got "${managedRules}"`);

  if (partition.acmViewerCertificates) {
    if (iamCertificateId) throw new Error('iamCertificateId is for the aws-cn partition; use certificateArn (ACM, us-east-1)');
    if (!!domainName !== !!certificateArn) throw new Error('domainName and certificateArn go together: an alias needs a certificate covering it');
    if (certificateArn && !Token.isUnresolved(certificateArn) && !/^arn:aws:acm:us-east-1:\d{12}:certificate\/[\w-]+$/.test(certificateArn))
      throw new Error(`certificateArn must be an ACM certificate in us-east-1 (CloudFront reads certificates only there), got ${certificateArn}`);
  } else {
    if (certificateArn)
      throw new Error(`ACM certificates cannot be used by CloudFront in ${partition.name}; upload the certificate to IAM and pass iamCertificateId`);
    if (!domainName || !iamCertificateId)
      throw new Error(
        `${partition.name} needs -c domainName=<ICP-filed name> and -c iamCertificateId=<IAM server certificate id>: the distribution's own *.cloudfront.cn name cannot serve content there`,
      );
    if (!/^[A-Z0-9]{16,128}$/.test(iamCertificateId))
      throw new Error(`iamCertificateId must be an IAM server certificate id (e.g. ASCA…), got ${iamCertificateId}`);
  }
  if (waf && !partition.cloudFrontWaf) throw new Error(`waf=true: ${partition.name} has no CLOUDFRONT-scope AWS WAF (regional only)`);
  if (webAclArn && !waf) throw new Error('webAclArn is given but waf is false');
  if (webAclArn && !/^arn:aws:wafv2:us-east-1:\d{12}:global\/webacl\/[\w-]+\/[\w-]+$/.test(webAclArn))
    throw new Error(`webAclArn must be a CLOUDFRONT-scope (global, us-east-1) WAFv2 web ACL ARN, got ${webAclArn}`);

  return { domainName, certificateArn, iamCertificateId, waf, webAclArn, authRateLimit, managedRules };
}
