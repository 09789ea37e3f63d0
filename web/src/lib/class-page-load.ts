import { api } from './api';
import { ClassRoster } from './class-roster.svelte';
import type { UnitView } from './types';

/** What a class page depends on: invalidating it (after a roster import) reads the class and roster again. */
export const CLASS_PAGE = 'app:class';

interface ClassPageEvent {
  params: { classId: string };
  parent: () => Promise<unknown>;
  depends: (...deps: `${string}:${string}`[]) => void;
}

/**
 * The load of both class pages, the teacher's and the school admin's: the class (with the units
 * above it) and the first page of its roster, after the area's role check (the layout's) so that no
 * one else's requests go out. A failure is the page's to show, not the error page's.
 */
export async function loadClassPage({
  params,
  parent,
  depends,
}: ClassPageEvent): Promise<{ view: UnitView | null; roster: ClassRoster | null; loadError: unknown }> {
  depends(CLASS_PAGE);
  await parent();
  try {
    const [view, roster] = await Promise.all([api.get('/api/units/{unitId}', { path: { unitId: params.classId } }), ClassRoster.load(params.classId)]);
    return { view, roster, loadError: null };
  } catch (error) {
    return { view: null, roster: null, loadError: error };
  }
}
