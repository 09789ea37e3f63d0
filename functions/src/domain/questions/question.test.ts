import { describe, expect, it } from 'vitest';
import { QuestionContent } from './question.js';

const both = (s: string) => ({ zh: s, en: s });
const content = {
  type: 'single',
  stem: both('stem'),
  options: [
    { id: 'a', text: both('one'), correct: false },
    { id: 'b', text: both('two'), correct: true },
  ],
  explanation: both('why'),
  topics: ['law'],
  gradeBands: ['junior'],
  difficulty: 1,
};

describe('a question’s group', () => {
  it('is optional, so questions stored before groups existed stay valid', () => {
    expect(QuestionContent.safeParse(content).success).toBe(true);
    expect(QuestionContent.safeParse({ ...content, group: 'control-dates' }).success).toBe(true);
  });
  it('is a short lowercase slug', () => {
    for (const group of ['', 'Control dates', 'control_dates', '-dates', 'dates-', 'x'.repeat(41)])
      expect(QuestionContent.safeParse({ ...content, group }).success, group).toBe(false);
  });
});
