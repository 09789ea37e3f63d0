import { createHash } from 'node:crypto';
import { DomainError } from '../domain/errors.js';
import type { QuestionContent } from '../domain/questions/question.js';
import type { Db } from '../store/client.js';
import { createModule, getDraft, publish, saveDraft } from '../store/modules.js';
import { getQuestions, putQuestion } from '../store/questions.js';
import { markSeedContent, seedContentMarks } from '../store/seed-content.js';
import { SEED_MODULES, type SeedModule } from './modules/index.js';
import { SEED_QUESTIONS, type SeedQuestion } from './questions/index.js';

/**
 * The built-in course content in a table, brought to this release. Missing modules and questions are
 * added; those the seed wrote and nobody edited since are replaced by this release's text (a module
 * as a new published version), so that a correction — a law stated wrongly for minors, a misleading
 * distractor — reaches tables seeded before it. An editor's change is never overwritten: an item is
 * the seed's while it is still version 1 as first seeded, or its content is exactly what the seed
 * last wrote (a fingerprint kept per item, store/seed-content.ts).
 */
export const seedModuleId = (slug: string) => `mod_${slug}`;
export const seedQuestionId = (key: string) => `q_${key}`;

/** The author of a module version the seed publishes over an earlier release's: no account has this id. */
export const SEED_AUTHOR = 'seed';

/** A fingerprint independent of key order: DynamoDB does not keep the order of a map's keys. */
export function fingerprint(value: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([, x]) => x !== undefined)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, x]) => [k, canonical(x)]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('base64url');
}

export interface SeedReport {
  added: number;
  updated: number;
  /** Ids an editor changed, so this release's text was not applied to them. */
  keptEdited: string[];
}

const seedOwns = (id: string, version: number, content: unknown, marks: Map<string, string>) => {
  const mark = marks.get(id);
  return mark ? mark === fingerprint(content) : version === 1;
};

/** A second process doing the same upgrade at the same moment wins the race; this one leaves it. */
async function unlessRaced(write: () => Promise<void>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof DomainError && error.code === 'conflict') return false;
    throw error;
  }
}

export async function seedModules(db: Db, at: string, by = 'u_editor_demo', seeds: readonly SeedModule[] = SEED_MODULES): Promise<SeedReport> {
  const marks = await seedContentMarks(db);
  const report: SeedReport = { added: 0, updated: 0, keptEdited: [] };
  for (const seed of seeds) {
    const id = seedModuleId(seed.slug);
    const wanted = fingerprint(seed.content);
    const existing = await getDraft(db, id);
    if (!existing || !existing.publishedVersion) {
      const draft = existing ?? {
        id,
        version: 1,
        content: seed.content,
        featured: seed.featured ?? false,
        status: 'draft' as const,
        publishedVersion: 0,
        updatedAt: at,
        updatedBy: by,
      };
      if (!existing) await createModule(db, draft);
      if (await unlessRaced(() => publish(db, draft, at).then(() => undefined))) report.added++;
    } else if (fingerprint(existing.content) === wanted || existing.status === 'retired') {
      // Already this release's text, or taken out of use by the editors: nothing to publish.
    } else if (!seedOwns(id, existing.version, existing.content, marks)) {
      report.keptEdited.push(id);
      continue;
    } else {
      const upgraded = await unlessRaced(async () => {
        const draft = await saveDraft(db, id, existing.version, { content: seed.content, featured: existing.featured, by: SEED_AUTHOR, at });
        await publish(db, draft, at);
      });
      if (upgraded) report.updated++;
    }
    if (marks.get(id) !== wanted) await markSeedContent(db, id, wanted);
  }
  return report;
}

export async function seedQuestions(db: Db, at: string, seeds: readonly SeedQuestion[] = SEED_QUESTIONS): Promise<SeedReport> {
  const [marks, existing] = await Promise.all([
    seedContentMarks(db),
    getQuestions(
      db,
      seeds.map((q) => seedQuestionId(q.key)),
    ),
  ]);
  const report: SeedReport = { added: 0, updated: 0, keptEdited: [] };
  const work = seeds.map((seed) => async () => {
    const id = seedQuestionId(seed.key);
    const wanted = fingerprint(seed.content);
    const current = existing.get(id);
    if (!current) {
      if (
        await unlessRaced(() =>
          putQuestion(db, { id, version: 1, content: seed.content as QuestionContent, status: 'active', createdAt: at, updatedAt: at }, null),
        )
      )
        report.added++;
    } else if (fingerprint(current.content) !== wanted) {
      if (!seedOwns(id, current.version, current.content, marks)) return void report.keptEdited.push(id);
      if (
        await unlessRaced(() => putQuestion(db, { ...current, version: current.version + 1, content: seed.content as QuestionContent, updatedAt: at }, current))
      )
        report.updated++;
    }
    if (marks.get(id) !== wanted) await markSeedContent(db, id, wanted);
  });
  for (let i = 0; i < work.length; i += 8) await Promise.all(work.slice(i, i + 8).map((run) => run()));
  return report;
}
