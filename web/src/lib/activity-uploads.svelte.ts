/**
 * A record's photo uploads, one at a time (a phone's connection is slow, and the record's photo list
 * takes one change at a time): each photo is resized here, given a place by the API, PUT to the
 * address the API gave (this site locally, S3 in AWS) and then confirmed. A step that fails can be
 * tried again from where it stopped; a photo given up is taken off the record.
 */
import { api, ApiError } from './api';
import type { Activity } from './activities';
import { PhotoUnreadable, resizePhoto } from './photo-resize';

export type UploadStep = 'waiting' | 'resizing' | 'uploading' | 'confirming' | 'done' | 'failed';
/** Why a photo stopped: the ones the page explains; `other` shows the API's error. */
export type UploadProblem = 'unreadable' | 'network' | 'not_arrived' | 'mismatch' | 'no_place' | 'other';

interface Target {
  url: string;
  headers: Record<string, string>;
  expiresAt: string;
}

class UploadRefused extends Error {
  constructor(readonly status: number) {
    super(`Upload answered ${status}`);
  }
}

export class PhotoUpload {
  step = $state<UploadStep>('waiting');
  /** Of the bytes, 0 to 1, while uploading. */
  sent = $state(0);
  problem = $state<UploadProblem | null>(null);
  error = $state<unknown>(null);
  /** The photo's place on the record, once the API gave one (pending until confirmed). */
  photoId: string | null = null;
  blob: Blob | null = null;
  target: Target | null = null;

  constructor(
    readonly key: number,
    readonly file: File,
  ) {}

  /** Another try can get it further (a photo the browser cannot read, or one without a place, cannot). */
  get retryable(): boolean {
    return this.step === 'failed' && this.problem !== 'unreadable' && this.problem !== 'no_place';
  }
}

function putBytes(target: Target, blob: Blob, onprogress: (share: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    // XMLHttpRequest, not fetch: only it reports how much of an upload has gone.
    const request = new XMLHttpRequest();
    request.open('PUT', target.url);
    for (const [name, value] of Object.entries(target.headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => event.lengthComputable && onprogress(event.loaded / event.total);
    request.onload = () => (request.status >= 200 && request.status < 300 ? resolve() : reject(new UploadRefused(request.status)));
    request.onerror = request.onabort = request.ontimeout = () => reject(new UploadRefused(0));
    request.send(blob);
  });
}

function problemOf(error: unknown): UploadProblem {
  if (error instanceof UploadRefused) return 'network';
  if (!(error instanceof ApiError)) return 'other';
  if (error.status === 409) return 'not_arrived';
  const code = error.details[0]?.code;
  if (code === 'photo_mismatch') return 'mismatch';
  if (code === 'too_many_photos') return 'no_place';
  return error.isNetwork ? 'network' : 'other';
}

export class PhotoUploads {
  items = $state<PhotoUpload[]>([]);
  private running = false;
  private nextKey = 0;

  constructor(
    /** The record the photos go to. */
    private readonly record: () => { schoolId: string; activityId: string },
    /** The record as the API returned it after a photo was confirmed or taken off. */
    private readonly onactivity: (activity: Activity) => void,
    private readonly now: () => number = () => api.clock.now(),
  ) {}

  /** Photos in the queue that the record does not list yet: each takes a place. */
  placesTaken(activity: Pick<Activity, 'photos'>): number {
    return this.items.filter((item) => item.step !== 'done' && !activity.photos.some((photo) => photo.id === item.photoId)).length;
  }

  /** Whether a photo the record lists is one this queue is still working on (shown by the queue, not twice). */
  owns(photoId: string): boolean {
    return this.items.some((item) => item.photoId === photoId);
  }

  get busy(): boolean {
    return this.items.some((item) => item.step !== 'failed' && item.step !== 'done');
  }

  add(files: readonly File[]): void {
    this.items = [...this.items, ...files.map((file) => new PhotoUpload(this.nextKey++, file))];
    void this.drain();
  }

  retry(item: PhotoUpload): void {
    if (!item.retryable) return;
    item.step = 'waiting';
    item.problem = null;
    item.error = null;
    void this.drain();
  }

  /** Gives a photo up: its place on the record (if it had one) is freed. */
  async remove(item: PhotoUpload): Promise<void> {
    if (item.photoId) {
      try {
        this.onactivity((await api.delete('/api/schools/{schoolId}/activities/{activityId}/photos/{photoId}', { path: this.path(item.photoId) })).activity);
      } catch (error) {
        item.error = error;
        item.problem = 'other';
        return;
      }
    }
    this.items = this.items.filter((other) => other !== item);
  }

  private path(photoId: string) {
    return { ...this.record(), photoId };
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.nextWaiting(); item; item = this.nextWaiting()) await this.upload(item);
    } finally {
      this.running = false;
    }
  }

  private nextWaiting(): PhotoUpload | undefined {
    return this.items.find((item) => item.step === 'waiting');
  }

  private async upload(item: PhotoUpload): Promise<void> {
    try {
      if (!item.blob) {
        item.step = 'resizing';
        item.blob = await resizePhoto(item.file);
      }
      item.step = 'uploading';
      item.sent = 0;
      await this.place(item, item.blob);
      await putBytes(item.target!, item.blob, (share) => (item.sent = share));
      item.step = 'confirming';
      const { activity } = await api.put('/api/schools/{schoolId}/activities/{activityId}/photos/{photoId}', { path: this.path(item.photoId!) });
      this.onactivity(activity);
      item.step = 'done';
      this.items = this.items.filter((other) => other !== item);
    } catch (error) {
      item.step = 'failed';
      item.problem = error instanceof PhotoUnreadable ? 'unreadable' : problemOf(error);
      item.error = error;
    }
  }

  /** A place for the photo, kept across tries while its upload address is good for another minute. */
  private async place(item: PhotoUpload, blob: Blob): Promise<void> {
    if (item.target && Date.parse(item.target.expiresAt) - 60_000 > this.now()) return;
    if (item.photoId) {
      // The address expired: the old place goes, so that it does not hold one of the record's places.
      const { activity } = await api.delete('/api/schools/{schoolId}/activities/{activityId}/photos/{photoId}', { path: this.path(item.photoId) });
      item.photoId = null;
      this.onactivity(activity);
    }
    const { photo, upload } = await api.post('/api/schools/{schoolId}/activities/{activityId}/photos', {
      path: this.record(),
      body: { contentType: 'image/jpeg', bytes: blob.size },
    });
    item.photoId = photo.id;
    item.target = upload;
  }
}
