import { Duration, Stack } from 'aws-cdk-lib';
import { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { CfnDistribution, OriginAccessIdentity } from 'aws-cdk-lib/aws-cloudfront';
import { Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { CACHE_CONTROL, IMMUTABLE_MAX_AGE_SECONDS } from '../../functions/src/domain/operations/static-caching.js';

/** Headers the API reads; CloudFront-Viewer-Address carries the viewer's ip:port (client-address.ts). */
export const API_VIEWER_HEADERS = [
  'Accept',
  'Accept-Language',
  'Content-Type',
  'Referer',
  'User-Agent',
  'X-Request-Id',
  'X-Requested-With',
  'CloudFront-Viewer-Address',
] as const;

export interface ChinaDistributionProps {
  bucket: IBucket;
  /** execute-api host name of the HTTP API. */
  apiDomain: string;
  /** Header name → value CloudFront adds on requests to the API (the origin guard's secret). */
  apiOriginHeaders: Record<string, string>;
  domainName: string;
  iamCertificateId: string;
  logBucket: IBucket;
  /** The HTML document's security headers, which no response headers policy can add here. */
  documentHeaders: Record<string, string>;
}

/**
 * The distribution as CloudFront in the China regions accepts it (infra/lib/partition.ts): the L1
 * resource, because the L2 Distribution always sets a CachePolicyId, which is refused there. An
 * origin access identity instead of OAC, legacy ForwardedValues instead of cache and origin request
 * policies, an IAM server certificate on the ICP-filed alias, HTTP/2 and IPv4 only.
 *
 * The SPA fallback without CloudFront Functions: distribution-wide error responses would turn the
 * API's 403/404 JSON into index.html, so instead every path without a dot (a client-side route) is
 * answered by a small Lambda behind its own HTTP API that returns index.html from the bucket, with
 * the security headers a response headers policy would otherwise add. Paths with a dot (the built
 * assets) come from S3 directly.
 */
export class ChinaDistribution extends Construct {
  readonly resource: CfnDistribution;

  constructor(scope: Construct, id: string, props: ChinaDistributionProps) {
    super(scope, id);
    const stack = Stack.of(this);

    const identity = new OriginAccessIdentity(this, 'OriginAccessIdentity', { comment: 'ClearCampus site bucket (China: no OAC)' });
    props.bucket.grantRead(identity);

    const indexFunction = new LambdaFunction(this, 'IndexDocument', {
      description: 'Serves index.html for client-side routes (CloudFront in China has no CloudFront Functions)',
      runtime: Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: Code.fromInline(indexDocumentHandler()),
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment: { BUCKET: props.bucket.bucketName, HEADERS: Stack.of(this).toJsonString(props.documentHeaders) },
    });
    props.bucket.grantRead(indexFunction, 'index.html');
    const indexApi = new HttpApi(this, 'IndexApi', {
      description: 'index.html for client-side routes (China partition only)',
      defaultIntegration: new HttpLambdaIntegration('IndexIntegration', indexFunction),
    });

    const s3OriginId = 'site';
    const apiOriginId = 'api';
    const indexOriginId = 'index';
    const httpsOrigin = (originId: string, domainName: string, headers: Record<string, string> = {}): CfnDistribution.OriginProperty => ({
      id: originId,
      domainName,
      customOriginConfig: { originProtocolPolicy: 'https-only', originSslProtocols: ['TLSv1.2'] },
      originCustomHeaders: Object.entries(headers).map(([headerName, headerValue]) => ({ headerName, headerValue })),
    });
    const noCache = { minTtl: 0, defaultTtl: 0, maxTtl: 0 };

    this.resource = new CfnDistribution(this, 'Resource', {
      distributionConfig: {
        enabled: true,
        comment: 'ClearCampus web app and API (China)',
        aliases: [props.domainName],
        viewerCertificate: { iamCertificateId: props.iamCertificateId, sslSupportMethod: 'sni-only', minimumProtocolVersion: 'TLSv1.2_2021' },
        httpVersion: 'http2',
        ipv6Enabled: false,
        logging: { bucket: props.logBucket.bucketRegionalDomainName, prefix: 'cloudfront/', includeCookies: false },
        origins: [
          {
            id: s3OriginId,
            domainName: props.bucket.bucketRegionalDomainName,
            s3OriginConfig: { originAccessIdentity: `origin-access-identity/cloudfront/${identity.originAccessIdentityId}` },
          },
          httpsOrigin(apiOriginId, props.apiDomain, props.apiOriginHeaders),
          httpsOrigin(indexOriginId, `${indexApi.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`),
        ],
        defaultCacheBehavior: {
          targetOriginId: indexOriginId,
          viewerProtocolPolicy: 'redirect-to-https',
          allowedMethods: ['GET', 'HEAD'],
          compress: true,
          forwardedValues: { queryString: false, cookies: { forward: 'none' } },
          ...noCache,
        },
        cacheBehaviors: [
          {
            pathPattern: '/api/*',
            targetOriginId: apiOriginId,
            viewerProtocolPolicy: 'redirect-to-https',
            allowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
            compress: true,
            forwardedValues: { queryString: true, cookies: { forward: 'all' }, headers: [...API_VIEWER_HEADERS] },
            ...noCache,
          },
          {
            // Built files (names with an extension); the bucket's Cache-Control decides how long.
            pathPattern: '*.*',
            targetOriginId: s3OriginId,
            viewerProtocolPolicy: 'redirect-to-https',
            allowedMethods: ['GET', 'HEAD'],
            compress: true,
            forwardedValues: { queryString: false, cookies: { forward: 'none' } },
            minTtl: 0,
            defaultTtl: 86_400,
            maxTtl: IMMUTABLE_MAX_AGE_SECONDS,
          },
        ],
      },
    });
  }
}

/**
 * Reads index.html on every call rather than once per container, so a deploy takes effect at once
 * (BucketDeployment invalidates CloudFront, but a warm container would keep the previous document).
 */
function indexDocumentHandler(): string {
  return `const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});
const headers = JSON.parse(process.env.HEADERS);
exports.handler = async () => {
  const object = await s3.send(new GetObjectCommand({ Bucket: process.env.BUCKET, Key: 'index.html' }));
  return {
    statusCode: 200,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': ${JSON.stringify(CACHE_CONTROL.revalidate)} },
    body: await object.Body.transformToString(),
  };
};
`;
}
