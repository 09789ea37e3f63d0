import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedModuleId, seedModules, seedQuestionId, seedQuestions } from '../../functions/src/seed/content.js';
import { SEED_MODULES, type SeedModule } from '../../functions/src/seed/modules/index.js';
import { SEED_QUESTIONS, type SeedQuestion } from '../../functions/src/seed/questions/index.js';
import { keys } from '../../functions/src/store/keys.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * A table seeded by an earlier release gets this release's corrections of the built-in content, and
 * never at the cost of an editor's change. "The next release" is simulated by seeds whose text differs.
 */
let server: TestServer;
let editor: ApiClient;
const at = () => new Date().toISOString();

beforeAll(async () => {
  server = await startTestServer();
  editor = await ApiClient.signedIn(server.url, 'editor.demo');
});
afterAll(() => server.close());

/** The next release, revised item by item as the tests go: each call to a seed function gets it whole. */
let modules: SeedModule[] = [...SEED_MODULES];
let questions: SeedQuestion[] = [...SEED_QUESTIONS];

function revisedModule(slug: string, note: string): SeedModule[] {
  modules = modules.map((m) =>
    m.slug === slug ? { ...m, content: { ...m.content, title: { zh: `${m.content.title.zh}（${note}）`, en: `${m.content.title.en} (${note})` } } } : m,
  );
  return modules;
}

function revisedQuestion(key: string, note: string): SeedQuestion[] {
  questions = questions.map((q) =>
    q.key === key
      ? { ...q, content: { ...q.content, explanation: { zh: `${q.content.explanation.zh}${note}`, en: `${q.content.explanation.en} ${note}` } } }
      : q,
  );
  return questions;
}

const published = async (slug: string) =>
  (await editor.get(`/api/modules/${seedModuleId(slug)}`)).body.module as { version: number; content: { title: { zh: string }; summary: { zh: string } } };
const question = async (key: string) =>
  (await server.db.doc.send(new GetCommand({ TableName: server.db.table, Key: keys.question(seedQuestionId(key)), ConsistentRead: true }))).Item!;

describe('the built-in content across releases', () => {
  it('changes nothing when the table already holds this release', async () => {
    expect(await seedModules(server.db, at())).toEqual({ added: 0, updated: 0, keptEdited: [] });
    expect(await seedQuestions(server.db, at())).toEqual({ added: 0, updated: 0, keptEdited: [] });
  });

  it('publishes a corrected module and question over the seed’s own, also in a table from before fingerprints', async () => {
    const slug = SEED_MODULES[1]!.slug;
    const key = SEED_QUESTIONS[3]!.key;
    // A table seeded before fingerprints were kept has none: version 1 is then the seed's.
    await server.db.doc.send(new DeleteCommand({ TableName: server.db.table, Key: keys.seedContent(seedModuleId(slug)) }));
    const before = await published(slug);
    const modules = await seedModules(server.db, at(), 'bootstrap', revisedModule(slug, '修订'));
    expect(modules).toEqual({ added: 0, updated: 1, keptEdited: [] });
    const after = await published(slug);
    expect(after.version).toBe(before.version + 1);
    expect(after.content.title.zh).toMatch(/（修订）$/);
    const catalog = (await editor.get(`/api/catalog?band=${SEED_MODULES[1]!.content.gradeBands[0]}`)).body.modules as { id: string; title: { zh: string } }[];
    expect(catalog.find((m) => m.id === seedModuleId(slug))!.title.zh).toMatch(/（修订）$/);

    expect(await seedQuestions(server.db, at(), revisedQuestion(key, '（修订）'))).toEqual({ added: 0, updated: 1, keptEdited: [] });
    const stored = await question(key);
    expect(stored.version).toBe(2);
    expect(stored.content.explanation.zh).toMatch(/（修订）$/);
    // A second revision of an item the seed already revised: the fingerprint says it is still the seed's.
    expect((await seedModules(server.db, at(), 'bootstrap', revisedModule(slug, '再修订'))).updated).toBe(1);
  });

  it('leaves a module and a question an editor changed, and says which', async () => {
    const slug = SEED_MODULES[2]!.slug;
    const id = seedModuleId(slug);
    const draft = (await editor.get(`/api/modules/${id}/draft`)).body.module;
    const edited = { ...draft.content, summary: { zh: `${draft.content.summary.zh}编辑改过。`, en: `${draft.content.summary.en} Edited.` } };
    expect((await editor.put(`/api/modules/${id}/draft`, { version: draft.version, content: edited, featured: draft.featured })).status).toBe(200);
    expect((await editor.post(`/api/modules/${id}/publish`)).status).toBe(200);
    const key = SEED_QUESTIONS[4]!.key;
    const current = await question(key);
    const changed = { ...current.content, explanation: { ...current.content.explanation, zh: `${current.content.explanation.zh}编辑补充。` } };
    expect((await editor.put(`/api/questions/${seedQuestionId(key)}`, { version: current.version, content: changed })).status).toBe(200);

    expect(await seedModules(server.db, at(), 'bootstrap', revisedModule(slug, '修订'))).toEqual({ added: 0, updated: 0, keptEdited: [id] });
    expect(await seedQuestions(server.db, at(), revisedQuestion(key, '（修订）'))).toEqual({ added: 0, updated: 0, keptEdited: [seedQuestionId(key)] });
    expect((await published(slug)).content.summary.zh).toMatch(/编辑改过。$/);
    expect((await question(key)).content.explanation.zh).toMatch(/编辑补充。$/);
  });

  it('publishes a revision once when several instances start at the same moment', async () => {
    const slug = SEED_MODULES[3]!.slug;
    const key = SEED_QUESTIONS[5]!.key;
    const before = await published(slug);
    const reports = await Promise.all(Array.from({ length: 4 }, () => seedModules(server.db, at(), 'bootstrap', revisedModule(slug, '并发'))));
    expect(reports.reduce((n, r) => n + r.updated, 0)).toBe(1);
    expect((await published(slug)).version).toBe(before.version + 1);
    const questionReports = await Promise.all(Array.from({ length: 4 }, () => seedQuestions(server.db, at(), revisedQuestion(key, '（并发）'))));
    expect(questionReports.reduce((n, r) => n + r.updated, 0)).toBe(1);
    expect((await question(key)).version).toBe(2);
  });
});
