/** English for changing one's password. Same keys as account.zh.ts: the type makes a missing or extra key a compile error. */
import type { accountZh } from './account.zh';
import type { Message } from './translate';

export const accountEn: Record<keyof typeof accountZh, Message> = {
  'password.title': 'Change password',
  'password.forced': 'This is your first sign-in: replace the initial password with one only you know.',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.confirm': 'New password again',
  'password.rule': { count: 'min', one: 'At least {min} character.', other: 'At least {min} characters.' },
  'password.submit': 'Save new password',
  'password.changed': 'Your password has been changed.',
  'password.currentMissing': 'Enter your current password.',
  'password.currentWrong': 'The current password is wrong.',
  'password.tooShort': { count: 'min', one: 'The new password needs at least {min} character.', other: 'The new password needs at least {min} characters.' },
  'password.sameAsCurrent': 'The new password must differ from the current one.',
  'password.mismatch': 'The two new passwords do not match.',
  'password.weak': 'This password is too easy to guess. Avoid common passwords, your username and runs of keys such as 12345678.',
  'password.devicesTitle': 'Signed in elsewhere?',
  'password.devicesIntro': 'If you signed in on a shared computer and forgot to sign out, end every session of your account, here included.',
  'password.signOutEverywhere': 'Sign out on every device',
};
