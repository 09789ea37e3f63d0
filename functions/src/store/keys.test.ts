import { describe, expect, it } from 'vitest';
import { keys, parseAttemptKey, parseCertificateOfStudentKey, parseCounterKey, parseProgressKey, parseRecountPartKey } from './keys.js';

/** Every begins_with prefix a Query uses must be a prefix of the keys of the items it is meant to find, and only of those. */
describe('key prefixes', () => {
  const cases: [string, string, string][] = [
    ['student numbers', keys.studentNumbers(), keys.studentNumber('c1', '07').SK],
    ['roster imports', keys.rosterImports(), keys.rosterImport('c1', 'imp1').SK],
    ['import chunks', keys.importChunks(), keys.importChunk('imp1', 3).SK],
    ['assignments', keys.assignments(), keys.assignment('c1', 'as1').SK],
    ['teachers', keys.teachersOfClass(), keys.teaching('c1', 't1').SK],
    ['certificates', keys.certificatesOfStudent(), keys.certificateOfStudent('s1', 'CODE').SK],
    ['progress of a student', keys.progressOfStudent(), keys.progress('s1', 'm1').SK],
    ['facts of a student', keys.factsOfStudent(), keys.fact('s1', 'module:m1', 'started').SK],
    ['quiz states of a student', keys.quizStatesOfStudent(), keys.quizState('s1', 'q1').SK],
    ['counters of a scope', keys.countersOfScope('module:m1'), keys.counter('u1', 0, 'module:m1', 'started').SK],
    ['counter partitions', keys.counterPartitions(), keys.counter('u1', 0, 'module:m1', 'started').PK],
    ['members of a role', keys.membersOfRole('student'), keys.memberOrder('student', '张三', 'u1')],
    ['stage members', keys.stageMembersOfUnit('school', 'sch1'), keys.stageMember('cst1', 'school', 'sch1', 'A01').SK],
    ['judging of an entry', keys.judgingOfEntry('school', 'sch1', 'e1'), keys.judging('cst1', 'school', 'sch1', 'e1', 'j1').SK],
    ['judging of a stage unit', keys.judgingOfStageUnit('school', 'sch1'), keys.judgingOfEntry('school', 'sch1', 'e1')],
    ['judge tasks of a contest', keys.judgeTasksOfContest('cst1'), keys.judgeTaskOrder('cst1', 'school', 'A01')],
    ['similarity pairs', keys.similarityPairs(), keys.similarityPair('cst1', 'f1').SK],
    ['flags of a text', keys.similarityFlagsOfText('t1'), keys.similarityFlagOfText('cst1', 't1', 'f1').SK],
    ['recount steps', keys.recountSteps(), keys.recountStep('run1', 0, 1).SK],
    ['recount merged buckets', keys.recountMergedBuckets(), keys.recountMerged('run1', 2).SK],
  ];
  it.each(cases)('%s', (_, prefix, key) => expect(key.startsWith(prefix)).toBe(true));

  it('an entry prefix does not take in another entry whose id starts the same', () => {
    expect(keys.judging('cst1', 'school', 'sch1', 'e10', 'j1').SK.startsWith(keys.judgingOfEntry('school', 'sch1', 'e1'))).toBe(false);
    expect(keys.similarityFlagOfText('cst1', 't10', 'f1').SK.startsWith(keys.similarityFlagsOfText('t1'))).toBe(false);
  });

  it('orders open attempts and audit months as strings in the order of their values', () => {
    expect(keys.openAttemptDeadline(9_999_999_999) < keys.openAttemptDeadline(10_000_000_000)).toBe(true);
    const months = keys.auditCountMonths('2026-03', '2026-04');
    const inside = keys.auditCount('u1', 0, '2026-04', 'signIn', 'c1').SK;
    expect(inside > months.from && inside < months.to).toBe(true);
    expect(keys.auditCount('u1', 0, '2026-05', 'signIn', 'c1').SK < months.to).toBe(false);
  });
});

describe('parseCounterKey', () => {
  it('reads back what keys.counter wrote', () => {
    const { PK, SK } = keys.counter('sch_1', 3, 'module:m1', 'completed');
    expect(parseCounterKey(PK, SK)).toEqual({ orgId: 'sch_1', shard: 3, scope: 'module:m1', metric: 'completed' });
  });

  it('answers null for an item that is not a counter', () => {
    const { PK, SK } = keys.fact('s1', 'module:m1', 'started');
    expect(parseCounterKey(PK, SK)).toBeNull();
  });
});

describe('key parsers read back what the builders wrote', () => {
  it('progress', () => {
    const { PK, SK } = keys.progress('stu_1', 'mod_2');
    expect(parseProgressKey(PK, SK)).toEqual({ studentId: 'stu_1', moduleId: 'mod_2' });
    expect(parseProgressKey(keys.quizState('stu_1', 'q1').PK, keys.quizState('stu_1', 'q1').SK)).toBeNull();
  });

  it('attempt', () => {
    expect(parseAttemptKey(keys.attempt('att_1').PK)).toBe('att_1');
    expect(parseAttemptKey(keys.quiz('q1').PK)).toBeNull();
  });

  it('held certificate', () => {
    expect(parseCertificateOfStudentKey(keys.certificateOfStudent('s1', 'ABC23').SK)).toBe('ABC23');
    expect(parseCertificateOfStudentKey(keys.progress('s1', 'm1').SK)).toBeNull();
  });

  it('recount part', () => {
    expect(parseRecountPartKey(keys.recountPart('run1', 2, 5, 12, '1.ab12cd34', 3).SK)).toEqual({ segment: 5, step: 12, writer: '1.ab12cd34' });
    expect(parseRecountPartKey(keys.recountStep('run1', 5, 12).SK)).toBeNull();
  });
});
