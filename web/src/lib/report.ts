/**
 * A unit's semester report (学期报告) for a bureau: its on-line coverage (a campaign) and its off-line
 * coverage (a requirement: activities and lesson hours) with the schools lagging behind and the
 * daily history. Printed to PDF by the browser (A4, the report's own Chinese font) and downloaded as
 * a spreadsheet with the same figures; this module turns the figures into the sheets' rows.
 */
import { ACTIVITY_KINDS } from '$domain/activities/activity-rules';
import type { ApiResponse } from './api-contract';
import type { CoverageResponse, HistoryPoint, LaggardRow } from './coverage';
import type { LocalizedName } from './types';
import { chinaMinuteOf as beijingTime } from '$domain/time/china-time';

/** `2026-12-06 09:30` in Beijing time, whatever the reader's computer says. */
export { beijingTime };

export type RequirementCoverage = ApiResponse<'get', '/api/coverage/requirements/{requirementId}'>;

export interface ReportData {
  unit: { id: string; name: LocalizedName; kind: string };
  /** When the figures were read (ms): the report says so, in Beijing time. */
  readAt: number;
  online: { campaignName: string; coverage: CoverageResponse; laggards: LaggardRow[]; below: number; history: HistoryPoint[] } | null;
  offline: RequirementCoverage | null;
}

export type Cell = string | number | null;

export interface Sheet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

/** The words a sheet needs, in the chosen language (the page passes t()'s results). */
export interface ReportWords {
  name: (value: LocalizedName) => string;
  kind: (kind: string) => string;
  activityKind: (kind: string) => string;
  sheet: Record<'summary' | 'online' | 'offline' | 'laggards' | 'history', string>;
  col: Record<
    | 'item'
    | 'value'
    | 'unit'
    | 'kind'
    | 'schools'
    | 'enrolled'
    | 'started'
    | 'completed'
    | 'completionRate'
    | 'taughtLessons'
    | 'schoolsMeeting'
    | 'activities'
    | 'counted'
    | 'participants'
    | 'hours'
    | 'classes'
    | 'classesMeeting'
    | 'lessonHours'
    | 'list'
    | 'lacks'
    | 'date',
    string
  >;
  item: Record<'unit' | 'readAt' | 'campaign' | 'requirement' | 'period' | 'meeting', string>;
  list: Record<'online' | 'offline', string>;
  lacks: Record<'activities' | 'lessons', string>;
}

function summaryRows(data: ReportData, w: ReportWords): Cell[][] {
  const rows: Cell[][] = [
    [w.item.unit, `${w.name(data.unit.name)}（${w.kind(data.unit.kind)}）`],
    [w.item.readAt, `${beijingTime(data.readAt)} (UTC+8)`],
  ];
  if (data.online) {
    const u = data.online.coverage.unit;
    rows.push(
      [w.item.campaign, data.online.campaignName],
      [w.col.enrolled, u.enrolled],
      [w.col.started, u.started],
      [w.col.completed, u.completed],
      [w.col.completionRate, u.completionRate],
      [w.col.taughtLessons, u.taughtLessons],
    );
  }
  if (data.offline) {
    const { requirement: r, unit: u } = data.offline;
    rows.push(
      [w.item.requirement, w.name(r.title)],
      [w.item.period, r.from === r.to ? r.from : `${r.from} – ${r.to}`],
      [w.item.meeting, `${u.schoolsMeeting} / ${u.schools}`],
      [w.col.counted, u.counted],
      [w.col.activities, u.activities],
      [w.col.participants, u.participants],
      [w.col.lessonHours, u.lessonHours],
      [w.col.classesMeeting, `${u.classesMeeting} / ${u.classes}`],
    );
  }
  return rows;
}

/** The report's sheets: summary, on-line rows, off-line rows, laggards of both, history. */
export function reportSheets(data: ReportData, w: ReportWords): Sheet[] {
  const sheets: Sheet[] = [{ name: w.sheet.summary, columns: [w.col.item, w.col.value], rows: summaryRows(data, w) }];
  const laggards: Cell[][] = [];
  if (data.online) {
    sheets.push({
      name: w.sheet.online,
      columns: [w.col.unit, w.col.kind, w.col.schools, w.col.enrolled, w.col.started, w.col.completed, w.col.completionRate, w.col.taughtLessons],
      rows: data.online.coverage.children.map((r) => [
        w.name(r.name),
        w.kind(r.kind),
        r.kind === 'class' ? null : r.schoolsRegistered,
        r.enrolled,
        r.started,
        r.completed,
        r.completionRate,
        r.taughtLessons,
      ]),
    });
    for (const s of data.online.laggards) laggards.push([w.list.online, w.name(s.name), `${s.completionRate}% < ${data.online.below}%`]);
  }
  if (data.offline) {
    const kinds = ACTIVITY_KINDS.filter((kind) => data.offline!.unit.byKind[kind]);
    const rows = data.offline.children.length
      ? data.offline.children.map((r) => [
          w.name(r.name),
          w.kind(r.kind),
          r.schools,
          r.schoolsMeeting,
          r.counted,
          r.activities,
          ...kinds.map((kind) => r.byKind[kind] ?? 0),
          r.participants,
          r.hours,
          r.classes,
          r.classesMeeting,
          r.lessonHours,
        ])
      : [];
    sheets.push({
      name: w.sheet.offline,
      columns: [
        w.col.unit,
        w.col.kind,
        w.col.schools,
        w.col.schoolsMeeting,
        w.col.counted,
        w.col.activities,
        ...kinds.map(w.activityKind),
        w.col.participants,
        w.col.hours,
        w.col.classes,
        w.col.classesMeeting,
        w.col.lessonHours,
      ],
      rows,
    });
    const { minActivities, minLessonHours } = data.offline.requirement;
    for (const s of data.offline.laggards) {
      const lacks = [
        ...(s.meetsActivities ? [] : [`${w.lacks.activities} ${s.counted}/${minActivities}`]),
        ...(s.meetsLessons ? [] : [`${w.lacks.lessons} ${s.classesMeeting}/${s.classes} (≥ ${minLessonHours})`]),
      ];
      laggards.push([w.list.offline, w.name(s.name), lacks.join('; ')]);
    }
  }
  sheets.push({ name: w.sheet.laggards, columns: [w.col.list, w.col.unit, w.col.lacks], rows: laggards });
  if (data.online?.history.length)
    sheets.push({
      name: w.sheet.history,
      columns: [w.col.date, w.col.enrolled, w.col.started, w.col.completed, w.col.completionRate],
      rows: data.online.history.map((p) => [p.date, p.enrolled, p.started, p.completed, p.completionRate]),
    });
  return sheets;
}

/** `清泉中学-学期报告-2026-12-06.xlsx`: names Excel and file systems accept. */
export function reportFileName(unitName: string, label: string, readAt: number, extension: string): string {
  const safe = `${unitName}-${label}`.replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safe}-${beijingTime(readAt).slice(0, 10)}.${extension}`;
}

/** The page's query with `key` set to `value` (or left out when empty): the picks live in the URL. */
export function withParam(current: URLSearchParams, key: string, value: string): string {
  const query = new URLSearchParams(current);
  if (value) query.set(key, value);
  else query.delete(key);
  return `?${query}`;
}
