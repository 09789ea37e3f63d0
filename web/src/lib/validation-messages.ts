/**
 * The API codes every refusal (docs/ERRORS.md): zod's issue codes with their bounds in `params`, and
 * the domain's own rules. These put a detail into the reader's language; a code the web does not
 * know yet shows the server's English message (marked lang="en" where shown).
 */
import type { ErrorDetail } from './api';
import type { MessageKey, Params } from './i18n/translate';

type Translate = (key: MessageKey, params?: Params) => string;
type Detail = Pick<ErrorDetail, 'code' | 'message' | 'params'>;

export interface Said {
  text: string;
  /** 'en' when the server's own English words are shown. */
  lang: 'en' | undefined;
}

/** The domain's rules, by code; their params (if any) fill the message. */
const RULES: Record<string, MessageKey> = {
  one_correct: 'valid.oneCorrect',
  unique_section_ids: 'valid.uniqueIds',
  module_too_long: 'valid.moduleTooLong',
  correct_count: 'valid.correctCount',
  true_false_options: 'valid.trueFalse',
  unique_option_ids: 'valid.optionIdsUnique',
  window_order: 'valid.windowOrder',
  window_too_long: 'valid.windowTooLong',
  window_needed: 'valid.windowNeeded',
  module_for_tests: 'valid.moduleForTests',
  certificate_one_attempt: 'valid.certificateOneAttempt',
  review_needs_close: 'valid.reviewNeedsClose',
  unclean_text: 'valid.unclean',
  date_in_future: 'activity.check.date_in_future',
  date_too_old: 'activity.check.date_too_old',
  description_needed: 'activity.check.description_needed',
  not_school_class: 'activity.rule.not_school_class',
  too_many_photos: 'activity.rule.too_many_photos',
  locked: 'activity.rule.locked',
  deleted: 'activity.rule.deleted',
  photo_mismatch: 'activity.rule.photo_mismatch',
  period_reversed: 'requirement.check.period_reversed',
  period_spans_years: 'requirement.check.period_spans_years',
  nothing_required: 'requirement.check.nothing_required',
  unit_outside_requirement: 'requirement.rule.unit_outside_requirement',
};

/** Named string formats (zod's `params.format`) that say more than "not in the expected format". */
const FORMATS: Record<string, MessageKey> = {
  section_id: 'valid.sectionId',
  slug: 'valid.sectionId',
};

const number = (value: unknown) => (typeof value === 'number' ? value : null);

function keyOf({ code, params }: Detail): [MessageKey, Params] | null {
  const min = number(params.minimum);
  const max = number(params.maximum);
  switch (code) {
    case 'too_small':
      if (min === null) return null;
      if (params.origin === 'string') return min === 1 ? ['valid.required', {}] : ['valid.minChars', { min }];
      if (params.origin === 'array') return ['valid.minItems', { min }];
      return params.origin === 'number' ? ['valid.minNumber', { min }] : null;
    case 'too_big':
      if (max === null) return null;
      if (params.origin === 'string') return ['valid.maxChars', { max }];
      if (params.origin === 'array') return ['valid.maxItems', { max }];
      return params.origin === 'number' ? ['valid.maxNumber', { max }] : null;
    case 'invalid_type':
      if (params.expected === 'int') return ['valid.wholeNumber', {}];
      return params.expected === 'number' ? ['valid.number', {}] : null;
    case 'invalid_format':
      return [(typeof params.format === 'string' && FORMATS[params.format]) || 'valid.pattern', {}];
    default: {
      const key = RULES[code];
      // A rule names its bound `max` (too_many_photos), zod's own issues `maximum`.
      const limit = max ?? number(params.max);
      return key ? [key, limit === null ? {} : { max: limit }] : null;
    }
  }
}

export function describeDetail(detail: Detail, t: Translate): Said {
  const found = keyOf(detail);
  return found ? { text: t(...found), lang: undefined } : { text: detail.message, lang: 'en' };
}
