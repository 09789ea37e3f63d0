import { loadClassPage } from '$lib/class-page-load';
import type { Unit } from '$lib/types';
import { unitWithAllChildren } from '$lib/unit-view';
import type { PageLoad } from './$types';

// The class page, and the school's other classes, where the admin can move a student.
export const load: PageLoad = async (event) => {
  const page = await loadClassPage(event);
  const unit = page.view?.unit;
  if (!unit?.parentId) return { ...page, otherClasses: [] as Unit[] };
  try {
    const school = await unitWithAllChildren(unit.parentId);
    return { ...page, otherClasses: school.children.filter((child) => child.kind === 'class' && child.id !== unit.id) };
  } catch (error) {
    return { ...page, otherClasses: [] as Unit[], loadError: error };
  }
};
