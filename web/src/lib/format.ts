/**
 * Small pure helpers every page loads: grades, dates and waits for people, and the route guard. No Svelte,
 * no DOM. Helpers only staff use live in staff.ts and files.ts, out of the student pages' bundle.
 */
import { chinaClock } from '$domain/time/china-time';
import type { Role } from './types';

const ZH_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** "七年级" / "Grade 7". */
export function gradeLabel(locale: 'zh' | 'en', grade: number): string {
  if (locale === 'zh') return `${ZH_NUMERALS[grade] ?? grade}年级`;
  return `Grade ${grade}`;
}

/** Seconds as whole minutes and seconds, for "try again in …". */
export function splitWait(seconds: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(seconds));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

export const ROLE_HOME: Record<Role, string> = {
  bureau: '/bureau',
  school_admin: '/school',
  teacher: '/teacher',
  student: '/student',
  editor: '/editor',
  judge: '/judge',
};

/** Only same-origin paths: never "//evil.example" or "https://…". */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

interface GuardUser {
  role: Role;
  mustChangePassword: boolean;
}

const AREAS: [string, Role][] = [
  ['/bureau', 'bureau'],
  ['/school', 'school_admin'],
  ['/teacher', 'teacher'],
  ['/student', 'student'],
  ['/editor', 'editor'],
  ['/judge', 'judge'],
];

const PUBLIC = ['/signin', '/api-reference'];

/** Pages of one area that another role may open too: a contest's school round, for the teachers named as its reviewers. */
const SHARED: [string, Role][] = [['/school/contests', 'teacher']];

function under(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix + '/');
}

/** Pages anyone may open, signed in or not, whatever their role: the API reference, certificate checks, family lessons. */
export function isOpenToAll(pathname: string): boolean {
  return pathname === '/api-reference' || under(pathname, '/verify') || under(pathname, '/family');
}

/** The role area a path belongs to, if any. */
export function areaRole(pathname: string): Role | null {
  return AREAS.find(([prefix]) => under(pathname, prefix))?.[1] ?? null;
}

/**
 * Where the app must send someone who opens `pathname`, or null to show it: signed-out people go to
 * sign-in (remembering where they were going, unless they just signed out), staff with an initial
 * password to the password form. Just signed in, on /signin, people go where `next` says if their
 * role may see it. Keeping each role in its own area is each area's +layout.ts (areaRedirect).
 */
export function redirectFor(pathname: string, search: string, user: GuardUser | null, rememberPath = true): string | null {
  if (isOpenToAll(pathname)) return null;
  if (!user) {
    if (PUBLIC.includes(pathname)) return null;
    if (pathname === '/' || !rememberPath) return '/signin';
    return `/signin?next=${encodeURIComponent(pathname + search)}`;
  }
  if (user.mustChangePassword) return pathname === '/account/password' ? null : '/account/password';
  if (pathname === '/signin') return homeAfterSignIn(user, new URLSearchParams(search).get('next'));
  if (pathname === '/') return ROLE_HOME[user.role];
  return null;
}

/** Where someone opening `pathname` in `area` goes instead, or null when their role may see it. */
export function areaRedirect(area: Role, pathname: string, user: GuardUser): string | null {
  if (area === user.role || SHARED.some(([prefix, guest]) => guest === user.role && under(pathname, prefix))) return null;
  return ROLE_HOME[user.role];
}

/** Where to go right after signing in. */
export function homeAfterSignIn(user: GuardUser, next: string | null): string {
  if (user.mustChangePassword) return '/account/password';
  const wanted = safeNext(next);
  if (wanted) {
    const path = wanted.split(/[?#]/)[0]!;
    const area = areaRole(path);
    if (path !== '/signin' && path !== '/' && redirectFor(path, '', user) === null && (!area || areaRedirect(area, path, user) === null)) return wanted;
  }
  return ROLE_HOME[user.role];
}

// China time without Intl (domain/time/china-time.ts): no time-zone data to load on a slow phone.
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (n: number) => String(n).padStart(2, '0');

function chinaDay(locale: 'zh' | 'en', china: Date): string {
  const [year, month, day] = [china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate()];
  return locale === 'zh' ? `${year}年${month + 1}月${day}日` : `${day} ${MONTHS_EN[month]} ${year}`;
}

/**
 * A date for people, in China time: "2026年6月26日" / "26 Jun 2026". Takes a plain YYYY-MM-DD date
 * (a due date) or an ISO timestamp (when something was completed).
 */
export function formatDate(locale: 'zh' | 'en', value: string): string {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T12:00:00+08:00`) : Date.parse(value);
  return Number.isNaN(at) ? value : chinaDay(locale, chinaClock(at));
}

/** A moment for people, in China time: "2026年6月26日 09:30" / "26 Jun 2026, 09:30". */
export function formatDateTime(locale: 'zh' | 'en', value: string): string {
  const at = Date.parse(value);
  if (Number.isNaN(at)) return value;
  const china = chinaClock(at);
  const time = `${twoDigits(china.getUTCHours())}:${twoDigits(china.getUTCMinutes())}`;
  return locale === 'zh' ? `${chinaDay(locale, china)} ${time}` : `${chinaDay(locale, china)}, ${time}`;
}
