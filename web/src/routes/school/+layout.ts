import { guardArea } from '$lib/area-guard';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ url }) => guardArea('school_admin', url);
