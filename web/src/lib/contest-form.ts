/**
 * The contest create form's messages, its pure parts: what to say under a field (the form's own checks
 * and the API's details), the summary at the top, and a field's path in words.
 */
import type { ErrorDetail } from './api';
import { contestRuleKey, type FormIssue, type Stage } from './contest-admin';
import type { MessageKey, Params } from './i18n/translate';
import { detailsAt } from './modules';
import { describeDetail } from './validation-messages';

type Translate = (key: MessageKey, params?: Params) => string;

export interface Problem {
  text: string;
  /** 'en' for the API's own words, which have no translation. */
  lang: 'en' | undefined;
}

/** LocalizedInput shows its own "required" from the details, so the form's other checks are what stays. */
const REQUIRED = 'contestAdmin.check.required';

function describeServer(detail: ErrorDetail, t: Translate): Problem {
  const key = contestRuleKey(detail);
  return key ? { text: t(key, { max: '' }), lang: undefined } : describeDetail(detail, t);
}

/** Messages for a field that is not a LocalizedInput: its checks and the API's. */
export function problemsAt(issues: readonly FormIssue[], server: readonly ErrorDetail[], path: string, t: Translate, deep = false): Problem[] {
  const own = issues.filter((i) => i.key !== REQUIRED && (i.path === path || (deep && i.path.startsWith(path + '.'))));
  return [...own.map((i) => ({ text: t(i.key, i.params), lang: undefined })), ...detailsAt(server, path, deep).map((d) => describeServer(d, t))];
}

/** The form's "required" checks as the API codes them, so LocalizedInput shows them like the API's own. */
export function requiredDetails(issues: readonly FormIssue[]): ErrorDetail[] {
  return issues
    .filter((i) => i.key === REQUIRED)
    .map((i) => ({ path: i.path, code: 'too_small', message: 'Too small: expected string to have >=1 characters', params: { origin: 'string', minimum: 1 } }));
}

/** Every problem for the summary at the top, each with the path of its field. */
export function problemSummary(issues: readonly FormIssue[], server: readonly ErrorDetail[], t: Translate): (Problem & { path: string })[] {
  return [
    ...issues.map((i) => ({ path: i.path, text: t(i.key, i.params), lang: undefined })),
    ...server.map((d) => ({ path: d.path, ...describeServer(d, t) })),
  ];
}

const FIELD_LABELS: Record<string, MessageKey> = {
  type: 'contestAdmin.field.type',
  title: 'contestAdmin.field.title',
  theme: 'contestAdmin.field.theme',
  brief: 'contestAdmin.field.brief',
  bands: 'contestAdmin.field.bands',
  opensAt: 'field.opensAt',
  closesAt: 'field.closesAt',
  limits: 'contestAdmin.field.limits',
  zhChars: 'contestAdmin.field.zhChars',
  enWords: 'contestAdmin.field.enWords',
  stages: 'contestAdmin.field.stages',
  quota: 'contestAdmin.field.quota',
  rubric: 'contestAdmin.field.rubric',
  id: 'contestAdmin.field.criterionId',
  name: 'contestAdmin.field.criterionName',
  description: 'contestAdmin.field.criterionDescription',
  max: 'contestAdmin.field.max',
  spreadPercent: 'contestAdmin.field.spread',
  unitId: 'contestAdmin.field.unit',
};

/** A field's path in words: "Rubric › Criterion 2 › Points", a stage by its level. */
export function describeContestPath(path: string, stages: readonly Pick<Stage, 'level'>[], t: Translate): string {
  const parts = path.split('.').filter((p) => p !== 'settings');
  const words: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part === 'rubric' && next !== undefined && /^\d+$/.test(next)) {
      words.push(t('contestAdmin.criterionN', { n: Number(next) + 1 }));
      i++;
    } else if (part === 'stages' && next !== undefined && /^\d+$/.test(next)) {
      const level = stages[Number(next)]?.level;
      words.push(level ? t(`contestAdmin.level.${level}`) : t('contestAdmin.field.stages'));
      i++;
    } else if (part === 'zh' || part === 'en') words.push(t(part === 'zh' ? 'contestAdmin.field.inZh' : 'contestAdmin.field.inEn'));
    else words.push(FIELD_LABELS[part] ? t(FIELD_LABELS[part]) : part);
  }
  return words.join(' › ') || t('contestAdmin.field.contest');
}
