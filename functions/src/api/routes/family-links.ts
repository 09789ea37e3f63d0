import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { detail, DomainError, ruleBroken } from '../../domain/errors.js';
import {
  CreateFamilyLinkRequest,
  FamilyLessonResponse,
  FamilyLinkResponse,
  FamilyLinksResponse,
  FamilyToken,
  isForFamilies,
  RecordOpenRequest,
  RecordOpenResponse,
} from '../../domain/family-links/schemas.js';
import { newToken } from '../../domain/ids.js';
import { playedContent } from '../../domain/modules/played.js';
import { createFamilyLink, familyLinksOfClass, getFamilyLinkTarget, recordFamilyOpen } from '../../store/family-links.js';
import { getDraft, getPublished, latestSummaries } from '../../store/modules.js';
import { requireUnit } from '../../store/org.js';
import { authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';

const ClassParams = z.strictObject({ classId: z.string().min(1).max(40) });
const TokenParams = z.strictObject({ token: FamilyToken });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const createLinkRoute = createRoute({
  method: 'post',
  path: '/api/classes/{classId}/family-links',
  tags: ['family-links'],
  summary: 'A teacher shares a families module with the parents of a class: one link per class and module, made once',
  request: { params: ClassParams, ...jsonBody(CreateFamilyLinkRequest) },
  responses: { 201: jsonContent(FamilyLinkResponse, 'Made'), 200: jsonContent(FamilyLinkResponse, 'The link made before'), ...COMMON, 422: ERRORS[422] },
});

const listLinksRoute = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/family-links',
  tags: ['family-links'],
  summary: 'The family links of a class, with how many devices opened each (counts only)',
  request: { params: ClassParams },
  responses: { 200: jsonContent(FamilyLinksResponse, 'Links'), ...COMMON },
});

const lessonRoute = createRoute({
  method: 'get',
  path: '/api/family/{token}',
  tags: ['family-links'],
  summary: 'The lesson behind a family link (public: no sign-in), in its latest published version',
  request: { params: TokenParams },
  responses: { 200: jsonContent(FamilyLessonResponse, 'The lesson'), 400: ERRORS[400], 404: ERRORS[404] },
});

const openRoute = createRoute({
  method: 'post',
  path: '/api/family/{token}/opens',
  tags: ['family-links'],
  summary: 'Counts a device’s first open of a family link (public); a repeat from the same device counts nothing',
  request: { params: TokenParams, ...jsonBody(RecordOpenRequest) },
  responses: { 200: jsonContent(RecordOpenResponse, 'Whether this open was counted'), 400: ERRORS[400], 404: ERRORS[404] },
});

// Said the same for a token never made and a lesson since withdrawn: the page asks for a new link either way.
const notShared = () => new DomainError('not_found', 'This family link does not lead to a lesson — check the address, or ask the teacher for a new link');

export function familyLinkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createLinkRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const klass = await requireUnit(deps.db, c.req.valid('param').classId);
    await authorizeOnUnit(c, session, 'family.share', klass);
    const { moduleId } = c.req.valid('json');
    const draft = await getDraft(deps.db, moduleId);
    if (!draft || draft.status !== 'published' || !isForFamilies(draft.content))
      throw ruleBroken('Only a published module written for families can be shared with them', [
        detail('moduleId', 'not_family_module', 'not a published families module'),
      ]);
    const { link, created } = await createFamilyLink(deps.db, {
      token: newToken(),
      classId: klass.id,
      moduleId,
      createdBy: session.userId,
      createdAt: new Date(deps.now()).toISOString(),
      opens: 0,
    });
    return c.json({ link: { ...link, title: draft.content.title } }, created ? 201 : 200);
  });

  app.openapi(listLinksRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const klass = await requireUnit(deps.db, c.req.valid('param').classId);
    await authorizeOnUnit(c, session, 'family.share', klass);
    const links = await familyLinksOfClass(deps.db, klass.id);
    const summaries = await latestSummaries(
      deps.db,
      links.map((l) => l.moduleId),
    );
    return c.json({ links: links.map((l) => ({ ...l, title: summaries.get(l.moduleId)?.title ?? { zh: l.moduleId, en: l.moduleId } })) }, 200);
  });

  app.openapi(lessonRoute, async (c) => {
    const { db } = c.get('deps');
    const target = await getFamilyLinkTarget(db, c.req.valid('param').token);
    if (!target) throw notShared();
    const draft = await getDraft(db, target.moduleId);
    const module = draft?.status === 'published' ? await getPublished(db, draft.id, draft.publishedVersion) : null;
    // Retired, or no longer marked for families: the link stops showing it rather than show something else.
    if (!module || !isForFamilies(module.content)) throw notShared();
    return c.json({ module: { id: module.id, version: module.version, content: playedContent(module.content) } }, 200);
  });

  app.openapi(openRoute, async (c) => {
    const { db } = c.get('deps');
    const target = await getFamilyLinkTarget(db, c.req.valid('param').token);
    if (!target) throw notShared();
    return c.json({ counted: await recordFamilyOpen(db, target, c.req.valid('json').device) }, 200);
  });
}
