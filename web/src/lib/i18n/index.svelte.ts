/**
 * The reactive language: zh-CN by default, English on request, remembered in localStorage and
 * mirrored on <html lang>. Components call t(key) in markup and re-render when the language changes.
 * The messages come in packs (translate.ts): the root layout's load calls prepareMessages so that a
 * page renders only once its messages are there; switching language fetches the other language first.
 */
import { formatDate, formatDateTime, gradeLabel } from '../format';
import {
  DEFAULT_LOCALE,
  HTML_LANG,
  loadMessages,
  localName,
  packsFor,
  parseLocale,
  translate,
  type Locale,
  type MessageKey,
  type Pack,
  type Params,
} from './translate';

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

/** The packs the pages seen so far needed: a language switch fetches the same in the other language. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping nothing renders
const inUse = new Set<Pack>(['core']);

/**
 * Switches once the language's messages are fetched. If they cannot be (offline before they were
 * ever fetched), it switches anyway: every lookup falls back to Chinese.
 */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await loadMessages(locale, [...inUse]).catch(() => undefined);
  apply(locale);
}

function storedLocale(): Locale {
  try {
    return parseLocale(localStorage.getItem(STORAGE_KEY)) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function initLocale() {
  apply(storedLocale());
}

/** Resolves when the page at `pathname` can be rendered in the chosen language (or, failing that, in Chinese). */
export async function prepareMessages(pathname: string): Promise<void> {
  const packs = packsFor(pathname);
  for (const pack of packs) inUse.add(pack);
  const locale = state.locale === DEFAULT_LOCALE ? storedLocale() : state.locale;
  if (locale !== DEFAULT_LOCALE) {
    try {
      await loadMessages(locale, packs);
      return;
    } catch {
      // Offline: Chinese below, which the lookups fall back to.
    }
  }
  await loadMessages(DEFAULT_LOCALE, packs);
}
