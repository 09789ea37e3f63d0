/** How an error reads to a person, in the current language. */
import { ApiError } from './api';
import { splitWait } from './format';
import { t } from './i18n/index.svelte';

export function waitText(seconds: number): string {
  const { minutes, seconds: rest } = splitWait(seconds);
  if (minutes === 0) return t('time.seconds', { n: rest });
  if (rest === 0) return t('time.minutes', { n: minutes });
  return t('time.minutesSeconds', { m: minutes, s: rest });
}

/** The browser knows it has no network (it cannot know the opposite for sure). */
export function deviceOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** A gateway's 502/503/504 while the device has no network is the network, not the server. */
const GATEWAY = [502, 503, 504];

export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return t('error.unknown');
  if (deviceOffline() && (error.isNetwork || GATEWAY.includes(error.status))) return t('error.offline');
  if (error.isNetwork) return t('error.network');
  switch (error.status) {
    case 400:
      return t('error.validation');
    case 401:
      return t('error.unauthenticated');
    case 403:
      if (error.reason === 'password_change_required') return t('error.passwordChangeRequired');
      if (error.reason === 'consent_required') return t('error.consentRequired');
      if (error.reason === 'graduated') return t('error.graduated');
      return error.reason === 'account_disabled' ? t('error.accountDisabled') : t('error.forbidden');
    case 404:
      return t('error.notFound');
    case 409:
      return t('error.conflict');
    case 413:
      return t('error.tooLarge');
    case 422:
      return t('error.ruleBroken');
    case 429:
      if (error.retryAfter === null) return t('error.throttled');
      if (error.reason === 'account_delayed') return t('error.accountDelayed', { wait: waitText(error.retryAfter) });
      if (error.reason === 'network_limited') return t('error.networkLimited', { wait: waitText(error.retryAfter) });
      return t('error.throttledWait', { wait: waitText(error.retryAfter) });
    case 503:
      return t('error.busy');
    default:
      return error.status >= 500 ? t('error.server') : t('error.unknown');
  }
}

/** The server's own words (English), worth showing for validation and rule errors. */
export function serverDetails(error: unknown): string[] {
  if (!(error instanceof ApiError)) return [];
  if (![400, 409, 422].includes(error.status)) return [];
  const lines = error.details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message));
  return lines.length ? lines : [error.message];
}
