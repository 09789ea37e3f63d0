import { api } from '$lib/api';
import type { PageLoad } from './$types';

/**
 * The class (its name for the confirmation) and the module's latest published version, after the
 * area's role check (the layout's). A failure is the page's to show, not the error page's.
 */
export const load: PageLoad = async ({ params, parent, depends }) => {
  depends('app:teach');
  await parent();
  const { classId, moduleId } = params;
  try {
    const [view, { module }] = await Promise.all([
      api.get('/api/units/{unitId}', { path: { unitId: classId } }),
      api.get('/api/modules/{moduleId}', { path: { moduleId } }),
    ]);
    return { classId, view, module, loadError: null };
  } catch (error) {
    return { classId, view: null, module: null, loadError: error as unknown };
  }
};
