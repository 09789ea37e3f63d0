import { describe, expect, it } from 'vitest';
import { boardRow, itemAnalysis } from './analysis.js';

describe('board rows', () => {
  it('computes participation, pass rate and mean score from counters', () => {
    const row = boardRow(
      { id: 's', name: { zh: '学校', en: 'School' }, kind: 'school' },
      { participants: 3, attempts: 4, passes: 2, scoreSum: 300 },
      { enrolled: 10 },
    );
    expect(row).toMatchObject({ enrolled: 10, participants: 3, participationRate: 30, passRate: 50, meanScore: 75 });
  });
  it('is zero, not NaN, for a unit nobody reached', () => {
    expect(boardRow({ id: 's', name: { zh: '', en: '' }, kind: 'school' }, {}, {})).toMatchObject({ participationRate: 0, passRate: 0, meanScore: 0 });
  });
});

describe('item analysis', () => {
  it('ranks questions and topics by share correct, weakest first', () => {
    const result = itemAnalysis(
      [
        {
          graded: [
            { questionId: 'q1', correct: true, topics: ['law'] },
            { questionId: 'q2', correct: false, topics: ['health_harm'] },
          ],
        },
        {
          graded: [
            { questionId: 'q1', correct: false, topics: ['law'] },
            { questionId: 'q2', correct: false, topics: ['health_harm'] },
          ],
        },
      ],
      new Map(),
    );
    expect(result.items.map((i) => [i.questionId, i.correctShare])).toEqual([
      ['q2', 0],
      ['q1', 50],
    ]);
    expect(result.topics[0]).toEqual({ topic: 'health_harm', answered: 2, correctShare: 0 });
  });
});

describe('learning gain', () => {
  it('averages gain over students who took both tests', async () => {
    const { learningGain, unitGain } = await import('./analysis.js');
    const result = learningGain(
      [
        { id: 'a', displayName: 'A' },
        { id: 'b', displayName: 'B' },
        { id: 'c', displayName: 'C' },
      ],
      new Map([
        ['a', 40],
        ['b', 60],
        ['c', 50],
      ]),
      new Map([
        ['a', 80],
        ['b', 70],
      ]),
    );
    expect(result.students.map((s) => s.gain)).toEqual([40, 10, null]);
    expect(result.summary).toEqual({ preMean: 50, postMean: 75, meanGain: 25, both: 2 });
    // Two students may share a name: the student number tells them apart.
    const twins = learningGain(
      [
        { id: 'x', displayName: '王芳', studentNumber: '07' },
        { id: 'y', displayName: '王芳' },
      ],
      new Map(),
      new Map(),
    );
    expect(twins.students.map((s) => s.studentNumber)).toEqual(['07', undefined]);
    expect(unitGain({ attempts: 2, scoreSum: 100 }, { attempts: 4, scoreSum: 300 })).toEqual({ preMean: 50, postMean: 75, meanGain: 25 });
    expect(unitGain({}, { attempts: 1, scoreSum: 80 }).meanGain).toBeNull();
  });
});
