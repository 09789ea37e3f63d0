import { dateEnd, dateStart } from '../time/window-rules.js';

/**
 * Where a campaign is in its dates (zod-free, so the web shows the phase the API acts on): open from
 * the start of its start date to the end of its end date, China time.
 */
export type CampaignPhase = 'upcoming' | 'open' | 'ended';

export function campaignPhase(campaign: { startDate: string; endDate: string }, now: number): CampaignPhase {
  if (now < dateStart(campaign.startDate)) return 'upcoming';
  return now > dateEnd(campaign.endDate) ? 'ended' : 'open';
}

export const isOpen = (campaign: { startDate: string; endDate: string }, now: number) => campaignPhase(campaign, now) === 'open';
