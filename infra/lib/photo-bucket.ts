import { CfnOutput, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { GroupName } from '../../functions/src/api/groups.js';
import { logRetention } from './settings.js';

/**
 * The key prefix of activity photos (issue 15), as api/routes/activities.ts builds them
 * (`activities/<schoolId>/<activityId>/<photoId>`): the only part of the bucket any function reaches.
 */
export const PHOTO_KEY_PREFIX = 'activities/';

/** The groups given the bucket (BLOB_BUCKET and the grants below); handlers/learning.ts builds the store. */
export const PHOTO_GROUPS = ['learning'] as const satisfies readonly GroupName[];

/** What store/blobs/s3-blobs.ts does to objects: the presigned PUT and GET are signed with these. */
export const PHOTO_OBJECT_ACTIONS = ['s3:PutObject', 's3:GetObject', 's3:DeleteObject'] as const;

/**
 * Origins whose pages may PUT and GET photos with fetch (S3 CORS). The site's own name when it has one;
 * without one (a stage on the distribution's *.cloudfront.net name, aws partition only: aws-cn requires
 * domainName) any CloudFront name, because the distribution's is known only in the web stack, which
 * depends on this one. CORS only says which pages may read the answers: the presigned URL is what
 * grants access, and it is handed to signed-in users only.
 */
export function photoCorsOrigins(domainName: string | undefined): string[] {
  return domainName ? [`https://${domainName}`] : ['https://*.cloudfront.net'];
}

/**
 * The export names of the bucket's name and ARN. The data stack exports them under these fixed names
 * and the API stack imports them by name (importPhotoBucket): its grant on `<bucket>/activities/*` then
 * reads the same in every synth, as the cdk-nag acknowledgement of that wildcard must (an automatic
 * cross-stack reference would name a hashed export). CloudFormation still refuses to drop an export
 * that another stack imports.
 */
export interface PhotoBucketExports {
  readonly name: string;
  readonly arn: string;
}

export interface PhotoBucketProps {
  /** The site's domain (edge settings, `-c domainName`), for CORS. */
  domainName?: string;
}

/**
 * A private bucket for activity photos: no public access, S3-managed encryption, HTTPS only, no
 * versions (a removed photo is gone: minors' data), retained when the stack goes. Browsers reach it on
 * presigned URLs only; its access log goes to a bucket of its own, kept as long as the other logs.
 */
export class PhotoBucket extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly exports: PhotoBucketExports;

  constructor(scope: Construct, id: string, props: PhotoBucketProps) {
    super(scope, id);
    const days = logRetention(this);
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      lifecycleRules: days === RetentionDays.INFINITE ? [] : [{ id: 'ExpireAfterLogRetention', expiration: Duration.days(days) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket of the photo bucket; logging its own access would write into itself without end.',
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: false,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 's3/',
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedOrigins: photoCorsOrigins(props.domainName),
          // The one header the upload sends besides those the browser sets (Content-Length).
          allowedHeaders: ['Content-Type'],
          maxAge: 3600,
        },
      ],
      // Uploads are single PUTs; a multipart upload left open would otherwise be kept (and billed) forever.
      lifecycleRules: [{ id: 'AbortIncompleteMultipartUploads', abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const stack = Stack.of(this);
    this.exports = { name: `${stack.stackName}-PhotoBucketName`, arn: `${stack.stackName}-PhotoBucketArn` };
    new CfnOutput(this, 'Name', {
      value: this.bucket.bucketName,
      exportName: this.exports.name,
      description: 'Activity photos (BLOB_BUCKET of the learning function)',
    });
    new CfnOutput(this, 'Arn', { value: this.bucket.bucketArn, exportName: this.exports.arn, description: 'Activity photos bucket ARN (the learning grants)' });
  }
}

/** The data stack's photo bucket, in another stack, by its export names. */
export function importPhotoBucket(scope: Construct, exports: PhotoBucketExports): IBucket {
  return Bucket.fromBucketAttributes(scope, 'PhotoBucket', { bucketName: Fn.importValue(exports.name), bucketArn: Fn.importValue(exports.arn) });
}

/**
 * The origin of the bucket's presigned URLs as the SDK writes them (virtual-hosted, regional:
 * `https://<bucket>.s3.<region>.amazonaws.com`, `.com.cn` in China), for the pages' CSP.
 */
export function photoBucketOrigin(scope: Construct, exports: PhotoBucketExports): string {
  const stack = Stack.of(scope);
  return `https://${Fn.importValue(exports.name)}.s3.${stack.region}.${stack.urlSuffix}`;
}

/**
 * Put, get and delete on photo objects and nothing else; ListBucket limited to the same prefix only so
 * that HeadObject answers 404 for a photo that never arrived (without it S3 answers 403, which the
 * store rightly treats as an error, not as "not there").
 */
export function grantPhotoAccess(fn: IFunction, bucket: IBucket, exports: PhotoBucketExports): void {
  fn.addToRolePolicy(
    new PolicyStatement({ sid: 'PhotoObjects', actions: [...PHOTO_OBJECT_ACTIONS], resources: [bucket.arnForObjects(`${PHOTO_KEY_PREFIX}*`)] }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      sid: 'PhotoListForNotFound',
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': [`${PHOTO_KEY_PREFIX}*`] } },
    }),
  );
  Validations.of(fn.role!).acknowledge({
    id: `AwsSolutions-IAM5[Resource::${exports.arn}/${PHOTO_KEY_PREFIX}*]`,
    reason: `Photo keys are made per upload (${PHOTO_KEY_PREFIX}<school>/<activity>/<photo>), so the grant is on the prefix: put, get and delete of photo objects only, no other part of the bucket.`,
  });
}
