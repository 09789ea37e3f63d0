/** English for sharing a families lesson from the class page. Same keys as family-links.zh.ts: the type makes a missing or extra key a compile error. */
import type { familyLinksZh } from './family-links.zh';
import type { Message } from './translate';

export const familyLinksEn: Record<keyof typeof familyLinksZh, Message> = {
  'familyLinks.title': 'For families',
  'familyLinks.hint':
    'Share the link in your class’s parents’ group: parents can open it without an account. We count the devices that open it, not who they are.',
  'familyLinks.module': 'Lesson for families',
  'familyLinks.pick': 'Choose…',
  'familyLinks.create': 'Create link',
  'familyLinks.creating': 'Creating…',
  'familyLinks.moduleMissing': 'Choose a lesson for families first.',
  'familyLinks.noModules': 'There are no lessons for families to share yet.',
  'familyLinks.none': 'This class has not shared a lesson with families yet.',
  'familyLinks.created': 'The link to “{title}” is ready.',
  'familyLinks.existing': '“{title}” already has a link: it is the one below.',
  'familyLinks.urlLabel': 'Link to “{title}”',
  'familyLinks.copy': 'Copy link',
  'familyLinks.copied': 'Link copied: you can paste it in the parents’ group.',
  'familyLinks.copyFailed': 'Could not copy automatically: select the link above and copy it yourself.',
  'familyLinks.opens': { one: 'Opened on {n} device', other: 'Opened on {n} devices' },
};
