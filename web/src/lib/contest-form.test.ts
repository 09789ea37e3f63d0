import { describe, expect, it } from 'vitest';
import type { ErrorDetail } from './api';
import type { FormIssue } from './contest-admin';
import { describeContestPath, problemsAt, problemSummary, requiredDetails } from './contest-form';

const t = (key: string, params?: Record<string, unknown>) => (params && Object.keys(params).length ? `${key}(${JSON.stringify(params)})` : key);

describe('contest form messages', () => {
  const issues: FormIssue[] = [
    { path: 'settings.title.zh', key: 'contestAdmin.check.required' },
    { path: 'settings.rubric.1.max', key: 'contestAdmin.check.points' },
  ];
  const server: ErrorDetail[] = [{ path: 'settings.rubric.1.max', code: 'custom', message: 'Points must add up', params: {} }];

  it('keeps "required" for LocalizedInput and the other checks for the field', () => {
    expect(requiredDetails(issues).map((d) => [d.path, d.code])).toEqual([['settings.title.zh', 'too_small']]);
    expect(problemsAt(issues, server, 'settings.title.zh', t)).toEqual([]);
    expect(problemsAt(issues, server, 'settings.rubric.1.max', t).map((p) => p.lang)).toEqual([undefined, 'en']);
    expect(problemsAt(issues, server, 'settings.rubric', t)).toEqual([]);
    expect(problemsAt(issues, server, 'settings.rubric', t, true)).toHaveLength(2);
  });

  it('lists every problem with its path for the summary', () => {
    expect(problemSummary(issues, server, t).map((p) => p.path)).toEqual(['settings.title.zh', 'settings.rubric.1.max', 'settings.rubric.1.max']);
  });

  it('names a path in words, stages by their level', () => {
    expect(describeContestPath('settings.rubric.1.max', [], t)).toBe('contestAdmin.criterionN({"n":2}) › contestAdmin.field.max');
    expect(describeContestPath('settings.stages.0.quota', [{ level: 'county' }], t)).toBe('contestAdmin.level.county › contestAdmin.field.quota');
    expect(describeContestPath('settings.title.en', [], t)).toBe('contestAdmin.field.title › contestAdmin.field.inEn');
    expect(describeContestPath('settings', [], t)).toBe('contestAdmin.field.contest');
  });
});
