/** English for the family lesson page. Same keys as family.zh.ts: the type makes a missing or extra key a compile error. */
import type { familyZh } from './family.zh';
import type { Message } from './translate';

export const familyEn: Record<keyof typeof familyZh, Message> = {
  'family.kicker': 'For families',
  'family.intro': 'Your child’s teacher shared this lesson with you. No account or sign-in is needed: just read on.',
  'family.checkNote': 'The quiz questions are checked on this device only: your answers are not saved or sent to anyone.',
  'family.privacy': 'We only count how many devices opened this link. We do not know or record who you are.',
  'family.expiredTitle': 'This link no longer works',
  'family.expired': 'This link no longer works. Please ask the teacher for a new one.',
};
