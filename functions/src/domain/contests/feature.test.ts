import { describe, expect, it } from 'vitest';
import { ModuleContent } from '../modules/content.js';
import { lessonModule } from './feature.js';

const credit = { author: '李老师', school: { zh: '清泉中学', en: 'Qingquan Middle School' }, contest: { zh: '精品课评选', en: 'Best lesson selection' } };

describe('a winning lesson as a module draft', () => {
  it('is valid module content that keeps every character of a long plan', () => {
    const plan = ['## 教学目标\n\n认识毒品的危害。', '甲'.repeat(9000), '## 教学过程\n\n' + '乙'.repeat(3000)].join('\n\n');
    const content = lessonModule(
      { title: '拒绝毒品第一口', text: plan, language: 'zh', band: 'junior', length: 12000, submittedAt: '2026-11-01T00:00:00.000Z' },
      credit,
    );
    expect(ModuleContent.safeParse(content).success).toBe(true);
    const kept = content.sections.map((s) => (s.kind === 'text' ? s.body.zh : '')).join('');
    expect(kept.replace(/\s/g, '')).toBe(plan.replace(/\s/g, ''));
    expect(content.teacherNote.aims.zh).toContain('李老师');
  });
});
