/**
 * Off-line activity records (issue 15): the kinds and limits, zod-free, so the web's form checks
 * with the same bounds the API enforces.
 */
export const ACTIVITY_KINDS = [
  'class_meeting',
  'talk',
  'offline_competition',
  'base_visit',
  'parents_meeting',
  'walk_volunteer',
  'student_made',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_LIMITS = {
  participants: { min: 1, max: 20_000 },
  /** Hours in half-hour steps: a class meeting is 0.5 or 1, a base visit a day. */
  hours: { min: 0.5, max: 24 },
  description: { max: 500 },
  /** A bureau's reason for questioning a record. */
  questionReason: { max: 300 },
  classes: { max: 200 },
  photos: { max: 6 },
  /** Photos are resized in the browser to at most this many pixels on the long side. */
  photoPixels: 1600,
  /** A resized photo is well under this; more is not a photo from our form. */
  photoBytes: 1_500_000,
  /** The author may change or delete a record for this long; then it is locked (a record, not a draft). */
  editDays: 7,
} as const;

export const PHOTO_TYPES = ['image/jpeg', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
