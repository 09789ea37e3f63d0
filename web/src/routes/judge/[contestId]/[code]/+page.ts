import { api } from '$lib/api';
import type { PageLoad } from './$types';

// A failure (unknown code, not assigned) is the page's to show, not the error page's.
export const load: PageLoad = async ({ params }) => {
  try {
    const { entry } = await api.get('/api/judging/{contestId}/{code}', { path: { contestId: params.contestId, code: params.code } });
    return { code: params.code, entry, loadError: null };
  } catch (error) {
    return { code: params.code, entry: null, loadError: error as unknown };
  }
};
