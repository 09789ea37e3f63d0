import { api } from '$lib/api';
import { quizZh } from '$lib/i18n/quiz.zh';
import { provideMessages } from '$lib/i18n/translate';
import type { Quiz } from '$lib/types';
import type { PageLoad } from './$types';

// The quiz's messages download with its code instead of a round trip after it (400 ms on a slow phone).
provideMessages('zh', 'quiz', quizZh);

// A failure is the page's to show (offline, it retries by itself), not the error page's.
export const load: PageLoad = async ({ params, depends }) => {
  depends('app:quiz');
  try {
    const { quiz } = await api.get('/api/quizzes/{quizId}', { path: { quizId: params.quizId } });
    return { quiz, loadError: null };
  } catch (error) {
    return { quiz: null as Quiz | null, loadError: error as unknown };
  }
};
