import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { notFound } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { bandsOfGrade, GradeBand } from '../../domain/modules/content.js';
import {
  CatalogResponse,
  CreateModuleRequest,
  DraftResponse,
  DraftsResponse,
  PublishedResponse,
  SaveDraftRequest,
  type ModuleDraft,
} from '../../domain/modules/schemas.js';
import { played, PlayedResponse } from '../../domain/modules/played.js';
import { getAccount } from '../../store/accounts.js';
import {
  catalog,
  createModule,
  getPublished,
  latestPublished,
  listDrafts,
  publish,
  requireDraft,
  retire,
  saveDraft,
  setFeatured,
} from '../../store/modules.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import type { Context } from 'hono';

const ModuleParams = z.strictObject({ moduleId: z.string().min(1).max(60) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const editorRoute = <M extends 'get' | 'post' | 'put', P extends string>(method: M, path: P, summary: string) => ({
  method,
  path,
  tags: ['modules'],
  summary,
});

const listRoute = createRoute({
  ...editorRoute('get', '/api/modules', 'Every module’s draft and status (editors)'),
  responses: { 200: jsonContent(DraftsResponse, 'Modules'), ...COMMON },
});
const createModuleRoute = createRoute({
  ...editorRoute('post', '/api/modules', 'Create a module draft (editors)'),
  request: jsonBody(CreateModuleRequest),
  responses: { 201: jsonContent(DraftResponse, 'Created'), ...COMMON },
});
const getDraftRoute = createRoute({
  ...editorRoute('get', '/api/modules/{moduleId}/draft', 'A module’s draft (editors)'),
  request: { params: ModuleParams },
  responses: { 200: jsonContent(DraftResponse, 'Draft'), ...COMMON },
});
const saveDraftRoute = createRoute({
  ...editorRoute('put', '/api/modules/{moduleId}/draft', 'Save a draft; 409 with the current draft when someone saved since `version`'),
  request: { params: ModuleParams, ...jsonBody(SaveDraftRequest) },
  responses: { 200: jsonContent(DraftResponse, 'Saved'), ...COMMON, 409: ERRORS[409] },
});
const publishRoute = createRoute({
  ...editorRoute('post', '/api/modules/{moduleId}/publish', 'Publish the draft as the next immutable version'),
  request: { params: ModuleParams },
  responses: { 200: jsonContent(PublishedResponse, 'Published'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const retireRoute = createRoute({
  ...editorRoute('post', '/api/modules/{moduleId}/retire', 'Retire: hidden from the catalog and new assignments; progress keeps its version'),
  request: { params: ModuleParams },
  responses: { 200: jsonContent(DraftResponse, 'Retired'), ...COMMON },
});
const featuredRoute = createRoute({
  ...editorRoute('put', '/api/modules/{moduleId}/featured', 'Mark or unmark a module as featured (精品课)'),
  request: { params: ModuleParams, ...jsonBody(z.strictObject({ featured: z.boolean() })) },
  responses: { 200: jsonContent(DraftResponse, 'Updated'), ...COMMON },
});
const catalogRoute = createRoute({
  method: 'get',
  path: '/api/catalog',
  tags: ['modules'],
  summary: 'Published modules of a grade band (a student’s own band by default)',
  request: { query: z.strictObject({ band: GradeBand.optional() }) },
  responses: { 200: jsonContent(CatalogResponse, 'Catalog'), ...COMMON },
});
const versionRoute = createRoute({
  method: 'get',
  path: '/api/modules/{moduleId}/versions/{version}',
  tags: ['modules'],
  summary: 'A published version of a module, with its sections, text as HTML (any signed-in user)',
  request: { params: z.strictObject({ moduleId: z.string().min(1).max(60), version: z.coerce.number().int().min(1) }) },
  responses: { 200: jsonContent(PlayedResponse, 'Module'), ...COMMON },
});
const latestRoute = createRoute({
  method: 'get',
  path: '/api/modules/{moduleId}',
  tags: ['modules'],
  summary: 'The latest published version of a module, text as HTML (any signed-in user)',
  request: { params: ModuleParams },
  responses: { 200: jsonContent(PlayedResponse, 'Module'), ...COMMON },
});

function editor(c: Context<AppEnv>) {
  const session = requireSession(c);
  authorize(session, 'module.edit', { path: session.orgPath, kind: 'module' });
  return session;
}

export function moduleRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(listRoute, async (c) => {
    editor(c);
    const drafts = await listDrafts(c.get('deps').db);
    return c.json({ modules: drafts.map(({ content, ...rest }) => ({ ...rest, title: content.title })) }, 200);
  });

  app.openapi(createModuleRoute, async (c) => {
    const session = editor(c);
    const { db, now } = c.get('deps');
    const body = c.req.valid('json');
    const draft: ModuleDraft = {
      id: newId('mod'),
      version: 1,
      content: body.content,
      featured: body.featured,
      status: 'draft',
      publishedVersion: 0,
      updatedAt: new Date(now()).toISOString(),
      updatedBy: session.userId,
    };
    await createModule(db, draft);
    return c.json({ module: draft }, 201);
  });

  app.openapi(getDraftRoute, async (c) => {
    editor(c);
    return c.json({ module: await requireDraft(c.get('deps').db, c.req.valid('param').moduleId) }, 200);
  });

  app.openapi(saveDraftRoute, async (c) => {
    const session = editor(c);
    const { db, now } = c.get('deps');
    const body = c.req.valid('json');
    const saved = await saveDraft(db, c.req.valid('param').moduleId, body.version, {
      content: body.content,
      featured: body.featured,
      by: session.userId,
      at: new Date(now()).toISOString(),
    });
    return c.json({ module: saved }, 200);
  });

  app.openapi(publishRoute, async (c) => {
    editor(c);
    const { db, now } = c.get('deps');
    const draft = await requireDraft(db, c.req.valid('param').moduleId);
    return c.json({ module: await publish(db, draft, new Date(now()).toISOString()) }, 200);
  });

  app.openapi(retireRoute, async (c) => {
    editor(c);
    const { db } = c.get('deps');
    const draft = await requireDraft(db, c.req.valid('param').moduleId);
    await retire(db, draft);
    return c.json({ module: { ...draft, status: 'retired' as const } }, 200);
  });

  app.openapi(featuredRoute, async (c) => {
    editor(c);
    const { db } = c.get('deps');
    const draft = await requireDraft(db, c.req.valid('param').moduleId);
    const { featured } = c.req.valid('json');
    await setFeatured(db, draft, featured);
    return c.json({ module: { ...draft, featured } }, 200);
  });

  app.openapi(catalogRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const requested = c.req.valid('query').band;
    const me = !requested && session.role === 'student' ? await getAccount(db, session.userId) : null;
    const bands = requested ? [requested] : bandsOfGrade(me?.grade ?? 0);
    const lists = await Promise.all(bands.map((band) => catalog(db, band)));
    const unique = new Map(lists.flat().map((m) => [m.id, m]));
    return c.json({ modules: [...unique.values()].sort((a, b) => Number(b.featured) - Number(a.featured) || a.title.zh.localeCompare(b.title.zh, 'zh')) }, 200);
  });

  app.openapi(versionRoute, async (c) => {
    requireSession(c);
    const { moduleId, version } = c.req.valid('param');
    const module = await getPublished(c.get('deps').db, moduleId, version);
    if (!module) throw notFound('Module version');
    return c.json({ module: played(module) }, 200);
  });

  app.openapi(latestRoute, async (c) => {
    requireSession(c);
    const module = await latestPublished(c.get('deps').db, c.req.valid('param').moduleId);
    if (!module) throw notFound('Published module');
    return c.json({ module: played(module) }, 200);
  });
}
