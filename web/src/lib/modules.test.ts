import { beforeAll, describe, expect, it } from 'vitest';
import { isOverdue as apiIsOverdue } from '$domain/assignments/due';
import { campaignPhase as apiCampaignPhase, isOpen } from '$domain/campaigns/phase';
import { ALL_PACKS, loadMessages, translate } from './i18n/translate';
import {
  addDays,
  campaignPhase,
  campaignRelation,
  chinaToday,
  cleanContent,
  describePath,
  detailsAt,
  emptyContent,
  isOverdue,
  moveItem,
  newOption,
  newSection,
  uniqueSectionId,
} from './modules';

// The messages come in packs loaded by the page that needs them (i18n/translate.ts): load them all here.
beforeAll(() => Promise.all([loadMessages('zh', ALL_PACKS), loadMessages('en', ALL_PACKS)]));

describe('dates', () => {
  it('counts days in China time', () => {
    // 17:00 UTC on 25 June is already 26 June in Beijing.
    expect(chinaToday(Date.parse('2026-06-25T17:00:00Z'))).toBe('2026-06-26');
    expect(addDays('2026-06-26', 7)).toBe('2026-07-03');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('is overdue only after the end of the due day, China time, and never once completed', () => {
    expect(isOverdue('2026-06-26', null, Date.parse('2026-06-26T15:59:00Z'))).toBe(false);
    expect(isOverdue('2026-06-26', null, Date.parse('2026-06-26T16:00:00Z'))).toBe(true);
    expect(isOverdue('2026-06-26', '2026-06-27T01:00:00Z', Date.parse('2026-07-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(null, null, Date.now())).toBe(false);
  });

  it('flags overdue by the API’s own rule, not a copy', () => {
    expect(isOverdue).toBe(apiIsOverdue);
    expect(isOverdue('2026-06-26', null, Date.parse('2026-06-26T15:59:59Z'))).toBe(false);
    expect(isOverdue('2026-06-26', null, Date.parse('2026-06-26T15:59:59.001Z'))).toBe(true);
  });

  it('tells a campaign’s phase by the API’s own rule, both end days included', () => {
    expect(campaignPhase).toBe(apiCampaignPhase);
    const c = { startDate: '2026-06-01', endDate: '2026-06-26' };
    for (const at of ['2026-05-31T15:59:59.999Z', '2026-05-31T16:00:00Z', '2026-06-26T15:59:59Z', '2026-06-26T15:59:59.001Z'])
      expect(campaignPhase(c, Date.parse(at)) === 'open', at).toBe(isOpen(c, Date.parse(at)));
    expect(campaignPhase(c, Date.parse('2026-05-31T16:00:00Z'))).toBe('open');
    expect(campaignPhase(c, Date.parse('2026-06-26T15:59:59Z'))).toBe('open');
  });

  it('tells a campaign’s phase and how it stands to the viewer', () => {
    const c = { startDate: '2026-06-01', endDate: '2026-06-26' };
    expect(campaignPhase(c, Date.parse('2026-05-31T15:00:00Z'))).toBe('upcoming');
    expect(campaignPhase(c, Date.parse('2026-06-10T00:00:00Z'))).toBe('open');
    expect(campaignPhase(c, Date.parse('2026-06-26T16:00:01Z'))).toBe('ended');
    const mine = '640000/640400/640422';
    expect(campaignRelation({ unitId: '640422', unitPath: mine }, '640422', mine)).toBe('own');
    expect(campaignRelation({ unitId: '640400', unitPath: '640000/640400' }, '640422', mine)).toBe('parent');
    expect(campaignRelation({ unitId: '640422', unitPath: mine }, '640400', '640000/640400')).toBe('child');
  });
});

describe('editing helpers', () => {
  it('creates sections of each kind with unique ids', () => {
    const content = emptyContent();
    expect(content.sections).toHaveLength(1);
    const check = newSection('check', content.sections);
    expect(check.id).toBe('section-2');
    expect(check.kind === 'check' && check.options.map((o) => [o.id, o.correct])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(uniqueSectionId(['section-2'])).toBe('section-3');
    expect(newSection('video', []).kind).toBe('video');
    expect(newOption([{ id: 'a', text: { zh: '', en: '' }, correct: true, feedback: { zh: '', en: '' } }]).id).toBe('b');
  });

  it('moves items without touching the original', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, 5)).toEqual(list);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('drops an empty optional caption', () => {
    const content = emptyContent();
    content.sections = [
      { id: 'img', kind: 'image', title: { zh: '图', en: 'Pic' }, src: '/content/x.svg', alt: { zh: '图', en: 'Pic' }, caption: { zh: ' ', en: '' } },
    ];
    expect(cleanContent(content).sections[0]).not.toHaveProperty('caption');
  });
});

describe('validation paths', () => {
  const zh = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh', key, params);
  const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);

  it('reads as words in both languages', () => {
    expect(describePath('content.sections.2.options.0.feedback.en', en)).toBe('Section 3 › Option 1 › Feedback › English');
    expect(describePath('content.sections.2.options', zh)).toBe('第 3 节 › 选项');
    expect(describePath('content.title.zh', zh)).toBe('标题 › 中文');
    expect(describePath('content.group', en)).toBe('Group');
    expect(describePath('', en)).toBe('Module');
    expect(describePath('content.mystery', en)).toBe('mystery');
  });

  it('finds the details of a field or of everything inside it', () => {
    const details = [
      { path: 'content.sections.2.options', code: 'one_correct', message: 'at least one option must be correct', params: {} },
      { path: 'content.sections.2.title.en', code: 'too_small', message: 'Too small', params: {} },
      { path: 'content.sections.12', code: 'custom', message: 'x', params: {} },
    ];
    expect(detailsAt(details, 'content.sections.2.options')).toHaveLength(1);
    expect(detailsAt(details, 'content.sections.2', true)).toHaveLength(2);
  });
});
