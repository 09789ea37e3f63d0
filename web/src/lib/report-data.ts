/**
 * What a unit's report asks the API for: the campaign's coverage, laggards, history and county map,
 * and the requirement's coverage, read at once; and the words of its spreadsheet in the chosen
 * language. Aggregates only.
 */
import { ACTIVITY_KINDS } from '$domain/activities/activity-rules';
import { api } from './api';
import { DEFAULT_BELOW, subjectParams, type Subject } from './coverage';
import { loadCountyMap, type CountyMapData } from './coverage-data';
import { name, t } from './i18n/index.svelte';
import type { ReportData, ReportWords } from './report';

export interface LoadedReport {
  data: ReportData;
  map: CountyMapData | null;
}

export async function loadReport(unitId: string, campaign: { id: string; name: string } | null, requirementId: string | null): Promise<LoadedReport> {
  const subject: Subject | null = campaign ? { kind: 'campaign', id: campaign.id } : null;
  const [unitView, online, offline] = await Promise.all([
    api.get('/api/units/{unitId}', { path: { unitId } }),
    subject
      ? Promise.all([
          api.get('/api/coverage', { query: subjectParams(unitId, subject) }),
          // A school has no schools below it to lag behind.
          api
            .get('/api/coverage/laggards', { query: { ...subjectParams(unitId, subject), below: DEFAULT_BELOW } })
            .catch(() => ({ below: DEFAULT_BELOW, schools: [] })),
          api.get('/api/coverage/history', { query: subjectParams(unitId, subject) }),
        ])
      : null,
    requirementId ? api.get('/api/coverage/requirements/{requirementId}', { path: { requirementId }, query: { unit: unitId } }) : null,
  ]);
  const [coverage, laggards, history] = online ?? [];
  const map = coverage && subject ? await loadCountyMap(coverage, subject).catch(() => null) : null;
  return {
    data: {
      unit: { id: unitView.unit.id, name: unitView.unit.name, kind: unitView.unit.kind },
      readAt: Date.now(),
      online:
        campaign && coverage && laggards && history
          ? { campaignName: campaign.name, coverage, laggards: laggards.schools, below: laggards.below, history: history.points }
          : null,
      offline,
    },
    map,
  };
}

const keysOf = <K extends string>(list: readonly K[], word: (key: K) => string) => Object.fromEntries(list.map((key) => [key, word(key)])) as Record<K, string>;

/** The spreadsheet's words, in the language chosen now; `below` is the on-line laggards' threshold. */
export function reportWords(below: number): ReportWords {
  const kinds = new Set<string>(['region', 'city', 'county', 'school', 'class']);
  return {
    name,
    kind: (kind) => (kinds.has(kind) ? t(`kind.${kind as 'region'}`) : kind),
    activityKind: (kind) => ((ACTIVITY_KINDS as readonly string[]).includes(kind) ? t(`activity.kind.${kind as (typeof ACTIVITY_KINDS)[number]}`) : kind),
    sheet: keysOf(['summary', 'online', 'offline', 'laggards', 'history'] as const, (key) => t(`report.sheet.${key}`)),
    col: keysOf(
      [
        'item',
        'value',
        'unit',
        'kind',
        'schools',
        'enrolled',
        'started',
        'completed',
        'completionRate',
        'taughtLessons',
        'schoolsMeeting',
        'activities',
        'counted',
        'participants',
        'hours',
        'classes',
        'classesMeeting',
        'lessonHours',
        'list',
        'lacks',
        'date',
      ] as const,
      (key) => t(`report.col.${key}`),
    ),
    item: keysOf(['unit', 'readAt', 'campaign', 'requirement', 'period', 'meeting'] as const, (key) => t(`report.item.${key}`)),
    list: { online: t('report.onlineLaggards', { below }), offline: t('report.offlineLaggards') },
    lacks: { activities: t('report.lacksActivities'), lessons: t('report.lacksLessons') },
  };
}
