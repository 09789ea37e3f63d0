/** English. Same keys as zh.ts: the type makes a missing or extra key a compile error. */
import { offlineEn } from './offline.en';
import type { Message } from './translate';
import type { zh } from './zh';

export const en: Record<keyof typeof zh, Message> = {
  ...offlineEn,
  'app.title': 'ClearCampus 清朗校园',
  'app.name': 'ClearCampus',
  'a11y.skipToContent': 'Skip to main content',

  'header.signedInAs': 'Signed in as',
  'header.changePassword': 'Change password',
  'header.signOut': 'Sign out',
  'header.accountMenu': 'Account menu',
  'header.switchLanguage': '中文',
  'footer.tagline': 'ClearCampus · drug-prevention education for schools',
  'footer.apiReference': 'API reference',

  'role.student': 'Student',
  'role.teacher': 'Teacher',
  'role.school_admin': 'School admin',
  'role.bureau': 'Education bureau',
  'role.judge': 'Judge',
  'role.editor': 'Content editor',



  'bureau.breadcrumbs': 'Breadcrumb',
  'player.back': 'Back to my tasks',
  'player.status.saving': 'Saving…',
  'player.status.saved': 'Saved ✓',
  'player.status.offline': 'Offline — will retry',
  'player.status.retrying': 'The server could not save; will retry',
  'player.status.failed': 'Your session ended: progress is kept on this device and saved after you sign in again.',
  'player.retryNow': 'Retry now',
  'common.loading': 'Loading…',
  'common.saving': 'Saving…',
  'common.loadMore': 'Load more',
  'common.actions': 'Actions',
  'common.yes': 'Yes',
  'common.no': 'No',
  'form.fixErrors': 'Please correct the marked fields first.',

  'time.seconds': '{n} s',
  'time.minutes': '{n} min',
  'time.minutesSeconds': '{m} min {s} s',

  'error.consentRequired': 'Your school needs your parent’s or guardian’s consent before you can sign in. Please ask your teacher.',
  'error.validation': 'Some of what you entered is not valid.',
  'error.unauthenticated': 'Your session has ended. Please sign in again.',
  'error.forbidden': 'You are not allowed to do this.',
  'error.passwordChangeRequired': 'Please change your initial password first.',
  'error.notFound': 'Nothing was found.',
  'error.conflict': 'This conflicts with existing data (for example, the username is taken).',
  'error.tooLarge': 'What you sent is too large.',
  'error.ruleBroken': 'This is not allowed by the rules.',
  'error.throttled': 'Too many attempts. Please try again later.',
  'error.throttledWait': 'Too many attempts. Please try again in {wait}.',
  'error.network': 'Cannot reach the server. Check your connection and try again.',
  'error.server': 'Something went wrong on the server. Please try again later.',
  'error.unknown': 'An unknown error occurred.',
  'error.accountDelayed': 'Too many wrong passwords for this account. Try again in {wait}, or ask your teacher to unlock it.',
  'error.networkLimited': 'Too many failed sign-ins from this network. Please try again in {wait}.',
  'error.accountDisabled': 'This account is switched off. Ask your teacher or school.',
  'error.busy': 'The server is busy. Please try again in a moment.',
  'error.serverSaid': 'The server said:',
  'error.pageTitle': 'Something went wrong',
  'notFound.title': 'Page not found',
  'notFound.body': 'The page you asked for does not exist or has moved.',
  'notFound.home': 'Go to the home page',

  'signin.title': 'Sign in',
  'signin.intro': 'Sign in with the account your school or education bureau gave you.',
  'signin.username': 'Username',
  'signin.password': 'Password',
  'signin.submit': 'Sign in',
  'signin.busy': 'Signing in…',
  'signin.missing': 'Enter your username and password.',
  'signin.wrong': 'Wrong username or password.',
  'signin.help': 'Forgot your password? Students ask their class teacher; teachers ask their school admin to reset it.',













  'common.retry': 'Try again',
  'common.minutes': 'About {n} min',
  'common.dateRange': '{start} to {end}',
  'common.moveUp': 'Move up',
  'common.moveDown': 'Move down',
  'common.remove': 'Remove',


};
