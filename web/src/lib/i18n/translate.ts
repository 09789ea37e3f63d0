/** Plain dictionary lookups (no Svelte): used by the reactive layer and by the unit tests. */
import { en } from './en';
import { zh } from './zh';

export type Locale = 'zh' | 'en';
export type MessageKey = keyof typeof zh;
export type Params = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['zh', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh';
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export const dictionaries: Record<Locale, Record<MessageKey, string>> = { zh, en };

/** Fills `{name}` placeholders; a missing parameter stays visible rather than becoming "undefined". */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = dictionaries[locale][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key;
  return interpolate(template, params);
}

export function parseLocale(value: string | null | undefined): Locale | null {
  if (!value) return null;
  const lower = value.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh';
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  return null;
}

/** A unit's or school's name in the current language, falling back to Chinese. */
export function localName(locale: Locale, name: { zh: string; en: string } | undefined | null): string {
  if (!name) return '';
  return (locale === 'en' ? name.en : name.zh) || name.zh || name.en;
}
