import { prepareMessages } from '$lib/i18n/index.svelte';
import type { LayoutLoad } from './$types';

// A single-page app: nothing is rendered on a server or at build time.
export const ssr = false;
export const prerender = false;

// The page's messages (a separate chunk for the staff's pages and for English) before it renders.
export const load: LayoutLoad = async ({ url }) => {
  await prepareMessages(url.pathname);
};
