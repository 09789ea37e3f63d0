/** The dashboard's number formats in the current language (reactive when called from markup). */
import { percentText, shortDate } from '$lib/coverage';
import { i18n } from '$lib/i18n/index.svelte';
import { HTML_LANG } from '$lib/i18n/translate';

export function percent(value: number): string {
  return percentText(HTML_LANG[i18n.locale], value);
}

export function day(isoDate: string): string {
  return shortDate(i18n.locale, isoDate);
}
