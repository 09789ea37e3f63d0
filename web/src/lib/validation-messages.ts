/**
 * The API's validation messages are zod's, in English; these map the ones a module form meets to
 * dictionary keys so an editor reads them in their own language. Unknown messages pass through as
 * English (marked lang="en" where shown).
 */
import type { MessageKey, Params } from './i18n/translate';

const RULES: [RegExp, MessageKey, string[]][] = [
  [/^Too small: expected string to have >=1 characters/, 'valid.required', []],
  [/^Too small: expected string to have >=(\d+) characters/, 'valid.minChars', ['min']],
  [/^Too big: expected string to have <=(\d+) characters/, 'valid.maxChars', ['max']],
  [/^Too small: expected array to have >=(\d+) items/, 'valid.minItems', ['min']],
  [/^Too big: expected array to have <=(\d+) items/, 'valid.maxItems', ['max']],
  [/^Too small: expected number to be >=(\d+)/, 'valid.minNumber', ['min']],
  [/^Too big: expected number to be <=(\d+)/, 'valid.maxNumber', ['max']],
  [/^Invalid input: expected int/, 'valid.wholeNumber', []],
  [/^Invalid input: expected number/, 'valid.number', []],
  [/^lowercase letters, digits and dashes/, 'valid.sectionId', []],
  [/^Invalid string: must match pattern/, 'valid.pattern', []],
  [/^at least one option must be correct/, 'valid.oneCorrect', []],
  [/^section ids must be unique/, 'valid.uniqueIds', []],
  [/^a module may hold at most (\d+) characters/, 'valid.moduleTooLong', ['max']],
  [/^single choice and true\/false have exactly one correct option/, 'valid.correctCount', []],
  [/^true\/false questions have exactly the options/, 'valid.trueFalse', []],
  [/^option ids must be unique/, 'valid.optionIdsUnique', []],
  [/^the window must close after it opens/, 'valid.windowOrder', []],
  [/^a competition needs a window/, 'valid.windowNeeded', []],
  [/^pre- and post-tests \(only\) name their module/, 'valid.moduleForTests', []],
  [/^certificates need a single attempt/, 'valid.certificateOneAttempt', []],
  [/^review after close needs a closing time/, 'valid.reviewNeedsClose', []],
];

export interface Said {
  text: string;
  /** 'en' when the server's own English words are shown. */
  lang: 'en' | undefined;
}

export function describeValidation(message: string, t: (key: MessageKey, params?: Params) => string): Said {
  for (const [pattern, key, names] of RULES) {
    const match = pattern.exec(message);
    if (match) return { text: t(key, Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']))), lang: undefined };
  }
  return { text: message, lang: 'en' };
}
