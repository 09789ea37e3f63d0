import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CacheQueryStringBehavior,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  Function as CloudFrontFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  type IDistribution,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  SSLMethod,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { ORIGIN_VERIFY_HEADER } from '../../functions/src/api/middleware/origin-guard.js';
import { CACHE_CONTROL, IMMUTABLE_ASSET_PATH_PATTERN, IMMUTABLE_MAX_AGE_SECONDS } from '../../functions/src/domain/operations/static-caching.js';
import { API_VIEWER_HEADERS, ChinaDistribution } from './china-distribution.js';
import { edgeSettings, type EdgeSettings } from './edge-settings.js';
import { photoBucketOrigin, type PhotoBucketExports } from './photo-bucket.js';
import { partitionOf, type PartitionFeatures } from './partition.js';
import { DEFAULT_WEB_BUILD_DIR } from './paths.js';
import { logRetention } from './settings.js';

/**
 * Content-Security-Policy for the SvelteKit static SPA. SvelteKit's adapter-static boots the app from
 * an inline <script> (no per-response nonce is possible on static files) and Svelte may inline styles,
 * hence 'unsafe-inline' for scripts and styles; everything else is same-origin, the API included
 * (/api/* below), except activity photos: the browser PUTs them to and shows them from the photo
 * bucket's own origin by presigned URL (`photoOrigin`), which img-src and connect-src name alone.
 */
export function contentSecurityPolicy(photoOrigin?: string): string {
  const photos = photoOrigin ? ` ${photoOrigin}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${photos}`,
    `connect-src 'self'${photos}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * SPA fallback as a viewer-request CloudFront Function on the default (S3) behaviour only: a path
 * whose last segment has no file extension is a client-side route and is served /index.html.
 *
 * Why not the usual distribution `errorResponses` (403/404 → /index.html, 200)? Those apply to every
 * behaviour of the distribution, so an API answer of 404 `{"error":{"code":"not_found",...}}` or 403
 * from /api/* would be replaced by index.html with status 200. The function runs only where the SPA
 * is served, so API statuses and JSON bodies reach the browser untouched, and a missing asset
 * (e.g. /_app/immutable/x.js) still fails as a real error instead of returning HTML.
 * Limitation: SPA routes must not end in a segment containing a dot.
 */
export const SPA_REWRITE_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}
`;

/** The immutable assets as S3 keys (no leading slash) for the deployments' include/exclude filters. */
const IMMUTABLE_KEYS = IMMUTABLE_ASSET_PATH_PATTERN.slice(1);

const PLACEHOLDER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ClearCampus</title></head>
<body><p>The web app has not been built. Run <code>npm run deploy</code> from the repository root, which builds web/ first.</p></body></html>
`;

export interface WebStackProps extends StackProps {
  api: IHttpApi;
  /** The value CloudFront sends in x-origin-verify and the API's origin guard expects. */
  originSecret: ISecret;
  /** The built SPA (SvelteKit adapter-static). Defaults to web/build; a placeholder page is deployed when it is missing. */
  webBuildDir?: string;
  /** Defaults to the `partition` context (partition.ts). */
  partition?: PartitionFeatures;
  /** Domain, certificate and WAF; defaults to the context (edge-settings.ts). */
  edge?: EdgeSettings;
  /** The activity photo bucket (photo-bucket.ts), whose presigned URLs the pages use. */
  photoBucket?: PhotoBucketExports;
}

/**
 * Private S3 bucket + CloudFront; /api/* goes to the HTTP API on the same origin. Access logs of the
 * distribution and the bucket go to a log bucket kept for the log retention (settings.ts).
 */
export class WebStack extends Stack {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: IDistribution;

  /** The pages' Content-Security-Policy, naming the photo bucket's origin when there is one. */
  private readonly csp: string;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    this.csp = contentSecurityPolicy(props.photoBucket && photoBucketOrigin(this, props.photoBucket));
    const partition = props.partition ?? partitionOf(this);
    const edge = props.edge ?? edgeSettings(this, partition);

    this.logBucket = this.createLogBucket();
    this.bucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
    });

    const apiDomain = `${props.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
    // A CloudFormation dynamic reference: the secret is resolved by CloudFormation at deploy time and
    // never appears in the template.
    const apiOriginHeaders = { [ORIGIN_VERIFY_HEADER]: props.originSecret.secretValue.unsafeUnwrap() };

    this.distribution = partition.cachePolicies
      ? this.globalDistribution(edge, apiDomain, apiOriginHeaders)
      : this.chinaDistribution(edge, apiDomain, apiOriginHeaders);

    this.deploySite(props.webBuildDir ?? DEFAULT_WEB_BUILD_DIR);

    if (edge.waf && !edge.webAclArn)
      Annotations.of(this).addWarningV2(
        'clearcampus:webAclMissing',
        'waf is on but no -c webAclArn=… was given: the distribution has no web ACL. Deploy the WAF stack (us-east-1) first and pass its WebAclArn output, or set -c waf=false.',
      );

    new CfnOutput(this, 'Url', { value: `https://${edge.domainName ?? this.distribution.distributionDomainName}` });
    new CfnOutput(this, 'DistributionDomainName', {
      description: 'Target of the CNAME record for the custom domain',
      value: this.distribution.distributionDomainName,
    });
    new CfnOutput(this, 'DistributionId', { value: this.distribution.distributionId });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
    new CfnOutput(this, 'LogBucketName', { value: this.logBucket.bucketName });
  }

  /** CloudFront standard logs are delivered with an object ACL, hence object-writer ownership. */
  private createLogBucket(): Bucket {
    const days = logRetention(this);
    const logBucket = new Bucket(this, 'LogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: days === RetentionDays.INFINITE ? [] : [{ id: 'ExpireAfterLogRetention', expiration: Duration.days(days) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket of the site bucket and the distribution; logging its own access would write into itself without end.',
    });
    return logBucket;
  }

  /**
   * The security headers, and for the site's files the Cache-Control of the shared rule
   * (functions/src/domain/operations/static-caching.ts, which the local server applies too). The API
   * sets its own Cache-Control, so its policy leaves that header alone.
   */
  private headersPolicy(id: string, comment: string, cacheControl?: string): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, id, {
      comment,
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: this.csp, override: true },
      },
      ...(cacheControl && { customHeadersBehavior: { customHeaders: [{ header: 'Cache-Control', value: cacheControl, override: true }] } }),
    });
  }

  private globalDistribution(edge: EdgeSettings, apiDomain: string, apiOriginHeaders: Record<string, string>): Distribution {
    const securityHeaders = this.headersPolicy('SecurityHeaders', 'HSTS, nosniff, no framing, referrer policy and CSP for the ClearCampus API');
    const siteHeaders = this.headersPolicy(
      'SiteHeaders',
      'Security headers and revalidation (no-cache) for the SPA files whose names survive a release',
      CACHE_CONTROL.revalidate,
    );
    const immutableHeaders = this.headersPolicy(
      'ImmutableAssetHeaders',
      'Security headers and a year of immutable caching for the hashed SPA assets',
      CACHE_CONTROL.immutable,
    );

    // Compressed copies are cached apart per Accept-Encoding (br, gzip), and a hashed name is the
    // same bytes for as long as the browser keeps it.
    const immutableAssets = new CachePolicy(this, 'ImmutableAssets', {
      comment: 'Hashed SPA assets: a year at the edge, Brotli and gzip',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(IMMUTABLE_MAX_AGE_SECONDS),
      maxTtl: Duration.seconds(IMMUTABLE_MAX_AGE_SECONDS),
      enableAcceptEncodingBrotli: true,
      enableAcceptEncodingGzip: true,
      headerBehavior: CacheHeaderBehavior.none(),
      cookieBehavior: CacheCookieBehavior.none(),
      queryStringBehavior: CacheQueryStringBehavior.none(),
    });
    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      comment: 'Serve /index.html for client-side routes (paths without a file extension)',
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: FunctionRuntime.JS_2_0,
    });

    // Not the managed AllViewerExceptHostHeader: the viewer-address header must be named to be sent,
    // and Host must stay the API's own name.
    const apiRequests = new OriginRequestPolicy(this, 'ApiOriginRequests', {
      comment: 'ClearCampus API: cookies, query strings, the headers the API reads and the viewer address',
      cookieBehavior: OriginRequestCookieBehavior.all(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_VIEWER_HEADERS),
    });

    const distribution = new Distribution(this, 'Distribution', {
      comment: 'ClearCampus web app and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      domainNames: edge.domainName ? [edge.domainName] : undefined,
      // The TLS policy can be chosen only with a certificate of our own; CloudFront's *.cloudfront.net
      // certificate has a fixed one.
      ...(edge.certificateArn && {
        certificate: Certificate.fromCertificateArn(this, 'Certificate', edge.certificateArn),
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
        sslSupportMethod: SSLMethod.SNI,
      }),
      webAclId: edge.webAclArn,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        // Brotli and gzip too; the edge keeps index.html only briefly, deploys invalidate it anyway.
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: siteHeaders,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        // No SPA rewrite here: a missing hashed asset must fail, not come back as HTML cached for a year.
        [IMMUTABLE_ASSET_PATH_PATTERN]: {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: immutableAssets,
          compress: true,
          responseHeadersPolicy: immutableHeaders,
        },
        '/api/*': {
          origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY, customHeaders: apiOriginHeaders }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: apiRequests,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
      },
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: the platform serves schools in China and its public pages (sign-in, certificate verification) may be read from anywhere; access to data is controlled by sign-in.',
    });
    if (!edge.webAclArn)
      Validations.of(distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'The web ACL must live in us-east-1 and is attached with -c webAclArn after the WAF stack is deployed (docs/OPERATIONS.md, Domains and TLS); a -c waf=false deployment omits it deliberately.',
      });
    if (!edge.certificateArn)
      Validations.of(distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, whose TLS policy cannot be chosen; with -c domainName/certificateArn the policy is TLSv1.2_2021 (tested).',
      });
    return distribution;
  }

  private chinaDistribution(edge: EdgeSettings, apiDomain: string, apiOriginHeaders: Record<string, string>): IDistribution {
    const china = new ChinaDistribution(this, 'Distribution', {
      bucket: this.bucket,
      apiDomain,
      apiOriginHeaders,
      domainName: edge.domainName!,
      iamCertificateId: edge.iamCertificateId!,
      logBucket: this.logBucket,
      documentHeaders: {
        'strict-transport-security': 'max-age=63072000; includeSubDomains',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'content-security-policy': this.csp,
      },
    });
    return Distribution.fromDistributionAttributes(this, 'DistributionRef', {
      distributionId: china.resource.ref,
      domainName: china.resource.attrDomainName,
    });
  }

  private deploySite(buildDir: string): void {
    if (!existsSync(join(buildDir, 'index.html'))) {
      Annotations.of(this).addWarningV2(
        'clearcampus:webBuildMissing',
        `${buildDir}/index.html not found: deploying a placeholder page. Run \`npm run build -w web\` first.`,
      );
      new BucketDeployment(this, 'DeploySite', {
        sources: [Source.data('index.html', PLACEHOLDER_HTML)],
        destinationBucket: this.bucket,
        cacheControl: [CacheControl.fromString(CACHE_CONTROL.revalidate)],
        distribution: this.distribution,
        distributionPaths: ['/*'],
      });
      this.acknowledgeDeploymentHandler();
      return;
    }

    const site = Source.asset(buildDir);
    // Hashed assets first, cached for a year and never pruned, so a browser still holding the previous
    // index.html can load the files it names while the new version rolls out. The objects carry the
    // shared rule's Cache-Control themselves, which is all the China distribution has to go by.
    const immutable = new BucketDeployment(this, 'DeployImmutableAssets', {
      sources: [site],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: [IMMUTABLE_KEYS],
      prune: false,
      cacheControl: [CacheControl.fromString(CACHE_CONTROL.immutable)],
    });
    // Then everything else (index.html and friends), revalidated on every load. Files under the
    // immutable prefix are excluded here, which also keeps this deployment's pruning away from them.
    const rest = new BucketDeployment(this, 'DeploySite', {
      sources: [site],
      destinationBucket: this.bucket,
      exclude: [IMMUTABLE_KEYS],
      cacheControl: [CacheControl.fromString(CACHE_CONTROL.revalidate)],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    rest.node.addDependency(immutable);
    this.acknowledgeDeploymentHandler();
  }

  /**
   * BucketDeployment's handler is one CDK-provided function per stack (Custom::CDKBucketDeployment…),
   * run only by CloudFormation during a deploy; its runtime and grants are CDK's, not ours to choose.
   */
  private acknowledgeDeploymentHandler(): void {
    const handler = this.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('BucketDeployment handler not found');
    const siteObjects = `Resource::<${this.getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*`;
    const grant = (id: string) => ({
      id,
      reason:
        'The BucketDeployment handler copies the built SPA from the CDK asset bucket to the site bucket and invalidates CloudFront; CDK grants it these S3 actions on exactly those two buckets (and CreateInvalidation, which has no resource scope).',
    });
    for (const finding of [
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Resource::*',
      siteObjects,
      'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
    ])
      Validations.of(handler).acknowledge(grant(`AwsSolutions-IAM5[${finding}]`));
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        'The CDK-provided BucketDeployment handler writes its own CloudWatch logs with the basic execution policy; it runs only during deploys, never on a request path.',
    });
    Validations.of(handler).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'The BucketDeployment handler runtime is chosen by aws-cdk-lib (pinned 2.276.0) and moves with it; it runs only during deploys, never on a request path.',
    });
  }
}
