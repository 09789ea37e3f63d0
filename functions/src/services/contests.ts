import { createHmac } from 'node:crypto';
import type { Deps } from './deps.js';
import type { StoredCertificate } from '../domain/certificates/schemas.js';
import { awardLevels, distribute, judgement, rankByMean, rubricMax, stageUnitOf, tiedAtCutoff } from '../domain/contests/rules.js';
import { AWARD_LEVELS, type AwardLevel, type Contest, Entry, StageEntry, StageLevel, StageUnitView } from '../domain/contests/schemas.js';
import { conflict, detail, ruleBroken } from '../domain/errors.js';
import { pathIds } from '../domain/org/units.js';
import type { Unit } from '../domain/org/units.js';
import { getAccount } from '../store/accounts.js';
import {
  assignJudging,
  awardEntry,
  entriesPendingCheck,
  finishAwards,
  lockAwardCounts,
  getEntry,
  getStageUnit,
  judgingsOfStageUnit,
  markChecked,
  stageMembers,
  type Judging,
  type StageMember,
  type StoredEntry,
} from '../store/contests.js';
import { getUnit, getUnits, listTeachersOfClass } from '../store/org.js';
import { flagsOfContest, type SimilarityFlagRecord } from '../store/similarity.js';
import { checkAndIndex } from './similarity.js';
import { certificateCode } from './attempts.js';
import { mapLimited } from './map-limited.js';

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** An entry's anonymous code: unguessable from the entry or its author, the same on every call. */
export function entryCode(key: Uint8Array, entryId: string): string {
  const digest = createHmac('sha256', key).update(`entry\n${entryId}`).digest();
  return Array.from(digest.subarray(0, 8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
}

export function authorView(entry: StoredEntry, contest: Contest): Entry {
  return {
    id: entry.id,
    contestId: entry.contestId,
    code: entry.code,
    draft: entry.draft,
    version: entry.version,
    updatedAt: entry.updatedAt,
    submission: entry.submission,
    stage: entry.stageIndex === null ? null : contest.settings.stages[Math.min(entry.stageIndex, contest.settings.stages.length - 1)]!.level,
    award: entry.award,
    certificateCodes: entry.certificateCodes,
  };
}

/** The stage `level` of a contest: its index, quota and whether it is the last. */
export function stageAt(contest: Contest, level: StageLevel) {
  const index = contest.settings.stages.findIndex((s) => s.level === level);
  if (index < 0) throw ruleBroken(`This contest has no ${level} stage`);
  return { index, quota: contest.settings.stages[index]!.quota, final: index === contest.settings.stages.length - 1 };
}

/** Runs the similarity check of every submitted entry whose check has not finished; idempotent. */
export async function finishPendingChecks(deps: Deps, contestId: string): Promise<void> {
  for (const entryId of await entriesPendingCheck(deps.db, contestId)) {
    const entry = await getEntry(deps.db, contestId, entryId, deps.now());
    if (entry?.submission)
      await checkAndIndex(deps.db, contestId, {
        id: entry.id,
        text: entry.submission.text,
        label: entry.submission.title,
        code: entry.code,
        schoolId: pathIds(entry.authorPath)[3],
      });
    await markChecked(deps.db, contestId, entryId);
  }
}

/** Every flag of a contest (flags are few: copies are the exception). */
export async function allFlags(deps: Deps, contestId: string): Promise<SimilarityFlagRecord[]> {
  const flags: SimilarityFlagRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await flagsOfContest(deps.db, contestId, { cursor, limit: 200 });
    flags.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return flags;
}

interface ScoredMember extends StageMember {
  judgings: Judging[];
  mean: number | null;
  spread: number | null;
  needsThirdJudge: boolean;
  complete: boolean;
}

/** A stage unit's entries with their judges' scores combined, ranked (ties shared). */
export async function rankedStage(deps: Deps, contest: Contest, level: StageLevel, unitId: string) {
  const [members, judgings] = await Promise.all([stageMembers(deps.db, contest.id, level, unitId), judgingsOfStageUnit(deps.db, contest.id, level, unitId)]);
  const max = rubricMax(contest.settings.rubric);
  const scored: ScoredMember[] = members.map((member) => {
    const mine = judgings.filter((j) => j.entryId === member.entryId);
    const totals = mine.flatMap((j) => (j.score ? [j.score.total] : []));
    return { ...member, judgings: mine, ...judgement({ totals, judges: mine.length }, max, contest.settings.spreadPercent) };
  });
  return rankByMean(scored);
}

/** Gives a stage unit's entries their judges from the panel: two each, a third where two disagree. */
export async function distributeEntries(deps: Deps, contest: Contest, level: StageLevel, unitId: string): Promise<void> {
  const { panel } = await getStageUnit(deps.db, contest.id, level, unitId);
  if (!panel.length) return;
  const ranked = await rankedStage(deps, contest, level, unitId);
  const pending = ranked.filter((entry) => !entry.advanced);
  const added = distribute(
    pending.map((entry) => ({ id: entry.entryId, judges: entry.judgings.map((j) => j.judgeId), needsThirdJudge: entry.needsThirdJudge })),
    panel,
  );
  await mapLimited(added, 8, async ({ entryId, judgeId }) => {
    const member = pending.find((entry) => entry.entryId === entryId)!;
    await assignJudging(deps.db, { contestId: contest.id, level, unitId, entryId, code: member.code, title: member.title, judgeId });
  });
}

async function names(deps: Deps, ids: string[]) {
  const accounts = await mapLimited(ids, 8, (id) => getAccount(deps.db, id));
  return ids.map((id, i) => ({ id, name: accounts[i]?.displayName ?? '' }));
}

/**
 * What a stage's runners see. At the school stage the school's own staff see authors and classes
 * (`withAuthors`; a bureau looking in does not); higher stages show codes and schools only.
 */
export async function stageUnitView(deps: Deps, contest: Contest, level: StageLevel, unit: Unit, withAuthors = false): Promise<StageUnitView> {
  await finishPendingChecks(deps, contest.id);
  const stage = stageAt(contest, level);
  const [ranked, state, flags] = await Promise.all([
    rankedStage(deps, contest, level, unit.id),
    getStageUnit(deps.db, contest.id, level, unit.id),
    allFlags(deps, contest.id),
  ]);
  const flagged = new Set(flags.flatMap((flag) => [flag.a.id, flag.b.id]));
  const school = level === 'school';
  const places = await getUnits(
    deps.db,
    ranked.map((entry) => pathIds(entry.authorPath)[school ? 4 : 3] ?? ''),
  );
  const authors = school && withAuthors ? await mapLimited(ranked, 8, (entry) => getAccount(deps.db, entry.authorId)) : [];
  const entries: StageEntry[] = ranked.map((entry, index) => {
    const place = places.get(pathIds(entry.authorPath)[school ? 4 : 3] ?? '');
    const authorNumber = authors[index]?.studentNumber;
    return {
      id: entry.entryId,
      code: entry.code,
      title: entry.title,
      language: entry.language,
      length: entry.length,
      submittedAt: entry.submittedAt,
      ...(school
        ? withAuthors
          ? { authorName: entry.authorName, ...(authorNumber ? { authorNumber } : {}), ...(place ? { className: place.name.zh } : {}) }
          : {}
        : place
          ? { schoolName: place.name }
          : {}),
      judges: entry.judgings.length,
      scored: entry.judgings.filter((j) => j.score).length,
      mean: entry.mean,
      spread: entry.spread,
      needsThirdJudge: entry.needsThirdJudge,
      rank: entry.rank,
      tied: entry.tied,
      advanced: entry.advanced,
      flagged: flagged.has(entry.entryId),
    };
  });
  const judged = ranked.filter((entry) => entry.complete).length;
  return {
    contestId: contest.id,
    level,
    unitId: unit.id,
    unitName: unit.name,
    quota: stage.quota,
    final: stage.final,
    panel: await names(deps, state.panel),
    reviewers: await names(deps, state.reviewers),
    entries,
    progress: {
      entries: entries.length,
      judged,
      toJudge: ranked.reduce((sum, entry) => sum + entry.judgings.filter((j) => !j.score).length, 0),
      advanced: entries.filter((entry) => entry.advanced).length,
    },
    tiedAtCutoff: tiedAtCutoff(ranked, stage.quota).map((entry) => entry.code),
  };
}

/** The unit that runs the next stage for an entry, or null after the final stage. */
export function nextStageUnit(contest: Contest, stageIndex: number, authorPath: string): { level: StageLevel; unitId: string } | null {
  const next = contest.settings.stages[stageIndex + 1];
  return next ? { level: next.level, unitId: stageUnitOf(next.level, pathIds(authorPath)) } : null;
}

export function firstStageUnit(contest: Contest, authorPath: string) {
  const first = contest.settings.stages[0]!;
  return { level: first.level, unitId: stageUnitOf(first.level, pathIds(authorPath)) };
}

/**
 * Awards by the final stage's ranking. Each entry's award is its own transaction (entry, fact,
 * counters, certificates), so a crash part-way leaves some awarded and a repeat finishes the rest.
 */
export async function awardContest(deps: Deps, contest: Contest, counts: Record<AwardLevel, number>): Promise<void> {
  const final = contest.settings.stages.at(-1)!;
  const ranked = await rankedStage(deps, contest, final.level, contest.unitId);
  const unjudged = ranked.filter((entry) => !entry.complete);
  if (unjudged.length)
    throw ruleBroken(
      'Every entry of the final stage needs its judges’ scores first',
      unjudged.map((entry) =>
        entry.needsThirdJudge ? detail(entry.code, 'needs_third_judge', 'needs a third judge') : detail(entry.code, 'entry_not_judged', 'not fully scored'),
      ),
    );
  const locked = await lockAwardCounts(deps.db, contest.id, counts);
  if (AWARD_LEVELS.some((level) => locked[level] !== counts[level])) throw conflict('The awards were already set with other counts', { counts: locked });
  const at = new Date(deps.now()).toISOString();
  await mapLimited(awardLevels(ranked, counts), 4, async (winner) => {
    const entry = (await getEntry(deps.db, contest.id, winner.entryId, deps.now()))!;
    if (entry.award) return;
    const path = pathIds(entry.authorPath);
    const school = await getUnit(deps.db, path[3] ?? '');
    const issue = (recipientId: string, recipientName: string, recipientRole: 'participant' | 'advisor'): StoredCertificate => ({
      code: certificateCode(deps.keys.code, `${entry.id}\n${recipientId}`),
      kind: 'contest',
      sourceId: contest.id,
      subjectId: entry.id,
      title: contest.settings.title,
      recipientId,
      recipientName,
      recipientRole,
      schoolName: school?.name ?? { zh: '', en: '' },
      percent: null,
      award: winner.award,
      issuedAt: at,
    });
    // An essay's supervising teachers are the teachers of the author's class.
    const advisors = contest.settings.type === 'essay' && path[4] ? await names(deps, await listTeachersOfClass(deps.db, path[4])) : [];
    await awardEntry(
      deps.db,
      entry,
      winner.award,
      [issue(entry.authorId, entry.authorName, 'participant'), ...advisors.map((a) => issue(a.id, a.name, 'advisor'))],
      at,
    );
  });
  await finishAwards(deps.db, contest.id, at);
}
