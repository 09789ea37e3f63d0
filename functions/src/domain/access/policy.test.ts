import { describe, expect, it } from 'vitest';
import type { Session } from '../accounts/schemas.js';
import { can } from './policy.js';

const session = (role: Session['role'], orgPath: string): Session => ({
  userId: 'u',
  sessionVersion: 0,
  role,
  orgId: orgPath.split('/').at(-1)!,
  orgPath,
  mustChangePassword: false,
});

const county = '640000/640400/640422';
const school = `${county}/sch_a`;
const klass = `${school}/cls_1`;

describe('access policy', () => {
  it('lets a county bureau register schools in its county only', () => {
    const bureau = session('bureau', county);
    expect(can(bureau, 'school.register', { path: county, kind: 'county' })).toBe(true);
    expect(can(bureau, 'school.register', { path: '640000/640100/640104', kind: 'county' })).toBe(false);
  });

  it('never lets a bureau read a roster, even inside its scope', () => {
    expect(can(session('bureau', '640000'), 'roster.view', { path: klass, kind: 'class' })).toBe(false);
  });

  it('lets a teacher see a roster only of a class it teaches', () => {
    const teacher = session('teacher', school);
    expect(can(teacher, 'roster.view', { path: klass, kind: 'class', taughtByActor: true })).toBe(true);
    expect(can(teacher, 'roster.view', { path: klass, kind: 'class', taughtByActor: false })).toBe(false);
  });

  it('does not confuse a sibling prefix with a descendant', () => {
    expect(can(session('bureau', '640000/640400/64042'), 'unit.view', { path: county, kind: 'county' })).toBe(false);
  });

  it('lets a teacher reset only students it teaches, never staff', () => {
    const teacher = session('teacher', school);
    expect(can(teacher, 'password.reset', { path: klass, kind: 'account', role: 'student', taughtByActor: true })).toBe(true);
    expect(can(teacher, 'password.reset', { path: school, kind: 'account', role: 'teacher', taughtByActor: true })).toBe(false);
  });

  it('leaves a student’s export and deletion to the admin of the student’s school', () => {
    const student = { path: klass, kind: 'account' as const, role: 'student' as const, taughtByActor: true };
    for (const action of ['student.export', 'student.delete'] as const) {
      expect(can(session('school_admin', school), action, student)).toBe(true);
      expect(can(session('school_admin', '640000/640100/640104/sch_b'), action, student)).toBe(false);
      expect(can(session('school_admin', school), action, { ...student, path: school, role: 'teacher' })).toBe(false);
      for (const role of ['teacher', 'bureau', 'student'] as const)
        expect(can(session(role, role === 'bureau' ? county : school), action, student)).toBe(false);
    }
  });

  it('gives students nothing here', () => {
    const student = session('student', klass);
    for (const action of ['unit.view', 'roster.view', 'password.reset'] as const) expect(can(student, action, { path: klass, kind: 'class' })).toBe(false);
  });

  it('lets a bureau create campaigns for its own unit only', () => {
    const bureau = session('bureau', county);
    expect(can(bureau, 'campaign.create', { path: county, kind: 'county' })).toBe(true);
    expect(can(bureau, 'campaign.create', { path: '640000/640400', kind: 'city' })).toBe(false);
    expect(can(session('school_admin', school), 'campaign.create', { path: school, kind: 'school' })).toBe(false);
  });

  it('shows a campaign to everyone below its unit and to bureaus above it, not to another county', () => {
    const campaign = { path: county, kind: 'campaign' as const };
    expect(can(session('student', klass), 'campaign.view', campaign)).toBe(true);
    expect(can(session('bureau', '640000'), 'campaign.view', campaign)).toBe(true);
    expect(can(session('student', '640000/640100/640104/sch_b/cls_2'), 'campaign.view', campaign)).toBe(false);
    expect(can(session('bureau', '640000/640100/640104'), 'campaign.view', campaign)).toBe(false);
  });
});
