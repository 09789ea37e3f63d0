import { describe, expect, it } from 'vitest';
import { MAX_OPTIONS as API_MAX_OPTIONS, MIN_OPTIONS as API_MIN_OPTIONS } from '$domain/questions/options';
import {
  addOption,
  barWidth,
  correctProblem,
  drawRules,
  emptyQuestion,
  fromChinaLocalInput,
  MAX_OPTIONS,
  MIN_OPTIONS,
  notEnoughQuestions,
  nextHourInput,
  questionBody,
  removeOption,
  setCorrect,
  setGroup,
  sortBoard,
  switchType,
  toChinaLocalInput,
} from './quizzes';
import type { BoardRow } from './types';

describe('China time in datetime-local inputs', () => {
  it('reads and writes datetime-local values as Beijing time whatever the device’s zone', () => {
    expect(toChinaLocalInput(Date.parse('2026-06-26T01:30:00Z'))).toBe('2026-06-26T09:30');
    expect(fromChinaLocalInput('2026-06-26T09:30')).toBe('2026-06-26T01:30:00.000Z');
    expect(fromChinaLocalInput('2026-06-26T09:30:15')).toBe('2026-06-26T01:30:15.000Z');
    expect(fromChinaLocalInput('')).toBeNull();
    expect(fromChinaLocalInput('26/06/2026')).toBeNull();
    expect(nextHourInput(Date.parse('2026-06-26T01:30:00Z'))).toBe('2026-06-26T10:00');
    expect(nextHourInput(Date.parse('2026-06-26T01:30:00Z'), 7)).toBe('2026-07-03T10:00');
  });
});

describe('the question editor', () => {
  it('switching to true/false gives the fixed options and back restores the stashed ones', () => {
    const single = emptyQuestion('single');
    single.options[0]!.text = { zh: '甲', en: 'A' };
    const tf = switchType(single, 'true_false', null);
    expect(tf.options.map((o) => [o.id, o.text.zh, o.text.en, o.correct])).toEqual([
      ['t', '对', 'True', true],
      ['f', '错', 'False', false],
    ]);
    const back = switchType(tf, 'multiple', single.options);
    expect(back.options[0]!.text).toEqual({ zh: '甲', en: 'A' });
    expect(switchType(tf, 'single', null).options).toHaveLength(3);
  });

  it('single choice keeps one right option; multiple may have several', () => {
    const multiple = setCorrect(emptyQuestion('multiple'), 'c', true);
    expect(multiple.options.filter((o) => o.correct).map((o) => o.id)).toEqual(['a', 'b', 'c']);
    const single = switchType(multiple, 'single', null);
    expect(single.options.filter((o) => o.correct).map((o) => o.id)).toEqual(['a']);
    expect(
      setCorrect(single, 'b', true)
        .options.filter((o) => o.correct)
        .map((o) => o.id),
    ).toEqual(['b']);
    expect(correctProblem(single)).toBeNull();
    expect(correctProblem(setCorrect(emptyQuestion('multiple'), 'b', false))).toBe('question.needTwoCorrect');
  });

  it('counts options and right answers by the API’s rules', () => {
    expect([MIN_OPTIONS, MAX_OPTIONS]).toEqual([API_MIN_OPTIONS, API_MAX_OPTIONS]);
    let full = emptyQuestion('single');
    while (full.options.length < MAX_OPTIONS) full = addOption(full);
    expect(addOption(full).options).toHaveLength(API_MAX_OPTIONS);
    let least = emptyQuestion('single');
    while (least.options.length > MIN_OPTIONS) least = removeOption(least, least.options.at(-1)!.id);
    expect(removeOption(least, least.options[0]!.id).options).toHaveLength(API_MIN_OPTIONS);
    // Multiple choice needs two right options, exactly as the API's correct_count rule.
    const two = setCorrect(emptyQuestion('multiple'), 'c', false);
    expect(correctProblem(two)).toBeNull();
    expect(correctProblem(setCorrect(two, 'b', false))).toBe('question.needTwoCorrect');
  });

  it('keeps a typed group as typed, drops a blank one, and sends it trimmed', () => {
    const grouped = setGroup(emptyQuestion(), 'humen fire');
    expect(grouped.group).toBe('humen fire');
    expect(questionBody(setGroup(emptyQuestion(), '  humen-fire ')).group).toBe('humen-fire');
    for (const blank of ['', '   ']) {
      expect('group' in setGroup(grouped, blank)).toBe(false);
      expect(JSON.stringify(questionBody({ ...emptyQuestion(), group: blank }))).not.toContain('group');
    }
    expect(JSON.stringify(setGroup(grouped, ''))).toBe(JSON.stringify(emptyQuestion()));
  });

  it('adds and removes options within 2 to 6, never on true/false', () => {
    let q = emptyQuestion('single');
    for (let i = 0; i < 5; i++) q = addOption(q);
    expect(q.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    q = removeOption(q, 'a');
    expect(q.options.filter((o) => o.correct).map((o) => o.id)).toEqual(['b']);
    q = removeOption(removeOption(removeOption(removeOption(q, 'b'), 'c'), 'd'), 'e');
    expect(q.options).toHaveLength(2);
    const tf = emptyQuestion('true_false');
    expect(addOption(tf)).toBe(tf);
    expect(removeOption(tf, 't')).toBe(tf);
  });
});

describe('draw rules and boards', () => {
  it('turns counts per topic into rules, skipping zeros', () => {
    const rules = drawRules({ law: 3, drug_basics: 0, help_support: 2 }, ['drug_basics', 'law', 'help_support']);
    expect(rules).toEqual([
      { topic: 'law', count: 3 },
      { topic: 'help_support', count: 2 },
    ]);
  });

  it('sorts rows by any column, ties by name', () => {
    const row = (id: string, zh: string, participationRate: number, meanScore: number): BoardRow => ({
      id,
      name: { zh, en: id },
      kind: 'school',
      enrolled: 10,
      participants: 0,
      participationRate,
      attempts: 0,
      passes: 0,
      passRate: 0,
      meanScore,
    });
    const rows = [row('b', '乙', 50, 70), row('a', '甲', 50, 90), row('c', '丙', 80, 60)];
    const collator = new Intl.Collator('en');
    const names = (list: BoardRow[]) => list.map((r) => r.id);
    expect(names(sortBoard(rows, 'participationRate', 'descending', (r) => r.name.en, collator))).toEqual(['c', 'a', 'b']);
    expect(names(sortBoard(rows, 'meanScore', 'ascending', (r) => r.name.en, collator))).toEqual(['c', 'b', 'a']);
    expect(names(sortBoard(rows, 'name', 'ascending', (r) => r.name.en, collator))).toEqual(['a', 'b', 'c']);
    expect(barWidth(140)).toBe(100);
    expect(notEnoughQuestions([{ code: 'not_enough_questions', params: { available: 3, needed: 5, topic: 'law', band: 'junior' } }])).toEqual({
      available: 3,
      topic: 'law',
      band: 'junior',
    });
    expect(notEnoughQuestions([{ code: 'question_unavailable', params: { id: 'q1' } }])).toBeNull();
    expect(barWidth(Number.NaN)).toBe(0);
  });
});
