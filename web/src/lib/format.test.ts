import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  chunk,
  csvCell,
  formatDate,
  formatDateTime,
  gradeLabel,
  gradesOfStage,
  homeAfterSignIn,
  randomKey,
  redirectFor,
  rosterTemplateCsv,
  safeNext,
  splitWait,
  toCsv,
} from './format';
import { explainFileError, explainRowError } from './roster-messages';

describe('bytesToBase64', () => {
  it('matches Node for GBK bytes and large buffers', () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xd1, 0xa7, 0xba, 0xc5, 0x0d, 0x0a]); // 姓名,学号 in GBK
    expect(bytesToBase64(gbk)).toBe(Buffer.from(gbk).toString('base64'));
    const big = new Uint8Array(100_003).map((_, i) => (i * 31) % 256);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('grades', () => {
  it('follows the school stage', () => {
    expect(gradesOfStage('junior')).toEqual([7, 8, 9]);
    expect(gradesOfStage('primary')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(gradesOfStage('vocational')).toEqual([10, 11, 12]);
    expect(gradesOfStage(undefined)).toHaveLength(12);
  });

  it('names grades in both languages', () => {
    expect(gradeLabel('zh', 7)).toBe('七年级');
    expect(gradeLabel('zh', 12)).toBe('十二年级');
    expect(gradeLabel('en', 7)).toBe('Grade 7');
  });
});

describe('chunk', () => {
  it('cuts slips into sheets of ten', () => {
    const pages = chunk(Array.from({ length: 30 }, (_, i) => i), 10);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.length === 10)).toBe(true);
    expect(chunk([1, 2, 3], 10)).toEqual([[1, 2, 3]]);
    expect(chunk([], 10)).toEqual([]);
    expect(() => chunk([1], 0)).toThrow();
  });
});

describe('CSV', () => {
  it('quotes only when needed', () => {
    expect(csvCell('张三')).toBe('张三');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv([['姓名', '学号'], ['王, 小明', '1']])).toBe('姓名,学号\r\n"王, 小明",1\r\n');
  });

  it('the template starts with a BOM and the Chinese header', () => {
    const csv = rosterTemplateCsv();
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe('姓名,学号');
  });
});

describe('splitWait and randomKey', () => {
  it('splits seconds', () => {
    expect(splitWait(59)).toEqual({ minutes: 0, seconds: 59 });
    expect(splitWait(900)).toEqual({ minutes: 15, seconds: 0 });
    expect(splitWait(61.2)).toEqual({ minutes: 1, seconds: 2 });
  });

  it('makes distinct idempotency keys long enough for the API', () => {
    const a = randomKey();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(randomKey()).not.toBe(a);
  });
});

describe('route guard', () => {
  const teacher = { role: 'teacher' as const, mustChangePassword: false };
  const newTeacher = { role: 'teacher' as const, mustChangePassword: true };
  const bureau = { role: 'bureau' as const, mustChangePassword: false };

  it('sends signed-out people to sign-in, remembering where they were going', () => {
    expect(redirectFor('/', '', null)).toBe('/signin');
    expect(redirectFor('/signin', '', null)).toBeNull();
    expect(redirectFor('/api-reference', '', null)).toBeNull();
    expect(redirectFor('/teacher/classes/c1', '?x=1', null)).toBe('/signin?next=%2Fteacher%2Fclasses%2Fc1%3Fx%3D1');
    expect(redirectFor('/teacher', '', null, false)).toBe('/signin');
  });

  it('keeps each role in its own area', () => {
    expect(redirectFor('/', '', teacher)).toBe('/teacher');
    expect(redirectFor('/teacher/classes/c1', '', teacher)).toBeNull();
    expect(redirectFor('/bureau', '', teacher)).toBe('/teacher');
    expect(redirectFor('/bureau/units/640104', '', bureau)).toBeNull();
    expect(redirectFor('/schoolish', '', teacher)).toBeNull();
    expect(redirectFor('/api-reference', '', bureau)).toBeNull();
  });

  it('lets anyone check a certificate, signed in or not, whatever their role', () => {
    expect(redirectFor('/verify/ABCDEF234567', '', null)).toBeNull();
    expect(redirectFor('/verify/ABCDEF234567', '', teacher)).toBeNull();
    expect(redirectFor('/verify/ABCDEF234567', '', newTeacher)).toBeNull();
    expect(redirectFor('/verifying', '', null)).toBe('/signin?next=%2Fverifying');
  });

  it('lets a family open a lesson link without an account, and a signed-in person too', () => {
    expect(redirectFor('/family/AbCdEfGhIjKlMnOpQrStUv', '', null)).toBeNull();
    expect(redirectFor('/family/AbCdEfGhIjKlMnOpQrStUv', '', teacher)).toBeNull();
    expect(redirectFor('/family/AbCdEfGhIjKlMnOpQrStUv', '', newTeacher)).toBeNull();
    expect(redirectFor('/familyish', '', null)).toBe('/signin?next=%2Ffamilyish');
  });

  it('forces a pending password change', () => {
    expect(redirectFor('/teacher', '', newTeacher)).toBe('/account/password');
    expect(redirectFor('/account/password', '', newTeacher)).toBeNull();
  });

  it('after sign-in follows next only within the role and the origin', () => {
    expect(redirectFor('/signin', '?next=%2Fteacher%2Fclasses%2Fc1', teacher)).toBe('/teacher/classes/c1');
    expect(homeAfterSignIn(teacher, '/bureau')).toBe('/teacher');
    expect(homeAfterSignIn(teacher, '//evil.example/x')).toBe('/teacher');
    expect(homeAfterSignIn(teacher, 'https://evil.example')).toBe('/teacher');
    expect(homeAfterSignIn(newTeacher, '/teacher')).toBe('/account/password');
    expect(safeNext('/\\evil')).toBeNull();
  });
});

describe('roster messages', () => {
  it('maps the API’s row errors to dictionary keys', () => {
    expect(explainRowError('Name is empty')).toEqual({ key: 'roster.err.nameEmpty', params: {} });
    expect(explainRowError('Duplicate student number (also on line 4)')).toEqual({ key: 'roster.err.numberDuplicate', params: { line: '4' } });
    expect(explainRowError('Name is longer than 32 characters')).toEqual({ key: 'roster.err.nameTooLong', params: { max: '32' } });
    expect(explainRowError('Something new')).toEqual({ text: 'Something new' });
  });

  it('maps file errors', () => {
    expect(explainFileError('At most 2000 students per import; this file has 2001')).toEqual({
      key: 'roster.fileErr.tooMany',
      params: { max: '2000', count: '2001' },
    });
    expect(explainFileError('The first row must name the columns: 姓名 (name) and optionally 学号 (student number)')).toMatchObject({
      key: 'roster.fileErr.header',
    });
  });
});

describe('formatDate', () => {
  it('shows dates and timestamps in China time in both languages', () => {
    expect(formatDate('zh', '2026-06-26')).toBe('2026年6月26日');
    expect(formatDate('en', '2026-06-26')).toBe('26 Jun 2026');
    // 20:00 UTC on 25 June is 26 June in Beijing.
    expect(formatDate('zh', '2026-06-25T20:00:00.000Z')).toBe('2026年6月26日');
    expect(formatDate('en', 'not a date')).toBe('not a date');
  });
});

describe('formatDateTime', () => {
  it('shows a moment in China time, 24-hour clock', () => {
    expect(formatDateTime('zh', '2026-06-25T20:05:00.000Z')).toBe('2026年6月26日 04:05');
    expect(formatDateTime('en', '2026-06-26T01:30:00.000Z')).toBe('26 Jun 2026, 09:30');
    expect(formatDateTime('en', 'soon')).toBe('soon');
  });
});
