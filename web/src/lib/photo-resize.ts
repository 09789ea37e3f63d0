/**
 * Photos are made small on the phone, before they leave it: a phone's 12-megapixel picture becomes a
 * JPEG of at most ACTIVITY_LIMITS.photoPixels on the long side, a few hundred kilobytes on a slow
 * connection instead of several megabytes. Drawing the picture on a canvas and encoding the canvas
 * keeps the pixels only: the camera's EXIF block, with the GPS position of the school, stays behind.
 */
import { ACTIVITY_LIMITS } from '$domain/activities/activity-rules';

export interface Size {
  width: number;
  height: number;
}

/** The size a picture is drawn at: its own when it fits, else scaled down to `longSide` on its long side, never below 1 px. */
export function fitWithin(size: Size, longSide: number = ACTIVITY_LIMITS.photoPixels): Size {
  const long = Math.max(size.width, size.height);
  if (long <= longSide) return { width: size.width, height: size.height };
  const scale = longSide / long;
  const scaled = (side: number) => (side === long ? longSide : Math.max(1, Math.round(side * scale)));
  return { width: scaled(size.width), height: scaled(size.height) };
}

/** JPEG qualities tried in turn until the photo is under the API's byte limit: the first nearly always is. */
export const JPEG_QUALITIES = [0.82, 0.7, 0.55, 0.4] as const;

/** The first of the encodings (made one at a time, best first) that is at most `maxBytes`, or null. */
export async function firstUnder<T extends { size: number }>(
  encode: (quality: number) => Promise<T>,
  maxBytes: number = ACTIVITY_LIMITS.photoBytes,
  qualities: readonly number[] = JPEG_QUALITIES,
): Promise<T | null> {
  for (const quality of qualities) {
    const encoded = await encode(quality);
    if (encoded.size <= maxBytes) return encoded;
  }
  return null;
}

export class PhotoUnreadable extends Error {
  constructor() {
    super('The browser cannot read this picture');
    this.name = 'PhotoUnreadable';
  }
}

function canvasOf(size: Size): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  return canvas;
}

const jpeg = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoUnreadable())), 'image/jpeg', quality));

/**
 * A picture the person chose, as the JPEG the API stores: turned upright by its EXIF orientation,
 * at most `longSide` px on the long side, without its EXIF. Throws PhotoUnreadable when the browser
 * cannot decode it (e.g. HEIC on most Android phones) or it cannot be made small enough.
 */
export async function resizePhoto(file: Blob, longSide: number = ACTIVITY_LIMITS.photoPixels): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoUnreadable();
  }
  try {
    const size = fitWithin(bitmap, longSide);
    const canvas = canvasOf(size);
    const context = canvas.getContext('2d');
    if (!context) throw new PhotoUnreadable();
    // A photo with transparency (a PNG screenshot) would turn black as a JPEG.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size.width, size.height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await firstUnder((quality) => jpeg(canvas, quality));
    if (!blob) throw new PhotoUnreadable();
    return blob;
  } finally {
    bitmap.close();
  }
}
