import { ALL_PACKS, loadMessages } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

// The slips speak both languages whatever the screen shows, so both languages' messages are needed.
export const load: PageLoad = async () => {
  await Promise.all([loadMessages('zh', ALL_PACKS), loadMessages('en', ALL_PACKS)]);
};
