import type { offlineZh } from './offline.zh';
import type { Message } from './translate';

/** Offline: the offline notice, pages opened offline, the quiz's save state. */
export const offlineEn: Record<keyof typeof offlineZh, Message> = {
  'offline.notice': 'Offline — your answers are kept on this device',
  'offline.noticeStaff': 'Offline — changes cannot be saved until the network is back',
  'offline.pageUnavailable': 'You are offline and this page is not kept on this device yet. It loads by itself once you are back online.',
  'error.offline': 'You are offline. Try again once the network is back.',
  'quiz.navWaiting': 'Question {n}, picked, waiting to be saved',
  'quiz.navigatorLegend': 'Questions with ✓ are saved; those with … are picked and waiting to be saved; dashed ones are not answered.',
  'quiz.saveStatusLabel': 'Save status',
  'quiz.confirmQueued': {
    one: '{n} answer is kept on this device only; it is saved to the server before submitting.',
    other: '{n} answers are kept on this device only; they are saved to the server before submitting.',
  },
  'quiz.confirmAllSaved': 'All your answers are saved on the server.',
};
