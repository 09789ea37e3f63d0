import { describe, expect, it } from 'vitest';
import {
  barWidth,
  chartPoints,
  classRange,
  countiesOf,
  classPageHref,
  countyLabel,
  isDrillable,
  isWithinScope,
  labelPoint,
  labelledIndexes,
  nextSort,
  parseState,
  percentText,
  shortDate,
  parseSubjectValue,
  pathBounds,
  pathRings,
  rateClass,
  sortRows,
  stateQuery,
  subjectQuery,
  subjectValue,
  viewBoxOf,
  type CoverageRow,
} from './coverage';

const row = (id: string, zh: string, figures: Partial<CoverageRow> = {}): CoverageRow => ({
  id,
  name: { zh, en: zh },
  kind: 'county',
  schoolsRegistered: 0,
  schoolsReached: 0,
  enrolled: 0,
  started: 0,
  completed: 0,
  completionRate: 0,
  quizParticipants: 0,
  quizParticipation: 0,
  passRate: 0,
  meanScore: 0,
  taughtLessons: 0,
  lastActivityAt: null,
  ...figures,
});

describe('URL state', () => {
  it('reads unit, subject, sort and threshold, dropping what the app never writes', () => {
    expect(parseState(new URLSearchParams('unit=640400&campaign=cmp_1&sort=-completionRate&below=30'))).toEqual({
      unit: '640400',
      subject: { kind: 'campaign', id: 'cmp_1' },
      sort: { key: 'completionRate', direction: 'descending' },
      below: 30,
    });
    expect(parseState(new URLSearchParams('competition=quiz_x&sort=name'))).toEqual({
      unit: null,
      subject: { kind: 'competition', id: 'quiz_x' },
      sort: { key: 'name', direction: 'ascending' },
      below: null,
    });
    expect(parseState(new URLSearchParams('unit=<script>&campaign=&sort=-password&below=120'))).toEqual({ unit: null, subject: null, sort: null, below: null });
  });

  it('writes the page query back, leaving out the own unit', () => {
    const state = {
      unit: '640422',
      subject: { kind: 'campaign' as const, id: 'cmp_1' },
      sort: { key: 'enrolled' as const, direction: 'descending' as const },
      below: 50,
    };
    expect(stateQuery(state, '640000')).toBe('?unit=640422&campaign=cmp_1&sort=-enrolled&below=50');
    expect(stateQuery({ ...state, unit: '640000', sort: null, below: null }, '640000')).toBe('?campaign=cmp_1');
    expect(parseState(new URLSearchParams(stateQuery(state, '640000').slice(1)))).toEqual(state);
  });

  it('builds the API query and the picker value', () => {
    expect(subjectQuery('640000', { kind: 'competition', id: 'quiz_1' })).toBe('unit=640000&competition=quiz_1');
    expect(parseSubjectValue(subjectValue({ kind: 'campaign', id: 'cmp_a' }))).toEqual({ kind: 'campaign', id: 'cmp_a' });
    expect(parseSubjectValue('module:x')).toBeNull();
  });

  it('flips a column and starts a new one high to low (names A–Z)', () => {
    expect(nextSort(null, 'completionRate')).toEqual({ key: 'completionRate', direction: 'descending' });
    expect(nextSort({ key: 'completionRate', direction: 'descending' }, 'completionRate')).toEqual({ key: 'completionRate', direction: 'ascending' });
    expect(nextSort({ key: 'completionRate', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('rows', () => {
  const collator = new Intl.Collator('en');
  const rows = [
    row('a', 'Alpha', { completionRate: 20, lastActivityAt: '2026-06-02T00:00:00.000Z' }),
    row('b', 'Bravo', { completionRate: 50, lastActivityAt: null }),
    row('c', 'Charlie', { completionRate: 20, lastActivityAt: '2026-06-01T00:00:00.000Z' }),
  ];
  const ids = (list: CoverageRow[]) => list.map((r) => r.id);

  it('lists administrative units by code and others by name without a sort', () => {
    const cities = [row('640400', 'Guyuan', { kind: 'city' }), row('640100', 'Yinchuan', { kind: 'city' }), row('640200', 'Shizuishan', { kind: 'city' })];
    expect(ids(sortRows(cities, null, (r) => r.name.en, collator))).toEqual(['640100', '640200', '640400']);
    const schools = [row('sch_b', 'Zhongxin', { kind: 'school' }), row('sch_a', 'Hongyan', { kind: 'school' })];
    expect(ids(sortRows(schools, null, (r) => r.name.en, collator))).toEqual(['sch_a', 'sch_b']);
  });

  it('sorts by a figure with ties by name A–Z, and by last activity with never first', () => {
    expect(ids(sortRows(rows, { key: 'completionRate', direction: 'descending' }, (r) => r.name.en, collator))).toEqual(['b', 'a', 'c']);
    expect(ids(sortRows(rows, { key: 'completionRate', direction: 'ascending' }, (r) => r.name.en, collator))).toEqual(['a', 'c', 'b']);
    expect(ids(sortRows(rows, { key: 'lastActivityAt', direction: 'ascending' }, (r) => r.name.en, collator))).toEqual(['b', 'c', 'a']);
    expect(ids(sortRows(rows, { key: 'name', direction: 'descending' }, (r) => r.name.en, collator))).toEqual(['c', 'b', 'a']);
  });

  it('drills to classes only for those who run them', () => {
    expect(isDrillable('county', 'bureau')).toBe(true);
    expect(isDrillable('school', 'bureau')).toBe(true);
    expect(isDrillable('class', 'bureau')).toBe(false);
    expect(isDrillable('class', 'school_admin')).toBe(true);
  });

  it('links a class row to the class page of those who run it', () => {
    expect(classPageHref('class', 'cls_1', 'teacher')).toBe('/teacher/classes/cls_1');
    expect(classPageHref('class', 'cls_1', 'school_admin')).toBe('/school/classes/cls_1');
    expect(classPageHref('class', 'cls_1', 'bureau')).toBeNull();
    expect(classPageHref('school', 'sch_1', 'school_admin')).toBeNull();
  });

  it('names counties on the map briefly', () => {
    expect(countyLabel({ zh: '西吉县', en: 'Xiji County' }, 'zh')).toBe('西吉县');
    expect(countyLabel({ zh: '兴庆区', en: 'Xingqing District' }, 'en')).toBe('Xingqing');
    expect(countyLabel({ zh: '灵武市', en: 'Lingwu' }, 'en')).toBe('Lingwu');
  });

  it('knows a scope and clamps bars', () => {
    expect(isWithinScope('640000/640400', '640000')).toBe(true);
    expect(isWithinScope('6400001', '640000')).toBe(false);
    expect(isWithinScope('640000', '')).toBe(false);
    expect(barWidth(120)).toBe(100);
    expect(barWidth(-1)).toBe(0);
    expect(barWidth(Number.NaN)).toBe(0);
  });
});

describe('map', () => {
  it('puts rates in five classes, and no students in none', () => {
    expect([0, 19.9, 20, 39.9, 40, 60, 79.9, 80, 100].map((r) => rateClass(r))).toEqual([0, 0, 1, 1, 2, 3, 3, 4, 4]);
    expect(rateClass(0, 0)).toBeNull();
    expect(classRange(0)).toEqual([0, 20]);
    expect(classRange(4)).toEqual([80, 100]);
  });

  it('reads rings, bounds and a viewBox from path data', () => {
    const square = 'M10,10L20,10L20,20L10,20Z';
    const two = `${square}M30,0L40,0L40,5Z`;
    expect(pathRings(two)).toHaveLength(2);
    expect(pathBounds(two)).toEqual({ minX: 10, minY: 0, maxX: 40, maxY: 20 });
    expect(viewBoxOf([square], 0)).toBe('10 10 10 10');
    expect(viewBoxOf([square, 'M0,0L5,5Z'], 0.1)).toBe('-2 -2 24 24');
  });

  it('labels a county at the centroid of its largest ring', () => {
    const point = labelPoint('M0,0L2,0L2,2L0,2ZM10,10L20,10L20,20L10,20Z');
    expect(point.x).toBeCloseTo(15);
    expect(point.y).toBeCloseTo(15);
    expect(point.area).toBeCloseTo(100);
  });

  it('shows all counties of the region and a city’s by code', () => {
    const counties = [{ code: '640104' }, { code: '640422' }, { code: '640425' }];
    expect(countiesOf(counties, { id: '640000', kind: 'region' })).toHaveLength(3);
    expect(countiesOf(counties, { id: '640400', kind: 'city' }).map((c) => c.code)).toEqual(['640422', '640425']);
    expect(countiesOf(counties, { id: '640422', kind: 'county' })).toEqual([]);
  });
});

describe('history chart', () => {
  const box = { width: 120, height: 110, left: 10, right: 10, top: 5, bottom: 5 };

  it('spreads dates evenly and puts 0 % at the bottom', () => {
    expect(chartPoints([{ completionRate: 0 }, { completionRate: 50 }, { completionRate: 100 }], box)).toEqual([
      { x: 10, y: 105 },
      { x: 60, y: 55 },
      { x: 110, y: 5 },
    ]);
    expect(chartPoints([{ completionRate: 25 }], box)).toEqual([{ x: 60, y: 80 }]);
  });

  it('labels at most a few dates, always the first and the last', () => {
    expect(labelledIndexes(3)).toEqual([0, 1, 2]);
    expect(labelledIndexes(30, 5)).toEqual([0, 7, 15, 22, 29]);
    expect(labelledIndexes(0)).toEqual([]);
  });
});

describe('text', () => {
  it('writes percentages and history dates', () => {
    expect(percentText('en', 23.14)).toBe('23.1%');
    expect(percentText('zh-CN', 1234.5)).toBe('1,234.5%');
    expect(shortDate('zh', '2026-06-01')).toBe('6月1日');
    expect(shortDate('en', '2026-12-31')).toBe('Dec 31');
    expect(shortDate('en', 'soon')).toBe('soon');
  });
});
