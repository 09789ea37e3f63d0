import { defaultRubric } from '../../domain/contests/rubrics.js';
import type { ContestSettings } from '../../domain/contests/schemas.js';

/** The demo county's essay contest; the seed sets its window around the seed date. */
export const DEMO_ESSAY_CONTEST: Omit<ContestSettings, 'opensAt' | 'closesAt'> = {
  type: 'essay',
  title: { zh: '西吉县青少年禁毒征文比赛', en: 'Xiji County Youth Anti-Drug Essay Contest' },
  theme: { zh: '珍爱生命，远离毒品', en: 'Cherish life, stay away from drugs' },
  brief: {
    zh: '围绕“珍爱生命，远离毒品”写一篇文章：可以写你在禁毒课上学到的知识，写你怎样识别伪装成零食、饮料的毒品，写你怎样拒绝诱惑、帮助身边的人。要求内容真实、观点正确、语言通顺，不得抄袭。中文 600–1500 字，英文 300–800 词。',
    en: 'Write an essay on “Cherish life, stay away from drugs”: what you learned in drug-prevention lessons, how to recognise drugs disguised as snacks or drinks, how to refuse temptation and help the people around you. Be truthful and accurate, write clearly, and write it yourself. Chinese 600–1,500 characters, English 300–800 words.',
  },
  bands: ['junior', 'senior'],
  limits: { zhChars: { min: 600, max: 1500 }, enWords: { min: 300, max: 800 } },
  stages: [
    { level: 'school', quota: 3 },
    { level: 'county', quota: 5 },
  ],
  rubric: defaultRubric('essay'),
  spreadPercent: 20,
};
