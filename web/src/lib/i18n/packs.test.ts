import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accountZh } from './account.zh';
import { contestsZh } from './contests.zh';
import { quizZh } from './quiz.zh';
import { staffZh } from './staff.zh';
import { studentZh } from './student.zh';
import { packsFor, type Pack } from './translate';
import { zh } from './zh';

/**
 * A page renders once its packs are loaded (packsFor); a key it uses from another pack would show as
 * the bare key. Reads the sources: every message key a page's code can reach (its files and the
 * $lib modules they import, transitively) must be in one of its packs.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PACKS: Record<Pack, Record<string, string>> = { core: zh, account: accountZh, quiz: quizZh, student: studentZh, contest: contestsZh, staff: staffZh };
const ALL_KEYS = Object.values(PACKS).flatMap((pack) => Object.keys(pack));

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('$lib/') ? join(SRC, 'lib', spec.slice(5)) : spec.startsWith('.') ? join(dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.svelte`, `${base}.svelte.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** The files a route's code reaches, the dictionaries left out. */
function reach(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || file.includes(`${join('lib', 'i18n')}`)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const next = resolve(file, match[1]!);
      if (next) visit(next);
    }
  };
  const walk = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (/\.(svelte|ts)$/.test(path) && !path.endsWith('.test.ts')) visit(path);
  };
  for (const entry of entries) walk(join(SRC, entry));
  return [...seen];
}

function missingKeys(files: string[], packs: Pack[]): string[] {
  const allowed = new Set(packs.flatMap((pack) => Object.keys(PACKS[pack])));
  const missing = new Set<string>();
  for (const file of files)
    for (const match of readFileSync(file, 'utf8').matchAll(/['`]([a-zA-Z0-9]+\.[A-Za-z0-9_.${}]*)['`]/g)) {
      const key = match[1]!;
      if (key.includes('${')) {
        // `status.${x}`: some key with that start must be there, when any pack has one.
        const start = key.slice(0, key.indexOf('${'));
        if (ALL_KEYS.some((k) => k.startsWith(start)) && ![...allowed].some((k) => k.startsWith(start))) missing.add(`${relative(SRC, file)}: ${key}`);
      } else if (ALL_KEYS.includes(key) && !allowed.has(key)) missing.add(`${relative(SRC, file)}: ${key}`);
    }
  return [...missing];
}

const LAYOUT = ['routes/+layout.svelte', 'routes/+layout.ts', 'routes/+error.svelte'];
/** Reachable but never shown there: the quiz page imports lib/quizzes.ts for other functions than the editor's correctProblem. */
const NOT_SHOWN: Record<string, string[]> = {
  '/student/quizzes/q': ['lib/quizzes.ts: question.needOneCorrect', 'lib/quizzes.ts: question.needTwoCorrect'],
};

describe('message packs', () => {
  it.each([
    ['/signin', ['routes/signin', 'routes/+page.svelte']],
    ['/account/password', ['routes/account']],
    ['/student/quizzes/q', ['routes/student/quizzes']],
    ['/student/modules/m', ['routes/student/modules']],
    ['/family/t', ['routes/family']],
    ['/student', ['routes/student/+page.svelte', 'routes/student/contests', 'routes/student/certificates', 'routes/verify']],
  ])('%s finds every key it uses in its packs', (path, entries) => {
    const missing = missingKeys(reach([...LAYOUT, ...entries]), packsFor(path)).filter((key) => !NOT_SHOWN[path]?.includes(key));
    expect(missing).toEqual([]);
  });

  it('the layout, shown on every page, needs only the core', () => {
    expect(missingKeys(reach(LAYOUT), ['core'])).toEqual([]);
  });
});
