import type { ModuleContent } from '../../functions/src/domain/modules/content.js';

const both = (zh: string, en: string) => ({ zh, en });

/** A small valid module: two text sections and two inline checks. */
export function moduleContent(title = '测试模块', bands: ModuleContent['gradeBands'] = ['junior']): ModuleContent {
  return {
    title: both(title, `Test module ${title}`),
    summary: both('用于测试的模块。', 'A module for tests.'),
    gradeBands: bands,
    topics: ['drug_basics'],
    estimatedMinutes: 5,
    sections: [
      { id: 'intro', kind: 'text', title: both('引言', 'Introduction'), body: both('**毒品**会伤害身体。', '**Drugs** harm the body.') },
      {
        id: 'check-1',
        kind: 'check',
        title: both('想一想', 'Think'),
        question: both('陌生人给的“糖果”可以吃吗？', 'Should you eat “candy” a stranger gives you?'),
        options: [
          { id: 'a', text: both('可以', 'Yes'), correct: false, feedback: both('不对。', 'No.') },
          { id: 'b', text: both('不可以，告诉大人', 'No, tell an adult'), correct: true, feedback: both('对。', 'Right.') },
        ],
      },
      { id: 'more', kind: 'text', title: both('更多', 'More'), body: both('远离毒品。', 'Stay away from drugs.') },
      {
        id: 'check-2',
        kind: 'check',
        title: both('再想一想', 'Think again'),
        question: both('遇到危险应该怎么办？', 'What should you do in danger?'),
        options: [
          { id: 'a', text: both('告诉信任的大人', 'Tell a trusted adult'), correct: true, feedback: both('对。', 'Right.') },
          { id: 'b', text: both('自己处理', 'Handle it alone'), correct: false, feedback: both('最好求助。', 'Better to ask for help.') },
        ],
      },
    ],
    teacherNote: { aims: both('测试。', 'Testing.'), sources: both('无。', 'None.') },
  };
}
