import { beforeAll, describe, expect, it } from 'vitest';
import { describeDetail } from './validation-messages';
import { ALL_PACKS, loadMessages, translate, type MessageKey, type Params } from './i18n/translate';

// The messages come in packs loaded by the page that needs them (i18n/translate.ts): load them all here.
beforeAll(() => Promise.all([loadMessages('zh', ALL_PACKS), loadMessages('en', ALL_PACKS)]));

const zh = (key: MessageKey, params?: Params) => translate('zh', key, params);
const en = (key: MessageKey, params?: Params) => translate('en', key, params);
const issue = (code: string, params: Record<string, unknown> = {}, message = 'English words') => ({ code, params, message });

describe('describeDetail', () => {
  it('says zod’s issues in the reader’s language, with their bounds', () => {
    expect(describeDetail(issue('too_small', { origin: 'string', minimum: 1 }), zh)).toEqual({ text: '必填', lang: undefined });
    expect(describeDetail(issue('too_small', { origin: 'string', minimum: 3 }), en).text).toBe('At least 3 characters');
    expect(describeDetail(issue('too_big', { origin: 'string', maximum: 120 }), en).text).toBe('At most 120 characters');
    expect(describeDetail(issue('too_small', { origin: 'array', minimum: 1 }), zh).text).toBe('至少选择 1 项');
    expect(describeDetail(issue('too_big', { origin: 'number', maximum: 240 }), zh).text).toBe('不能大于 240');
    expect(describeDetail(issue('invalid_type', { expected: 'number' }), en).text).toBe('Enter a number');
    expect(describeDetail(issue('invalid_type', { expected: 'int' }), zh).text).toBe('请填写整数');
  });

  it('tells named formats from other patterns', () => {
    expect(describeDetail(issue('invalid_format', { format: 'section_id' }), zh).text).toBe('只能用小写字母、数字和连字符（最多 40 个）');
    expect(describeDetail(issue('invalid_format', { format: 'slug' }), en).text).toContain('lowercase');
    expect(describeDetail(issue('invalid_format', { format: 'regex', pattern: '/^x$/' }), en).text).toBe('Not in the expected format');
  });

  it('says the domain’s rules by their code', () => {
    expect(describeDetail(issue('one_correct'), zh).text).toBe('至少要有一个正确选项');
    expect(describeDetail(issue('correct_count'), en).text).toBe('Single choice and true/false need exactly one right option; multiple choice at least two');
    expect(describeDetail(issue('true_false_options'), zh).text).toBe('判断题只能有“对”和“错”两个选项');
    expect(describeDetail(issue('module_too_long', { maximum: 100000 }), en).text).toBe('A module holds at most 100000 characters; split it in two');
    expect(describeDetail(issue('window_order'), zh).text).toBe('结束时间必须晚于开始时间');
    expect(describeDetail(issue('unclean_text'), en).text).toContain('invisible');
  });

  it('says the activity records’ rules, with the bound a rule names', () => {
    expect(describeDetail(issue('date_in_future'), zh).text).toBe('活动日期不能晚于今天');
    expect(describeDetail(issue('not_school_class'), en).text).toBe('Choose classes of this school only');
    expect(describeDetail(issue('too_many_photos', { max: 6 }), zh).text).toBe('每条记录最多 6 张照片');
    expect(describeDetail(issue('too_many_photos', { max: 6 }), en).text).toBe('A record has at most 6 photos');
    expect(describeDetail(issue('locked', { days: 7 }), zh).text).toBe('这条记录已超过可修改的期限，已锁定');
  });

  it('shows the server’s English for a code it does not know, whatever the message says', () => {
    expect(describeDetail(issue('something_new', {}, 'Something new'), zh)).toEqual({ text: 'Something new', lang: 'en' });
    expect(describeDetail(issue('custom', {}, 'at least one option must be correct'), zh)).toEqual({ text: 'at least one option must be correct', lang: 'en' });
    expect(describeDetail(issue('too_small', { origin: 'date' }, 'Too small'), en)).toEqual({ text: 'Too small', lang: 'en' });
  });
});
