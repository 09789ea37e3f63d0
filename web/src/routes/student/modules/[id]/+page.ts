import { api } from '$lib/api';
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

// The player's messages download with its code instead of a round trip after it (400 ms on a slow phone).
provideMessages('zh', 'student', studentZh);

// The learner's progress and the module at the version it was started in, in one answer, its text
// already HTML. A failure is the page's to show (offline, it retries by itself), not the error page's.
export const load: PageLoad = async ({ params, depends }) => {
  depends('app:module');
  const moduleId = params.id;
  try {
    const { progress, module } = await api.get('/api/me/modules/{moduleId}', { path: { moduleId } });
    return { moduleId, progress, module, loadError: null };
  } catch (error) {
    return { moduleId, progress: null, module: null, loadError: error as unknown };
  }
};
