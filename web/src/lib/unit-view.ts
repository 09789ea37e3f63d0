import { api } from './api';
import type { UnitView } from './types';

/** A unit with every one of its children: the API hands children out a page at a time. */
export async function unitWithAllChildren(unitId: string): Promise<UnitView> {
  const view = await api.get('/api/units/{unitId}', { path: { unitId } });
  for (let cursor = view.cursor; cursor;) {
    const more = await api.get('/api/units/{unitId}', { path: { unitId }, query: { cursor } });
    view.children.push(...more.children);
    cursor = more.cursor;
  }
  return view;
}
