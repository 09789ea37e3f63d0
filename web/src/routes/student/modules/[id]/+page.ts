import { api } from '$lib/api';
import { loadMarkdown } from '$lib/components/Markdown.svelte';
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

// The player's messages download with its code instead of a round trip after it (400 ms on a slow phone).
provideMessages('zh', 'student', studentZh);

// The learner's progress, then the module at the version it was started in. A failure is the
// page's to show (offline, it retries by itself), not the error page's.
export const load: PageLoad = async ({ params, depends }) => {
  depends('app:module');
  try {
    const [reply] = await Promise.all([api.get('/api/me/progress/{moduleId}', { path: { moduleId: params.id } }), loadMarkdown()]);
    const { module } = await api.get('/api/modules/{moduleId}/versions/{version}', { path: { moduleId: params.id, version: reply.version } });
    return { moduleId: params.id, progress: reply.progress, module, loadError: null };
  } catch (error) {
    return { moduleId: params.id, progress: null, module: null, loadError: error as unknown };
  }
};
