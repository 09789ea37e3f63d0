import { z } from 'zod';
import { rule } from '../errors.js';
import { PlainName, PlainText } from '../text/clean-text.js';
import { dateStart, IsoDate, windowProblem } from '../time/window.js';

export { campaignPhase, isOpen, type CampaignPhase } from './phase.js';

export const Campaign = z.object({
  id: z.string(),
  unitId: z.string(),
  unitPath: z.string(),
  name: z.string(),
  description: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  moduleIds: z.array(z.string()),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type Campaign = z.infer<typeof Campaign>;

export const CreateCampaignRequest = z
  .strictObject({
    name: PlainName(80),
    description: PlainText(2000).default(''),
    startDate: IsoDate,
    endDate: IsoDate,
    moduleIds: z.array(z.string().min(1).max(40)).min(1).max(20),
  })
  .superRefine((c, ctx) => {
    const problem = windowProblem(dateStart(c.startDate), dateStart(c.endDate), true);
    if (problem) ctx.addIssue({ code: 'custom', ...problem, path: ['endDate'] });
  })
  .refine((c) => new Set(c.moduleIds).size === c.moduleIds.length, { ...rule('duplicate_modules', 'a module is listed twice'), path: ['moduleIds'] });

export const CampaignResponse = z.object({ campaign: Campaign });
export const CampaignsResponse = z.object({ campaigns: z.array(Campaign) });

/** Campaigns reach a student when their unit lies on the student's path (a bureau level above). */
export const CAMPAIGN_UNIT_KINDS = ['region', 'city', 'county'] as const;
