import type { QuestionContent } from '../../domain/questions/question.js';

type Option = QuestionContent['options'][number];

/** The two fixed options of a true/false question: 't' (对 / True) and 'f' (错 / False), in that order. */
export function trueFalse(answer: boolean): Option[] {
  return [
    { id: 't', text: { zh: '对', en: 'True' }, correct: answer },
    { id: 'f', text: { zh: '错', en: 'False' }, correct: !answer },
  ];
}
