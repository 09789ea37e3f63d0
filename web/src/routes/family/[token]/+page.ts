import { api } from '$lib/api';
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';
import type { FamilyLessonResponse } from '$lib/types';
import type { PageLoad } from './$types';

// The lesson's labels come with the page's code instead of a round trip after it (a parent's phone on a slow network).
provideMessages('zh', 'student', studentZh);

// A failure is the page's to show (a withdrawn link, or offline with a retry), not the error page's.
export const load: PageLoad = async ({ params, depends }) => {
  depends('app:family');
  try {
    const reply = await api.get('/api/family/{token}', { path: { token: params.token }, redirectOn401: false });
    return { lesson: reply.module as FamilyLessonResponse['module'] | null, loadError: null };
  } catch (error) {
    return { lesson: null, loadError: error as unknown };
  }
};
