import { num, t } from './i18n/index.svelte';
import type { EntryLanguage } from './types';

/** An entry's length in its language's unit: characters for Chinese, words for English. */
export const lengthText = (language: EntryLanguage, n: number) => t(language === 'zh' ? 'contest.count.zh' : 'contest.count.en', { n: num(n) });
