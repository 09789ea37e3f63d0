import { describe, expect, it } from 'vitest';
import { beijingTime, reportFileName, reportSheets, type ReportData, type ReportWords } from './report';

const words: ReportWords = {
  name: (value) => value.zh,
  kind: (kind) => ({ county: '县（区）', school: '学校' })[kind] ?? kind,
  activityKind: (kind) => ({ talk: '讲座或宣讲', class_meeting: '主题班会' })[kind] ?? kind,
  sheet: { summary: '概况', online: '线上覆盖', offline: '线下活动与课时', laggards: '未达标学校', history: '每日完成情况' },
  col: new Proxy({} as ReportWords['col'], { get: (_, key) => String(key) }),
  item: new Proxy({} as ReportWords['item'], { get: (_, key) => String(key) }),
  list: { online: '线上', offline: '线下' },
  lacks: { activities: '活动', lessons: '课时班级' },
};

const row = (id: string, zh: string, extra: Partial<Record<string, unknown>> = {}) => ({
  id,
  name: { zh, en: zh },
  kind: 'school',
  schools: 1,
  schoolsMeeting: 0,
  activities: 0,
  counted: 0,
  byKind: {},
  participants: 0,
  hours: 0,
  classes: 2,
  classesMeeting: 0,
  lessonHours: 0,
  ...extra,
});

const data = {
  unit: { id: 'k', name: { zh: '西吉县', en: 'Xiji' }, kind: 'county' },
  readAt: Date.parse('2026-12-06T01:30:00Z'),
  online: null,
  offline: {
    requirement: { id: 'r', title: { zh: '本月活动', en: '' }, from: '2026-12', to: '2026-12', minActivities: 1, minLessonHours: 2 },
    unit: row('k', '西吉县', { kind: 'county', schools: 2, schoolsMeeting: 1, activities: 3, counted: 2, byKind: { talk: 2, class_meeting: 1 } }),
    children: [
      row('a', '清泉中学', { schoolsMeeting: 1, activities: 3, counted: 2, byKind: { talk: 2, class_meeting: 1 }, classesMeeting: 2, lessonHours: 4 }),
      row('b', '红岩小学'),
    ],
    laggards: [{ ...row('b', '红岩小学'), path: 'r/c/k/b', meetsActivities: false, meetsLessons: false }],
    classes: [],
  },
} as unknown as ReportData;

describe('semester report sheets', () => {
  it('says when the figures were read in Beijing time', () => {
    expect(beijingTime(Date.parse('2026-12-06T17:30:00Z'))).toBe('2026-12-07 01:30');
  });

  it('leaves out the on-line sheets without a campaign and lists activity kinds that occurred, in the fixed order', () => {
    const sheets = reportSheets(data, words);
    expect(sheets.map((s) => s.name)).toEqual(['概况', '线下活动与课时', '未达标学校']);
    const offline = sheets[1]!;
    expect(offline.columns.slice(6, 8)).toEqual(['主题班会', '讲座或宣讲']);
    expect(offline.rows[0]!.slice(0, 8)).toEqual(['清泉中学', '学校', 1, 1, 2, 3, 1, 2]);
    expect(offline.rows[1]!.slice(6, 8)).toEqual([0, 0]);
  });

  it('says what each lagging school lacks', () => {
    const laggards = reportSheets(data, words).find((s) => s.name === '未达标学校')!;
    expect(laggards.rows).toEqual([['线下', '红岩小学', '活动 0/1; 课时班级 0/2 (≥ 2)']]);
  });

  it('names the file so Excel and any file system take it', () => {
    expect(reportFileName('西吉县 教育局', '学期报告', data.readAt, 'xlsx')).toBe('西吉县_教育局-学期报告-2026-12-06.xlsx');
    expect(reportFileName('a/b:c', 'x', data.readAt, 'pdf')).toBe('a_b_c-x-2026-12-06.pdf');
  });
});
