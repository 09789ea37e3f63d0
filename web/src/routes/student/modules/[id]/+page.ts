// The player's messages download with its code instead of a round trip after it (400 ms on a slow phone).
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';

provideMessages('zh', 'student', studentZh);
