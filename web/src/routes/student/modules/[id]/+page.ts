import { api } from '$lib/api';
import { loadMarkdown } from '$lib/components/Markdown.svelte';
// Imported here as well as on demand, so that the renderer downloads with the page's code instead of after it.
import '$lib/markdown';
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';
import type { PageLoad } from './$types';

// The player's messages download with its code instead of a round trip after it (400 ms on a slow phone).
provideMessages('zh', 'student', studentZh);

// The learner's progress, then the module at the version it was started in, while the renderer
// loads. A failure is the page's to show (offline, it retries by itself), not the error page's.
export const load: PageLoad = async ({ params, depends }) => {
  depends('app:module');
  const moduleId = params.id;
  try {
    const played = api.get('/api/me/progress/{moduleId}', { path: { moduleId } }).then(async (reply) => {
      const { module } = await api.get('/api/modules/{moduleId}/versions/{version}', { path: { moduleId, version: reply.version } });
      return { progress: reply.progress, module };
    });
    const [{ progress, module }] = await Promise.all([played, loadMarkdown()]);
    return { moduleId, progress, module, loadError: null };
  } catch (error) {
    return { moduleId, progress: null, module: null, loadError: error as unknown };
  }
};
