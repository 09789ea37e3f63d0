import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CampaignResponse, CampaignsResponse, CreateCampaignRequest, type Campaign } from '../../domain/campaigns/schemas.js';
import { detail, notFound, ruleBroken } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import { dateStart, requireOpeningNearNow } from '../../domain/time/window.js';
import { campaignsOfUnit, campaignsReaching, createCampaign, getCampaign } from '../../store/campaigns.js';
import { getDraft } from '../../store/modules.js';
import { requireUnit } from '../../store/org.js';
import { ofBureauUnitsBelow } from '../../services/units-below.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const createCampaignRoute = createRoute({
  method: 'post',
  path: '/api/campaigns',
  tags: ['campaigns'],
  summary: 'A bureau creates a campaign for its unit; it reaches every student below without teacher action',
  request: { headers: IdempotencyHeaders, ...jsonBody(CreateCampaignRequest) },
  responses: {
    201: jsonContent(CampaignResponse, 'Created'),
    200: jsonContent(CampaignResponse, 'Already created by this request'),
    ...COMMON,
    422: ERRORS[422],
  },
});

const listCampaignsRoute = createRoute({
  method: 'get',
  path: '/api/campaigns',
  tags: ['campaigns'],
  summary: 'Campaigns that reach the caller’s unit (its own and its parents’); for a bureau also those of its units below',
  responses: { 200: jsonContent(CampaignsResponse, 'Campaigns'), 401: ERRORS[401], 403: ERRORS[403] },
});

const getCampaignRoute = createRoute({
  method: 'get',
  path: '/api/campaigns/{campaignId}',
  tags: ['campaigns'],
  summary: 'One campaign',
  request: { params: z.strictObject({ campaignId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(CampaignResponse, 'Campaign'), ...COMMON },
});

export function campaignRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createCampaignRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const unit = await requireUnit(deps.db, session.orgId);
    authorize(session, 'campaign.create', { path: unit.path, kind: unit.kind });
    const body = c.req.valid('json');
    requireOpeningNearNow(dateStart(body.startDate), deps.now(), 'startDate');
    const drafts = await Promise.all(body.moduleIds.map((id) => getDraft(deps.db, id)));
    const unpublished = body.moduleIds.filter((_, i) => drafts[i]?.status !== 'published');
    if (unpublished.length)
      throw ruleBroken(
        'Every module of a campaign must be published',
        unpublished.map((id) => detail('moduleIds', 'module_not_published', `${id} is not published`, { id })),
      );
    const key = c.req.valid('header')['idempotency-key'];
    const campaign: Campaign = {
      id: key ? idFromKey('cmp', session.userId, key) : newId('cmp'),
      unitId: unit.id,
      unitPath: unit.path,
      ...body,
      createdBy: session.userId,
      createdAt: new Date(deps.now()).toISOString(),
    };
    const outcome = await createCampaign(deps.db, campaign);
    if (outcome === 'exists') return c.json({ campaign: (await getCampaign(deps.db, campaign.id))! }, 200);
    return c.json({ campaign }, 201);
  });

  app.openapi(listCampaignsRoute, async (c) => {
    const session = requireSession(c);
    const { db } = c.get('deps');
    const reaching = await campaignsReaching(db, session.orgPath);
    // A bureau's own campaigns are among those reaching it; a region or city also sees its children's.
    const below = session.role === 'bureau' && session.orgPath.split('/').length < 3 ? await ofBureauUnitsBelow(db, session.orgId, campaignsOfUnit) : [];
    const all = new Map([...reaching, ...below].map((x) => [x.id, x]));
    return c.json({ campaigns: [...all.values()].sort((a, b) => b.startDate.localeCompare(a.startDate)) }, 200);
  });

  app.openapi(getCampaignRoute, async (c) => {
    const session = requireSession(c);
    const campaign = await getCampaign(c.get('deps').db, c.req.valid('param').campaignId);
    if (!campaign) throw notFound('Campaign');
    authorize(session, 'campaign.view', { path: campaign.unitPath, kind: 'campaign' });
    return c.json({ campaign }, 200);
  });
}
