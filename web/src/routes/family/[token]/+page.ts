// The lesson's labels come with the page's code instead of a round trip after it (a parent's phone on a slow network).
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';

provideMessages('zh', 'student', studentZh);
