/** Small pure helpers: encoding, grades, CSV, chunking, safe redirects. No Svelte, no DOM. */
import type { Role } from './types';

/** Base64 of raw bytes (the file as Excel saved it: the server detects UTF-8, GBK or UTF-16). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The API accepts at most 1,400,000 base64 characters: about 1 MB of file. */
export const MAX_ROSTER_FILE_BYTES = Math.floor((1_400_000 / 4) * 3);

/** Grades a school of this stage teaches: the API's own rule. */
export { gradesOfStage } from '$domain/org/stages';

const ZH_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** "七年级" / "Grade 7". */
export function gradeLabel(locale: 'zh' | 'en', grade: number): string {
  if (locale === 'zh') return `${ZH_NUMERALS[grade] ?? grade}年级`;
  return `Grade ${grade}`;
}

/** Splits a list into pages of `size` (credential slips: 10 per A4 sheet). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (size < 1) throw new Error('size must be at least 1');
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/** One CSV cell, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** CSV text with CRLF line ends, as Excel writes it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The roster template: UTF-8 with a BOM so that Excel opens the Chinese header correctly. */
export function rosterTemplateCsv(): string {
  return '\uFEFF' + toCsv([['姓名', '学号'], ['张三', '2025001'], ['李四', '2025002']]);
}

export function dataUri(mime: string, text: string): string {
  return `data:${mime};charset=utf-8,${encodeURIComponent(text)}`;
}

/** Seconds as whole minutes and seconds, for "try again in …". */
export function splitWait(seconds: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(seconds));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** A random key for Idempotency-Key; works outside secure contexts too (a LAN address over http). */
export function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
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
 * password to the password form, everybody else to their own area. Just signed in, on /signin, people
 * go where `next` says if their role may see it.
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
  const role = areaRole(pathname);
  if (role && role !== user.role && !SHARED.some(([prefix, guest]) => guest === user.role && under(pathname, prefix))) return ROLE_HOME[user.role];
  return null;
}

/** Where to go right after signing in. */
export function homeAfterSignIn(user: GuardUser, next: string | null): string {
  if (user.mustChangePassword) return '/account/password';
  const wanted = safeNext(next);
  if (wanted) {
    const path = wanted.split(/[?#]/)[0]!;
    if (path !== '/signin' && path !== '/' && redirectFor(path, '', user) === null) return wanted;
  }
  return ROLE_HOME[user.role];
}

/**
 * A date for people, in China time: "2026年6月26日" / "26 Jun 2026". Takes a plain YYYY-MM-DD date
 * (a due date) or an ISO timestamp (when something was completed).
 */
export function formatDate(locale: 'zh' | 'en', value: string): string {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T12:00:00+08:00`) : Date.parse(value);
  if (Number.isNaN(at)) return value;
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'Asia/Shanghai' }).format(at);
}

/** A moment for people, in China time: "2026年6月26日 09:30" / "26 Jun 2026, 09:30". */
export function formatDateTime(locale: 'zh' | 'en', value: string): string {
  const at = Date.parse(value);
  if (Number.isNaN(at)) return value;
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(at);
}
