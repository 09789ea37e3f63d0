/**
 * The rubrics a new contest starts from, by type (an organiser may change every row). Zod-free: the
 * web's contest form and the demo seed use the same rows.
 */
import type { ContestType } from './kinds.js';

export interface RubricRow {
  id: string;
  name: { zh: string; en: string };
  description: { zh: string; en: string };
  max: number;
}

/** 主题思想 30, 内容材料 30, 结构语言 25, 创意感染力 15: the usual essay rubric. */
export function defaultRubric(type: ContestType = 'essay'): RubricRow[] {
  if (type === 'lesson')
    return [
      {
        id: 'goals',
        name: { zh: '教学目标', en: 'Aims' },
        description: { zh: '目标明确，符合学段特点和禁毒教育要求。', en: 'Clear aims that suit the grade band and the aims of drug education.' },
        max: 20,
      },
      {
        id: 'content',
        name: { zh: '教学内容', en: 'Content' },
        description: { zh: '知识准确、法律依据可靠，贴近学生生活。', en: 'Accurate facts and law, close to students’ lives.' },
        max: 30,
      },
      {
        id: 'method',
        name: { zh: '教学方法', en: 'Methods' },
        description: { zh: '活动设计合理，学生参与充分，方法灵活。', en: 'Well-designed activities that involve every student.' },
        max: 30,
      },
      {
        id: 'effect',
        name: { zh: '教学效果', en: 'Effect' },
        description: { zh: '重点突出，拒毒技能可迁移，可推广性强。', en: 'Focused, with refusal skills students can use; easy for others to reuse.' },
        max: 20,
      },
    ];
  return [
    {
      id: 'theme',
      name: { zh: '主题思想', en: 'Theme' },
      description: { zh: '紧扣禁毒主题，观点正确，立意积极。', en: 'Keeps to the anti-drug theme; sound, positive ideas.' },
      max: 30,
    },
    {
      id: 'content',
      name: { zh: '内容材料', en: 'Content' },
      description: { zh: '材料真实具体，知识准确，内容充实。', en: 'True, concrete material; accurate facts; substance.' },
      max: 30,
    },
    {
      id: 'language',
      name: { zh: '结构语言', en: 'Structure and language' },
      description: { zh: '结构清晰，语言通顺，表达准确。', en: 'Clear structure; fluent, accurate language.' },
      max: 25,
    },
    {
      id: 'impact',
      name: { zh: '创意感染力', en: 'Creativity and appeal' },
      description: { zh: '角度新颖，情感真挚，富有感染力。', en: 'A fresh angle; sincere feeling that moves the reader.' },
      max: 15,
    },
  ];
}
