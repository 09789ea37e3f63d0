const DAY = 24 * 3600_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A campaign window open today and within the bounds the API accepts (at most a year long). */
export function openCampaignDates(now = Date.now()): { startDate: string; endDate: string } {
  return { startDate: isoDate(now - 30 * DAY), endDate: isoDate(now + 300 * DAY) };
}
