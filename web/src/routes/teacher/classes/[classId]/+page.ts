import { loadClassPage } from '$lib/class-page-load';
import type { PageLoad } from './$types';

export const load: PageLoad = loadClassPage;
