/**
 * What the coverage dashboard asks the API for, outside the component: the subjects that reach the
 * user, a unit's coverage with its trail of units, and the county map's rows. Aggregates only.
 */
import { isOpen } from '$domain/campaigns/phase';
import { api } from './api';
import { countiesOf, isWithinScope, subjectParams, type CoverageResponse, type CoverageRow, type Subject } from './coverage';
import type { Campaign, Contest, LocalizedName, Quiz } from './types';

export interface Subjects {
  campaigns: Campaign[];
  competitions: Quiz[];
  contests: Contest[];
}

/** Campaigns, competitions and contests that reach the user. */
export async function loadSubjects(): Promise<Subjects> {
  // Contests are an extra: without them the campaigns and competitions still show.
  const [campaignReply, quizReply, contestReply] = await Promise.all([
    api.get('/api/campaigns'),
    api.get('/api/quizzes', { query: { below: 'true' } }),
    api.get('/api/contests', { query: { below: 'true' } }).catch(() => ({ contests: [] })),
  ]);
  return {
    campaigns: campaignReply.campaigns,
    competitions: quizReply.quizzes.filter((quiz) => quiz.settings.kind === 'competition'),
    contests: contestReply.contests,
  };
}

/** Without a subject in the URL: a campaign running today (China time), else the newest, else a competition, else a contest. */
export function defaultSubject({ campaigns, competitions, contests }: Subjects, now = Date.now()): Subject | null {
  const campaign = campaigns.find((c) => isOpen(c, now)) ?? campaigns[0];
  if (campaign) return { kind: 'campaign', id: campaign.id };
  const competition = competitions[0];
  if (competition) return { kind: 'competition', id: competition.id };
  const contest = contests[0];
  return contest ? { kind: 'contest', id: contest.id } : null;
}

export interface TrailUnit {
  id: string;
  name: LocalizedName;
}

/** A unit's coverage and the path to it within the user's scope (the unit alone when its ancestors are unknown). */
export async function loadCoverage(unit: string, subject: Subject, scope: string): Promise<{ coverage: CoverageResponse; trail: TrailUnit[] }> {
  const [coverage, unitView] = await Promise.all([
    api.get('/api/coverage', { query: subjectParams(unit, subject) }),
    api.get('/api/units/{unitId}', { path: { unitId: unit } }).catch(() => null),
  ]);
  const path = unitView ? [...unitView.ancestors, unitView.unit].filter((u) => isWithinScope(u.path, scope)) : [];
  const trail = path.length ? path.map((u) => ({ id: u.id, name: u.name })) : [{ id: coverage.unit.id, name: coverage.unit.name }];
  return { coverage, trail };
}

export interface County {
  code: string;
  name: LocalizedName;
  d: string;
}

export interface CountyMapData {
  counties: County[];
  rows: Record<string, CoverageRow | undefined>;
}

/** Region: every county through its city (one request per city); city: its own children. Null where there is no map. */
export async function loadCountyMap(reply: CoverageResponse, subject: Subject): Promise<CountyMapData | null> {
  const unit = reply.unit;
  if (unit.kind !== 'region' && unit.kind !== 'city') return null;
  // The map's 45 KB load only here, on a page that shows it.
  const { default: map } = await import('$lib/maps/ningxia-counties.json');
  const counties = countiesOf(map.counties, unit);
  if (!counties.length) return null;
  let rows: CoverageRow[] = reply.children;
  if (unit.kind === 'region') {
    const cities = reply.children.filter((c) => c.kind === 'city');
    const replies = await Promise.allSettled(cities.map((city) => api.get('/api/coverage', { query: subjectParams(city.id, subject) })));
    rows = replies.flatMap((r) => (r.status === 'fulfilled' ? r.value.children : []));
  }
  return { counties, rows: Object.fromEntries(rows.map((row) => [row.id, row])) };
}

/** The subject in the URL among those listed (none of the three when it is not listed). */
export interface CurrentSubject {
  campaign?: Campaign;
  competition?: Quiz;
  contest?: Contest;
}

export function currentSubject({ campaigns, competitions, contests }: Subjects, subject: Subject | null): CurrentSubject {
  if (subject?.kind === 'campaign') return { campaign: campaigns.find((c) => c.id === subject.id) };
  if (subject?.kind === 'competition') return { competition: competitions.find((q) => q.id === subject.id) };
  if (subject?.kind === 'contest') return { contest: contests.find((c) => c.id === subject.id) };
  return {};
}
