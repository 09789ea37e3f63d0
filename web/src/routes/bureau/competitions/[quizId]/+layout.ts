import { api } from '$lib/api';
import type { Quiz } from '$lib/types';
import type { LayoutLoad } from './$types';

// The competition itself, loaded once per competition: drilling down to another unit (a new `?unit=`)
// reruns only the page's load, which reads the board.
export const load: LayoutLoad = async ({ params }) => {
  try {
    const { quiz } = await api.get('/api/quizzes/{quizId}', { path: { quizId: params.quizId } });
    return { quiz: quiz as Quiz | null, quizError: null as unknown };
  } catch (error) {
    return { quiz: null, quizError: error as unknown };
  }
};
