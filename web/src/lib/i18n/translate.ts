/**
 * Plain dictionary lookups (no Svelte): used by the reactive layer and by the unit tests.
 *
 * Only the Chinese messages every page needs are in the first download; the rest come in packs, each
 * a chunk of its own, and English likewise (a student on a slow phone fetches only what the page
 * shows). loadMessages fetches them; the root layout's load waits for a page's packs before it renders.
 */
import type { accountZh } from './account.zh';
import type { contestsZh } from './contests.zh';
import type { quizZh } from './quiz.zh';
import type { staffZh } from './staff.zh';
import type { studentZh } from './student.zh';
import { zh } from './zh';

export type Locale = 'zh' | 'en';
export type MessageKey =
  keyof typeof zh | keyof typeof accountZh | keyof typeof quizZh | keyof typeof studentZh | keyof typeof contestsZh | keyof typeof staffZh;
export type Params = Record<string, string | number>;
/**
 * A message that depends on a count, by the language's plural rules (Intl.PluralRules): English has
 * one form for 1 and another for the rest ("1 student", "2 students"). The count is the parameter `n`
 * unless `count` names another; a message with two counts nests a second choice in each form.
 * Chinese has one form, so its messages are always plain strings.
 */
export type Plural = { one: Message; other: Message; count?: string };
export type Message = string | Plural;
/** core: header, sign-in, errors; account: changing one's password; quiz: taking a quiz; student: modules, the home page; contest: contests and certificates; staff: the other roles' pages. */
export type Pack = 'core' | 'account' | 'quiz' | 'student' | 'contest' | 'staff';
type Messages = Partial<Record<MessageKey, Message>>;

export const LOCALES: readonly Locale[] = ['zh', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh';
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** What has been loaded so far, by language. */
export const dictionaries: Record<Locale, Messages> = { zh: { ...zh }, en: {} };

const loaders: Record<Locale, Record<Pack, () => Promise<Messages>>> = {
  zh: {
    core: async () => zh,
    account: () => import('./account.zh').then((m) => m.accountZh),
    quiz: () => import('./quiz.zh').then((m) => m.quizZh),
    student: () => import('./student.zh').then((m) => m.studentZh),
    contest: () => import('./contests.zh').then((m) => m.contestsZh),
    staff: () => import('./staff.zh').then((m) => m.staffZh),
  },
  en: {
    core: () => import('./en').then((m) => m.en),
    account: () => import('./account.en').then((m) => m.accountEn),
    quiz: () => import('./quiz.en').then((m) => m.quizEn),
    student: () => import('./student.en').then((m) => m.studentEn),
    contest: () => import('./contests.en').then((m) => m.contestsEn),
    staff: () => import('./staff.en').then((m) => m.staffEn),
  },
};
const loading = new Map<string, Promise<void>>();

const loaded = new Set<string>(['zh:core']);
loading.set('zh:core', Promise.resolve());

export function isLoaded(locale: Locale, packs: readonly Pack[]): boolean {
  return packs.every((pack) => loaded.has(`${locale}:${pack}`));
}

/** A pack that came with a page's own code (its +page.ts imports it): no fetch needed for it. */
export function provideMessages(locale: Locale, pack: Pack, messages: Messages): void {
  const id = `${locale}:${pack}`;
  if (loaded.has(id)) return;
  Object.assign(dictionaries[locale], messages);
  loaded.add(id);
  loading.set(id, Promise.resolve());
}

/** Fetches the packs of a language (each once); resolves when they can be looked up. */
export function loadMessages(locale: Locale, packs: readonly Pack[]): Promise<void> {
  return Promise.all(
    packs.map((pack) => {
      const id = `${locale}:${pack}`;
      let pending = loading.get(id);
      if (!pending) {
        pending = loaders[locale][pack]().then((messages) => {
          Object.assign(dictionaries[locale], messages);
          loaded.add(id);
        });
        // A failed fetch (offline) may be tried again on the next navigation.
        pending.catch(() => loading.delete(id));
        loading.set(id, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

export const ALL_PACKS: readonly Pack[] = ['core', 'account', 'quiz', 'student', 'contest', 'staff'];

/** The packs a page needs: the fewer on the pages a student opens on a phone, the better. */
export function packsFor(pathname: string): Pack[] {
  if (pathname === '/' || /^\/signin(\/|$)/.test(pathname)) return ['core'];
  if (/^\/account(\/|$)/.test(pathname)) return ['core', 'account'];
  if (/^\/student\/quizzes(\/|$)/.test(pathname)) return ['core', 'quiz'];
  // A family lesson (no account): the sections' labels and the page's own messages are in the student pack.
  if (/^\/(student\/modules|family)(\/|$)/.test(pathname)) return ['core', 'student'];
  if (/^\/(student|verify)(\/|$)/.test(pathname)) return ['core', 'student', 'contest'];
  return [...ALL_PACKS];
}

/** Fills `{name}` placeholders; a missing parameter stays visible rather than becoming "undefined". */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * The form of a message for its count. A count already formatted for display ("1,234") is not a
 * number and takes the `other` form, which is right for every count that needs grouping.
 */
export function pluralForm(locale: Locale, message: Message, params?: Params): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(HTML_LANG[locale])));
  return pluralForm(locale, rules.select(Number(params?.[message.count ?? 'n'])) === 'one' ? message.one : message.other, params);
}

export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message = dictionaries[locale][key] ?? dictionaries[DEFAULT_LOCALE][key] ?? key;
  return interpolate(pluralForm(locale, message, params), params);
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
