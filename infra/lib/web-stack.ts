import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { IHttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  Function as CloudFrontFunction,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import type { Construct } from 'constructs';
import { DEFAULT_WEB_BUILD_DIR } from './paths.js';

/**
 * Content-Security-Policy for the SvelteKit static SPA. SvelteKit's adapter-static boots the app from
 * an inline <script> (no per-response nonce is possible on static files) and Svelte may inline styles,
 * hence 'unsafe-inline' for scripts and styles; everything else is same-origin only. The API is on the
 * same origin (/api/* below), so connect-src 'self' is enough.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

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

/** Hashed build output under _app/immutable/ never changes for a given name. */
const IMMUTABLE_PREFIX = '_app/immutable';

const PLACEHOLDER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ClearCampus</title></head>
<body><p>The web app has not been built. Run <code>npm run deploy</code> from the repository root, which builds web/ first.</p></body></html>
`;

export interface WebStackProps extends StackProps {
  api: IHttpApi;
  /** The built SPA (SvelteKit adapter-static). Defaults to web/build; a placeholder page is deployed when it is missing. */
  webBuildDir?: string;
}

/** Private S3 bucket + CloudFront; /api/* goes to the HTTP API on the same origin. */
export class WebStack extends Stack {
  readonly bucket: Bucket;
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    this.bucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });

    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'HSTS, nosniff, no framing, referrer policy and CSP for the ClearCampus SPA and API',
      securityHeadersBehavior: {
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: CONTENT_SECURITY_POLICY, override: true },
      },
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      comment: 'Serve /index.html for client-side routes (paths without a file extension)',
      code: FunctionCode.fromInline(SPA_REWRITE_CODE),
      runtime: FunctionRuntime.JS_2_0,
    });

    const apiDomain = `${props.api.apiId}.execute-api.${this.region}.${this.urlSuffix}`;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'ClearCampus web app and API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        compress: true,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Cookies, query strings and headers reach the API; Host must be the API's own host name.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
      },
    });

    this.deploySite(props.webBuildDir ?? DEFAULT_WEB_BUILD_DIR);

    new CfnOutput(this, 'Url', { value: `https://${this.distribution.distributionDomainName}` });
    new CfnOutput(this, 'BucketName', { value: this.bucket.bucketName });
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
        cacheControl: [CacheControl.noCache()],
        distribution: this.distribution,
        distributionPaths: ['/*'],
      });
      return;
    }

    const site = Source.asset(buildDir);
    // Hashed assets first, cached for a year and never pruned, so a browser still holding the previous
    // index.html can load the files it names while the new version rolls out.
    const immutable = new BucketDeployment(this, 'DeployImmutableAssets', {
      sources: [site],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: [`${IMMUTABLE_PREFIX}/*`],
      prune: false,
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
    });
    // Then everything else (index.html and friends), revalidated on every load. Files under the
    // immutable prefix are excluded here, which also keeps this deployment's pruning away from them.
    const rest = new BucketDeployment(this, 'DeploySite', {
      sources: [site],
      destinationBucket: this.bucket,
      exclude: [`${IMMUTABLE_PREFIX}/*`],
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    rest.node.addDependency(immutable);
  }
}
