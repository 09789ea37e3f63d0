import { beforeAll, describe, expect, it } from 'vitest';
import { describeValidation } from './validation-messages';
import { ALL_PACKS, loadMessages, translate, type MessageKey, type Params } from './i18n/translate';

// The messages come in packs loaded by the page that needs them (i18n/translate.ts): load them all here.
beforeAll(() => Promise.all([loadMessages('zh', ALL_PACKS), loadMessages('en', ALL_PACKS)]));

const zh = (key: MessageKey, params?: Params) => translate('zh', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);

describe('describeValidation', () => {
  it('says zod’s usual messages in the reader’s language', () => {
    expect(describeValidation('Too small: expected string to have >=1 characters', zh)).toEqual({ text: '必填', lang: undefined });
    expect(describeValidation('Too big: expected string to have <=120 characters', en).text).toBe('At most 120 characters');
    expect(describeValidation('Too small: expected array to have >=1 items', zh).text).toBe('至少选择 1 项');
    expect(describeValidation('Too big: expected number to be <=240', zh).text).toBe('不能大于 240');
    expect(describeValidation('Invalid input: expected number, received null', en).text).toBe('Enter a number');
    expect(describeValidation('at least one option must be correct', zh).text).toBe('至少要有一个正确选项');
    expect(describeValidation('lowercase letters, digits and dashes', en).text).toContain('lowercase');
  });

  it('says the question bank’s rules too', () => {
    expect(describeValidation('single choice and true/false have exactly one correct option; multiple choice at least two', en).text).toBe(
      'Single choice and true/false need exactly one right option; multiple choice at least two',
    );
    expect(describeValidation('true/false questions have exactly the options t (true) and f (false)', zh).text).toBe('判断题只能有“对”和“错”两个选项');
    expect(describeValidation('lowercase letters, digits and dashes (not at either end)', zh).text).toBe('只能用小写字母、数字和连字符（最多 40 个）');
  });

  it('passes unknown messages through as English', () => {
    expect(describeValidation('Something new', zh)).toEqual({ text: 'Something new', lang: 'en' });
  });
});
