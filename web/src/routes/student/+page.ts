// The page's messages download with its code instead of a round trip after it (400 ms on a slow phone);
// the root layout's load then finds them there. English, if chosen, still comes on demand.
import { contestsZh } from '$lib/i18n/contests.zh';
import { studentZh } from '$lib/i18n/student.zh';
import { provideMessages } from '$lib/i18n/translate';

provideMessages('zh', 'student', studentZh);
provideMessages('zh', 'contest', contestsZh);
