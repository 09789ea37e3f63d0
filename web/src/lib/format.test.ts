import { describe, expect, it } from 'vitest';
import { areaRedirect, formatDate, formatDateTime, gradeLabel, homeAfterSignIn, redirectFor, safeNext, splitWait } from './format';

describe('grades', () => {
  it('names grades in both languages', () => {
    expect(gradeLabel('zh', 7)).toBe('七年级');
    expect(gradeLabel('zh', 12)).toBe('十二年级');
    expect(gradeLabel('en', 7)).toBe('Grade 7');
  });
});

describe('splitWait', () => {
  it('splits seconds', () => {
    expect(splitWait(59)).toEqual({ minutes: 0, seconds: 59 });
    expect(splitWait(900)).toEqual({ minutes: 15, seconds: 0 });
    expect(splitWait(61.2)).toEqual({ minutes: 1, seconds: 2 });
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
    expect(areaRedirect('teacher', '/teacher/classes/c1', teacher)).toBeNull();
    expect(areaRedirect('bureau', '/bureau', teacher)).toBe('/teacher');
    expect(areaRedirect('bureau', '/bureau/units/640104', bureau)).toBeNull();
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

  it('says what Intl says for Asia/Shanghai, hour by hour over years', () => {
    const options = {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Shanghai',
    } as const;
    const intl = { zh: new Intl.DateTimeFormat('zh-CN', options), en: new Intl.DateTimeFormat('en-GB', options) };
    // Every 7 h 13 min from 2020 to 2036: all hours of the day, month ends, leap days.
    for (let at = Date.UTC(2020, 0, 1); at < Date.UTC(2036, 0, 1); at += (7 * 60 + 13) * 60 * 1000) {
      const iso = new Date(at).toISOString();
      expect(formatDateTime('zh', iso)).toBe(intl.zh.format(at));
      // Newer CLDR data writes September "Sept" in en-GB, older "Sep"; we keep the three letters of every other month.
      expect(formatDateTime('en', iso)).toBe(intl.en.format(at).replace('Sept', 'Sep'));
    }
  });
});
