import { api } from '$lib/api';
import { isWithinScope } from '$lib/coverage';
import { loadSession, session } from '$lib/session.svelte';
import type { BoardResponse, Unit } from '$lib/types';
import type { PageLoad } from './$types';

// A failure is the page's to show (forbidden, not found, offline), not the error page's.
export const load: PageLoad = async ({ params, url }) => {
  await loadSession();
  const unit = url.searchParams.get('unit') ?? session.user?.orgId ?? '';
  try {
    const [board, unitReply] = await Promise.all([
      api.get('/api/quizzes/{quizId}/board', { path: { quizId: params.quizId }, query: { unit } }),
      api.get('/api/units/{unitId}', { path: { unitId: unit } }).catch(() => null),
    ]);
    // The way back up, within the bureau's own area.
    const scope = session.user?.orgPath ?? '';
    const trail = unitReply ? [...unitReply.ancestors, unitReply.unit].filter((u) => isWithinScope(u.path, scope)) : [];
    return { board: board as BoardResponse | null, trail: trail as Unit[], boardError: null as unknown };
  } catch (error) {
    return { board: null, trail: [], boardError: error as unknown };
  }
};
