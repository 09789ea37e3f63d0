// The quiz's messages download with its code instead of a round trip after it (400 ms on a slow phone).
import { quizZh } from '$lib/i18n/quiz.zh';
import { provideMessages } from '$lib/i18n/translate';

provideMessages('zh', 'quiz', quizZh);
