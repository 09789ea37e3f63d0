import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Paths are resolved from this file, not from the working directory, so `cdk synth` works both from
 * the repository root (cdk.json there) and from infra/ (`npm run synth -w infra`), and in tests.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LOCK_FILE = join(REPO_ROOT, 'package-lock.json');
export const DEFAULT_WEB_BUILD_DIR = join(REPO_ROOT, 'web', 'build');

/**
 * The Lambda entry point of a function group or scheduled job: functions/src/handlers/<name>.ts
 * exporting `handler`.
 */
export function handlerEntry(name: string): string {
  const entry = join(REPO_ROOT, 'functions', 'src', 'handlers', `${name}.ts`);
  if (!existsSync(entry)) {
    throw new Error(`Function group or job "${name}" has no entry point at ${entry} (it must export \`handler\`)`);
  }
  return entry;
}
