import type { Contest, StageLevel } from '../domain/contests/schemas.js';
import { contestPhase } from '../domain/contests/window.js';
import { conflict, detail, ruleBroken } from '../domain/errors.js';
import { getAccount } from '../store/accounts.js';
import { advanceEntry, getEntry, setStageUnitPeople } from '../store/contests.js';
import { distributeEntries, nextStageUnit, rankedStage, stageAt } from './contests.js';
import { mapLimited } from './map-limited.js';
import type { Deps } from './deps.js';

/**
 * Sends entries of one stage unit on to the next stage, up to the stage's quota; judged stages send
 * only fully scored entries, and no one sends their own. Entries already sent are left as they are,
 * so repeating a request changes nothing.
 */
export async function advanceEntries(deps: Deps, contest: Contest, level: StageLevel, unitId: string, entryIds: string[], callerId: string): Promise<void> {
  if (contestPhase(contest.settings, deps.now()) !== 'closed') throw ruleBroken('Stages run after the submission window closes');
  const stage = stageAt(contest, level);
  if (stage.final) throw ruleBroken('The final stage ends in awards, not advancement');
  const ranked = await rankedStage(deps, contest, level, unitId);
  const wanted = [...new Set(entryIds)];
  const problems = wanted.flatMap((id) => {
    const member = ranked.find((entry) => entry.entryId === id);
    if (!member) return [detail('entryIds', 'entry_not_at_stage', `${id} is not at this stage here`, { id })];
    if (member.authorId === callerId) return [detail('entryIds', 'own_entry', `${member.code} is your own entry`, { code: member.code })];
    if (level !== 'school' && !member.complete)
      return [detail('entryIds', 'entry_not_judged', `${member.code} is not fully judged yet`, { code: member.code })];
    return [];
  });
  if (problems.length) throw ruleBroken('Some entries cannot be sent on', problems);
  const newlyAdvanced = wanted.filter((id) => !ranked.find((entry) => entry.entryId === id)!.advanced);
  const already = ranked.filter((entry) => entry.advanced).length;
  if (already + newlyAdvanced.length > stage.quota)
    throw ruleBroken(`The quota is ${stage.quota} and ${already} are already sent on`, [
      detail('entryIds', 'quota_exceeded', `choose at most ${stage.quota - already}`, { maximum: stage.quota - already }),
    ]);
  const at = new Date(deps.now()).toISOString();
  for (const id of newlyAdvanced) {
    const entry = (await getEntry(deps.db, contest.id, id, deps.now()))!;
    const outcome = await advanceEntry(
      deps.db,
      entry,
      { index: stage.index, level, unitId, quota: stage.quota },
      nextStageUnit(contest, stage.index, entry.authorPath),
      at,
    );
    // Not moved and not moved by someone else: a concurrent advance filled the quota.
    if (outcome === 'stale' && (await getEntry(deps.db, contest.id, id, deps.now()))!.stageIndex === stage.index)
      throw conflict(`The quota of ${stage.quota} is full`);
  }
  // Entries arriving at a stage whose panel is already named get their judges now.
  const next = contest.settings.stages[stage.index + 1]!;
  const nextUnits = new Set(newlyAdvanced.map((id) => nextStageUnit(contest, stage.index, ranked.find((e) => e.entryId === id)!.authorPath)!.unitId));
  for (const nextUnit of nextUnits) await distributeEntries(deps, contest, next.level, nextUnit);
}

/** Names a judged stage unit's panel (two or more judges of the unit) and gives waiting entries their judges. */
export async function namePanel(deps: Deps, contest: Contest, level: StageLevel, unitId: string, judgeIds: string[]): Promise<void> {
  if (level === 'school') throw ruleBroken('The school stage has reviewers, not a judging panel');
  const panel = [...new Set(judgeIds)];
  if (panel.length < 2)
    throw ruleBroken('A panel needs at least two judges', [detail('judgeIds', 'panel_too_small', 'at least two different judges', { minimum: 2 })]);
  const accounts = await mapLimited(panel, 8, (id) => getAccount(deps.db, id));
  const wrong = panel.filter((_, i) => accounts[i]?.role !== 'judge' || accounts[i]?.orgId !== unitId);
  if (wrong.length)
    throw ruleBroken(
      'Panel judges are judge accounts of this unit',
      wrong.map((id) => detail('judgeIds', 'not_unit_judge', `${id} is not a judge of ${unitId}`, { id })),
    );
  await setStageUnitPeople(deps.db, contest.id, level, unitId, 'panel', panel);
  await distributeEntries(deps, contest, level, unitId);
}

/** Names the teachers of a school who read its entries at the school stage. */
export async function nameReviewers(deps: Deps, contest: Contest, schoolId: string, teacherIds: string[]): Promise<void> {
  const reviewers = [...new Set(teacherIds)];
  const accounts = await mapLimited(reviewers, 8, (id) => getAccount(deps.db, id));
  const wrong = reviewers.filter((_, i) => accounts[i]?.role !== 'teacher' || accounts[i]?.orgId !== schoolId);
  if (wrong.length)
    throw ruleBroken(
      'Reviewers are teachers of this school',
      wrong.map((id) => detail('teacherIds', 'not_school_teacher', `${id} is not a teacher of this school`, { id })),
    );
  await setStageUnitPeople(deps.db, contest.id, 'school', schoolId, 'reviewers', reviewers);
}
