import { coverageRow, enrolmentFor, scopeOf, type CoverageRow, type CoverageSubject } from '../domain/coverage/coverage.js';
import { schoolYearOf } from '../domain/school-years/years.js';
import { dateStart } from '../domain/time/window.js';
import { yearScope } from '../store/promotion.js';
import { notFound } from '../domain/errors.js';
import type { Unit } from '../domain/org/units.js';
import type { Db } from '../store/client.js';
import { getCampaign } from '../store/campaigns.js';
import { counterTarget, readUnitCounters } from '../store/counters.js';
import { getQuiz } from '../store/quizzes.js';
import { getContest } from '../store/contests.js';
import { listTeachingOf } from '../store/org.js';
import { mapLimited } from './map-limited.js';
import { allChildren, unitsDownTo } from './units-below.js';

export async function subjectFor(db: Db, query: { campaign?: string; competition?: string; contest?: string }): Promise<CoverageSubject> {
  if (query.contest) {
    const contest = await getContest(db, query.contest);
    if (!contest) throw notFound('Contest');
    return { kind: 'contest', id: contest.id, unitPath: contest.unitPath, year: schoolYearOf(Date.parse(contest.settings.opensAt)) };
  }
  if (query.campaign) {
    const campaign = await getCampaign(db, query.campaign);
    if (!campaign) throw notFound('Campaign');
    return { kind: 'campaign', id: campaign.id, unitPath: campaign.unitPath, year: schoolYearOf(dateStart(campaign.startDate)) };
  }
  const quiz = query.competition ? await getQuiz(db, query.competition) : null;
  if (!quiz) throw notFound('Competition');
  return { kind: 'competition', id: quiz.id, unitPath: quiz.unitPath, year: schoolYearOf(Date.parse(quiz.settings.opensAt ?? quiz.createdAt)) };
}

/**
 * A unit's dashboard row: three Queries (its `all` counters, its school year's and the subject's),
 * never students or facts.
 */
export async function rowFor(db: Db, unit: Unit, subject: CoverageSubject): Promise<CoverageRow> {
  const target = counterTarget(unit);
  const [all, ofYear, scoped] = await Promise.all([
    readUnitCounters(db, target, 'all'),
    subject.year ? readUnitCounters(db, target, yearScope(subject.year)) : null,
    readUnitCounters(db, target, scopeOf(subject)),
  ]);
  const enrolled = enrolmentFor(unit, subject.year, all.metrics, ofYear?.metrics ?? {});
  return coverageRow({ id: unit.id, name: unit.name, kind: unit.kind }, subject, { ...all.metrics, enrolled }, scoped.metrics, scoped.lastActivityAt);
}

/** Who looks: a teacher at school level sees only the classes taught. */
export interface CoverageViewer {
  role: string;
  userId: string;
}

/** The unit's own row and one per child unit it shows (every child, except a teacher's untaught classes). */
export async function coverageTable(db: Db, viewer: CoverageViewer, unit: Unit, subject: CoverageSubject) {
  const children = unit.kind === 'class' ? [] : await allChildren(db, unit.id);
  const taught = viewer.role === 'teacher' ? new Set((await listTeachingOf(db, viewer.userId)).map((t) => t.classId)) : null;
  const shown = taught ? children.filter((child) => taught.has(child.id)) : children;
  const [own, rows] = await Promise.all([rowFor(db, unit, subject), mapLimited(shown, 16, (child) => rowFor(db, child, subject))]);
  return { unit: own, children: rows };
}

/** Every school at or below a unit with its row and path: what the laggard list ranks. */
export async function schoolRows(db: Db, unit: Unit, subject: CoverageSubject): Promise<(CoverageRow & { path: string })[]> {
  const schools = unit.kind === 'class' ? [] : (await unitsDownTo(db, unit, 'school')).filter((u) => u.kind === 'school');
  return mapLimited(schools, 16, async (school) => ({ ...(await rowFor(db, school, subject)), path: school.path }));
}
