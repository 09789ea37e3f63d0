import { api, apiPath } from '$lib/api';
import type { JudgeEntry, JudgeEntryResponse } from '$lib/types';
import type { PageLoad } from './$types';

// A failure (unknown code, not assigned) is the page's to show, not the error page's.
export const load: PageLoad = async ({ params }) => {
  try {
    const { entry } = await api.get<JudgeEntryResponse>(apiPath`/api/judging/${params.contestId}/${params.code}`);
    return { code: params.code, entry: entry as JudgeEntry | null, loadError: null };
  } catch (error) {
    return { code: params.code, entry: null, loadError: error as unknown };
  }
};
