import type { Deps } from './deps.js';
import type { Account } from '../domain/accounts/schemas.js';
import { attemptIdOf, publicQuestion } from '../domain/attempts/attempt.js';
import { publicCertificate, type StoredCertificate } from '../domain/certificates/schemas.js';
import { entryIdOf } from '../domain/contests/rules.js';
import type { StudentExport } from '../domain/data-rights/schemas.js';
import { pathIds } from '../domain/org/units.js';
import { ModuleProgress } from '../domain/progress/progress.js';
import { reviewAllowed } from '../domain/quizzes/quiz.js';
import { getAttempt, type Attempt } from '../store/attempts.js';
import { getContest, getEntry } from '../store/contests.js';
import { decoder } from '../store/decode.js';
import { keys } from '../store/keys.js';
import { latestSummaries } from '../store/modules.js';
import { getUnits } from '../store/org.js';
import { getQuiz } from '../store/quizzes.js';
import { contestIdsReaching, studentItems } from '../store/student-data.js';
import { authorView } from './contests.js';
import { mapLimited } from './map-limited.js';

const toProgress = decoder('progress', ModuleProgress);
const itemsUnder = (items: Record<string, unknown>[], prefix: string) => items.filter((item) => (item.SK as string).startsWith(prefix));
const unique = <T>(values: T[]) => [...new Set(values)];

/** The attempts a student's quiz states imply: numbers 1…n of each quiz, by their derived ids. */
export function attemptIdsOf(studentId: string, quizStates: Record<string, unknown>[]): string[] {
  return quizStates.flatMap((state) =>
    Array.from({ length: (state.attempts as number) ?? 0 }, (_, i) => attemptIdOf(studentId, state.quizId as string, i + 1)),
  );
}

/** The entries a student has (drafts and submissions): one possible per contest that reaches the student. */
export async function entriesOf(deps: Deps, account: Account) {
  const contestIds = await contestIdsReaching(deps.db, account.orgPath);
  return (await mapLimited(contestIds, 8, (contestId) => getEntry(deps.db, contestId, entryIdOf(contestId, account.id), deps.now()))).filter(
    (entry) => entry !== null,
  );
}

async function attemptsView(deps: Deps, attempts: Attempt[]): Promise<StudentExport['attempts']> {
  const quizzes = new Map(
    (await mapLimited(unique(attempts.map((a) => a.quizId)), 8, (id) => getQuiz(deps.db, id))).filter((q) => q !== null).map((q) => [q.id, q]),
  );
  return mapLimited(attempts, 8, async (attempt) => {
    const submitted = attempt.status === 'submitted';
    const answers = attempt.answers;
    const quiz = quizzes.get(attempt.quizId);
    const review = !!quiz && reviewAllowed(quiz.settings, submitted, deps.now());
    return {
      id: attempt.id,
      quizId: attempt.quizId,
      quizTitle: quiz?.settings.title ?? null,
      number: attempt.number,
      status: attempt.status,
      startedAt: attempt.startedAt,
      submittedAt: attempt.submittedAt ?? null,
      result: attempt.result ?? null,
      questions: attempt.questions.map((q) => ({
        ...publicQuestion(q),
        answer: answers[q.id] ?? [],
        correct: review ? (attempt.graded?.find((g) => g.questionId === q.id)?.correct ?? null) : null,
      })),
    };
  });
}

/** Everything held about one student, read by key (docs/SECURITY.md, "Data rights"). */
export async function studentExport(deps: Deps, account: Account): Promise<StudentExport> {
  const { db } = deps;
  const [classId, schoolId] = [pathIds(account.orgPath)[4] ?? '', pathIds(account.orgPath)[3] ?? ''];
  const [items, units, entries] = await Promise.all([studentItems(db, account.id), getUnits(db, [classId, schoolId]), entriesOf(deps, account)]);
  const progress = itemsUnder(items, keys.progressOfStudent()).map(toProgress);
  const [titles, attempts, contests] = await Promise.all([
    latestSummaries(
      db,
      progress.map((p) => p.moduleId),
    ),
    mapLimited(attemptIdsOf(account.id, itemsUnder(items, keys.quizStatesOfStudent())), 8, (id) => getAttempt(db, id, deps.now())),
    mapLimited(unique(entries.map((e) => e.contestId)), 8, (id) => getContest(db, id)),
  ]);
  const contestById = new Map(contests.filter((c) => c !== null).map((c) => [c.id, c]));
  const unitRef = (id: string) => {
    const unit = units.get(id);
    return unit ? { id: unit.id, name: unit.name } : null;
  };
  return {
    exportedAt: new Date(deps.now()).toISOString(),
    account: {
      id: account.id,
      username: account.username,
      role: account.role,
      displayName: account.displayName,
      orgId: account.orgId,
      orgPath: account.orgPath,
      ...(account.studentNumber ? { studentNumber: account.studentNumber } : {}),
      ...(account.grade === undefined ? {} : { grade: account.grade }),
      createdAt: account.createdAt,
      guardianConsent: account.guardianConsent ?? null,
    },
    class: unitRef(classId),
    school: unitRef(schoolId),
    progress: progress.map((p) => ({ ...p, moduleTitle: titles.get(p.moduleId)?.title ?? null })),
    activity: itemsUnder(items, keys.factsOfStudent()).map((fact) => ({
      scope: fact.scope as string,
      metric: fact.metric as string,
      at: (fact.at as string) ?? '',
    })),
    attempts: await attemptsView(
      deps,
      attempts.filter((a) => a !== null),
    ),
    contestEntries: entries.flatMap((entry) => {
      const contest = contestById.get(entry.contestId);
      return contest ? [{ ...authorView(entry, contest), contestTitle: contest.settings.title }] : [];
    }),
    certificates: itemsUnder(items, keys.certificatesOfStudent()).map((item) => publicCertificate(item as unknown as StoredCertificate)),
  };
}
