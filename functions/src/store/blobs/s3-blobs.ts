import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import {
  assertBlobKey,
  assertUpload,
  DOWNLOAD_CACHE_CONTROL,
  DOWNLOAD_URL_TTL_SECONDS,
  UPLOAD_URL_TTL_SECONDS,
  type BlobStore,
  type PhotoType,
  type StoredBlob,
  type UploadTarget,
} from './blob-store.js';

/**
 * Blobs in a private S3 bucket (infra: the data stack's photo bucket), which the browser reaches on
 * presigned URLs.
 *
 * Uploads are presigned PUTs with Content-Type and Content-Length among the signed headers: S3 checks a
 * presigned request's signature against the headers it actually receives, so a body of another type
 * or of any other length is refused (403 SignatureDoesNotMatch). A PUT cannot sign a range of lengths,
 * only one, hence the exact `bytes` of the interface. A presigned POST policy could say
 * content-length-range, but would make the browser build a multipart form and the local store parse
 * one; an exact length, known from the File before the upload starts, enforces more for less.
 *
 * S3 cannot add X-Content-Type-Options to a GET; the content type it serves is the one signed at
 * upload (image/jpeg or image/webp), and the bucket's host is another origin than the site's.
 */
export class S3BlobStore implements BlobStore {
  constructor(
    private readonly bucket: string,
    // No default checksums: the SDK would put the CRC32 of an empty body into a presigned PUT URL (and
    // S3 would refuse the real body), and ask for checksums on GET URLs that nothing checks.
    private readonly client = new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }),
  ) {}

  async uploadUrl(key: string, upload: { contentType: PhotoType; bytes: number }, nowMs: number): Promise<UploadTarget> {
    assertUpload(key, upload);
    const command = new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: upload.contentType, ContentLength: upload.bytes });
    const url = await getSignedUrl(this.client, command, {
      expiresIn: UPLOAD_URL_TTL_SECONDS,
      signingDate: new Date(nowMs),
      // content-type is unsigned by default in presigned URLs; both must be signed to be enforced.
      signableHeaders: new Set(['content-type', 'content-length']),
    });
    const expiresAt = new Date(nowMs + UPLOAD_URL_TTL_SECONDS * 1000).toISOString();
    return { url, method: 'PUT', headers: { 'Content-Type': upload.contentType }, expiresAt };
  }

  async downloadUrl(key: string, nowMs: number): Promise<string> {
    assertBlobKey(key);
    const command = new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseCacheControl: DOWNLOAD_CACHE_CONTROL });
    return getSignedUrl(this.client, command, { expiresIn: DOWNLOAD_URL_TTL_SECONDS, signingDate: new Date(nowMs) });
  }

  async head(key: string): Promise<StoredBlob | null> {
    assertBlobKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { bytes: head.ContentLength ?? 0, contentType: head.ContentType ?? 'application/octet-stream' };
    } catch (error) {
      // A 404 needs s3:ListBucket (infra grants it for the same prefix); without it S3 answers 403,
      // which stays an error rather than passing for "not there".
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertBlobKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
