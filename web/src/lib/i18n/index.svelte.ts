/**
 * The reactive language: zh-CN by default, English on request, remembered in localStorage and
 * mirrored on <html lang>. Components call t(key) in markup and re-render when the language changes.
 */
import { formatDate, formatDateTime, gradeLabel } from '../format';
import { DEFAULT_LOCALE, HTML_LANG, localName, parseLocale, translate, type Locale, type MessageKey, type Params } from './translate';

export type { Locale, MessageKey } from './translate';

const STORAGE_KEY = 'clearcampus.locale';
const state = $state<{ locale: Locale }>({ locale: DEFAULT_LOCALE });

export const i18n = {
  get locale(): Locale {
    return state.locale;
  },
};

export function t(key: MessageKey, params?: Params): string {
  return translate(state.locale, key, params);
}

export function name(value: { zh: string; en: string } | undefined | null): string {
  return localName(state.locale, value);
}

export function grade(value: number): string {
  return gradeLabel(state.locale, value);
}

/** A due date or a timestamp as a date in China time, in the language. */
export function date(value: string): string {
  return formatDate(state.locale, value);
}

/** A timestamp as date and time in China time, in the language. */
export function dateTime(value: string): string {
  return formatDateTime(state.locale, value);
}

/** Numbers with the language's grouping (12,345). */
export function num(value: number): string {
  return value.toLocaleString(HTML_LANG[state.locale]);
}

function apply(locale: Locale) {
  state.locale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[locale];
}

export function setLocale(locale: Locale) {
  apply(locale);
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

export function initLocale() {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  apply(parseLocale(stored) ?? DEFAULT_LOCALE);
}
