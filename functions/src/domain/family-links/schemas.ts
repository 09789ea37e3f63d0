import { z } from 'zod';
import type { ModuleContent } from '../modules/content.js';
import { PlayedContent } from '../modules/played.js';
import { DEVICE_ID } from './device.js';

/**
 * A family link (家长课堂): a teacher shares a families module with the parents of one class as a URL
 * that needs no account. The token is the whole credential, so it is long and random; the teacher
 * sees only how many devices opened it, never who.
 */
export const FAMILY_TOKEN = /^[A-Za-z0-9_-]{22}$/;
export const FamilyToken = z.string().regex(FAMILY_TOKEN, 'not a family link');

export const DeviceId = z.string().regex(DEVICE_ID, '16–64 letters, digits, - or _');

export const FamilyLink = z.object({
  token: FamilyToken,
  classId: z.string(),
  moduleId: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  /** Devices that opened the link (each counted once). */
  opens: z.number().int(),
});
export type FamilyLink = z.infer<typeof FamilyLink>;

export const CreateFamilyLinkRequest = z.strictObject({ moduleId: z.string().min(1).max(40) });

export const FamilyLinkWithTitle = FamilyLink.extend({ title: z.strictObject({ zh: z.string(), en: z.string() }) });
export const FamilyLinkResponse = z.object({ link: FamilyLinkWithTitle });
export const FamilyLinksResponse = z.object({ links: z.array(FamilyLinkWithTitle) });

/** What a family sees: the lesson itself, with nothing about the class, school or teacher. */
export const FamilyLessonResponse = z.object({ module: z.object({ id: z.string(), version: z.number().int(), content: PlayedContent }) });

export const RecordOpenRequest = z.strictObject({ device: DeviceId });
export const RecordOpenResponse = z.object({ counted: z.boolean() });

/** Only a module written for families may be shared with them. */
export function isForFamilies(content: Pick<ModuleContent, 'gradeBands'>): boolean {
  return content.gradeBands.includes('families');
}
