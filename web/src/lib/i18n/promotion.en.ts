/** Promotion to the next school year in English. Same keys as promotion.zh.ts: the type makes a missing or extra key a compile error. */
import type { promotionZh } from './promotion.zh';
import type { Message } from './translate';

export const promotionEn: Record<keyof typeof promotionZh, Message> = {
  'promotion.title': 'Promotion to the next school year',
  'promotion.intro': 'Every summer each class moves up a grade and the final grade graduates. Students sign in again afterwards.',
  'promotion.caption': 'Classes of {from} and what they become',
  'promotion.col.class': 'Class',
  'promotion.col.students': 'Students',
  'promotion.col.next': 'Next year ({year})',
  'promotion.col.outcome': 'Outcome',
  'promotion.graduates': 'Graduates',
  'promotion.unchanged': 'name unchanged',
  'promotion.promoted': 'Promoted',
  'promotion.graduated': 'Graduated',
  'promotion.noClasses': 'The school has no classes yet.',
  'promotion.notOpen': 'Promotion to {year} can start on {date}.',
  'promotion.ready': 'Check each class’s new name below: it is worked out from the grade, and a class whose name has no grade in it keeps its name.',
  'promotion.inProgress': 'The last promotion stopped half way: some classes are promoted. Finishing it promotes the rest and does not repeat what is done.',
  'promotion.done': 'Promoted to {year}.',
  'promotion.submit': 'Promote to {year}',
  'promotion.resume': 'Finish the promotion',
  'promotion.confirm': {
    count: 'promote',
    one: {
      count: 'graduate',
      one: 'Move {promote} class up to {year} and graduate {graduate} class? This cannot be undone.',
      other: 'Move {promote} class up to {year} and graduate {graduate} classes? This cannot be undone.',
    },
    other: {
      count: 'graduate',
      one: 'Move {promote} classes up to {year} and graduate {graduate} class? This cannot be undone.',
      other: 'Move {promote} classes up to {year} and graduate {graduate} classes? This cannot be undone.',
    },
  },
  'promotion.confirmYes': 'Yes, promote',
  'promotion.confirmNo': 'Cancel',
  'promotion.running': 'Promoting…',
  'promotion.refused.not_open': 'Promotion is not open yet.',
  'promotion.refused.stale_year': 'The school’s year has changed (someone may just have promoted it). The table is up to date now: check it again.',
};
