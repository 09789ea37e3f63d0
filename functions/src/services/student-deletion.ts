import type { Deps } from './deps.js';
import { disableAccount, sessionsChanged } from './session-check.js';
import type { Account } from '../domain/accounts/schemas.js';
import { seal, unseal } from '../domain/accounts/sealing.js';
import type { AuditRecord } from '../domain/audit/schemas.js';
import { entrySaveSubject, stageUnitOf } from '../domain/contests/rules.js';
import { redactImportedStudent } from '../domain/data-rights/roster-import.js';
import type { DeletionReason } from '../domain/data-rights/schemas.js';
import { newId } from '../domain/ids.js';
import { pathIds } from '../domain/org/units.js';
import { importedStudentId, type PreviewRow } from '../domain/roster/rows.js';
import type { Credential } from '../domain/roster/schemas.js';
import { getContest } from '../store/contests.js';
import { keys, parseCertificateOfStudentKey } from '../store/keys.js';
import { removeText } from '../store/similarity.js';
import { deleteItems } from '../store/batch-write.js';
import { getAttemptFact, getDeletionMarker, importsOfClass, judgingKeysOfEntry, studentItems, type CountedFactItem } from '../store/student-data.js';
import { finishDeletion, markDeletion, moveFactToAnonymous, redactImport, unlinkSchoolFact } from '../store/student-deletion.js';
import { clearSubject, clearUsername } from '../store/throttle.js';
import { mapLimited } from './map-limited.js';
import { attemptIdsOf, entriesOf } from './student-export.js';

/**
 * Deleting a student (docs/SECURITY.md, "Data rights"): personal data goes everywhere; the facts the
 * coverage counters were built from stay, under a random anonymous id, so every "started, completed,
 * submitted" figure keeps the student's past activity while "enrolled" drops by one.
 *
 * The account is marked first (with that anonymous id) and its sign-in disabled; then each step
 * removes what it finds, so a crash is finished by running the deletion again and two runs at once
 * do the same work twice; the last step deletes the account with the enrolled counters and the audit
 * entry in one transaction conditioned on the marker, so exactly one run moves them.
 */
export async function deleteStudent(deps: Deps, account: Account, reason: DeletionReason, auditRecord: AuditRecord): Promise<'deleted' | 'gone'> {
  const { db } = deps;
  const marker = { anonId: newId('anon'), reason, startedAt: new Date(deps.now()).toISOString() };
  const anonId = (await markDeletion(db, account.id, marker)) ? marker.anonId : (await getDeletionMarker(db, account.id))?.anonId;
  if (!anonId) return 'gone';
  await disableAccount(db, account.id, true);

  await removeEntries(deps, account);
  // Removing attempts touches only their own partitions, so one read of the student's serves both steps.
  const items = (await studentItems(db, account.id)).filter((item) => item.SK !== 'META');
  await removeAttempts(deps, account, anonId, items);
  await removeStudentItems(deps, account, anonId, items);
  await redactRosterImports(deps, account);
  await clearUsername(db, account.username);
  await clearSubject(db, entrySaveSubject(account.id));

  const outcome = await finishDeletion(db, account, anonId, auditRecord, deps.now());
  sessionsChanged(db, account.id);
  return outcome;
}

/**
 * Entries go whole, drafts and submissions alike: an essay is the student's own writing, and the
 * contest's counters keep it through the anonymous facts. With it go its places in the stages, its
 * judges' tasks and scores, and its similarity index and flags. The entry item goes last: a repeat
 * finds the rest through it. Its participant certificate is held under the student and goes with
 * the student's items; its advisors' certificates are the teachers' and stay.
 */
async function removeEntries(deps: Deps, account: Account) {
  const authorPath = pathIds(account.orgPath);
  for (const entry of await entriesOf(deps, account)) {
    if (entry.submission) {
      const contest = await getContest(deps.db, entry.contestId);
      const stages = contest ? contest.settings.stages.slice(0, (entry.stageIndex ?? 0) + 1) : [];
      const placed = stages.map((stage) => ({ level: stage.level, unitId: stageUnitOf(stage.level, authorPath) }));
      const judgings = (await Promise.all(placed.map((p) => judgingKeysOfEntry(deps.db, entry.contestId, p.level, p.unitId, entry.id)))).flat();
      await deleteItems(deps.db, [...placed.map((p) => keys.stageMember(entry.contestId, p.level, p.unitId, entry.code)), ...judgings]);
      await removeText(deps.db, entry.contestId, entry.id);
    }
    await deleteItems(deps.db, [keys.entry(entry.contestId, entry.id)]);
  }
}

/**
 * Attempts go with their questions and answers; each submission's fact moves to the anonymous id.
 * The attempt item goes first, so an expiry sweep or a late submit finds nothing left to finish.
 */
async function removeAttempts(deps: Deps, account: Account, anonId: string, items: Record<string, unknown>[]) {
  const quizStates = items.filter((item) => (item.SK as string).startsWith(keys.quizStatesOfStudent()));
  await mapLimited(attemptIdsOf(account.id, quizStates), 4, async (attemptId) => {
    await deleteItems(deps.db, [keys.attempt(attemptId), keys.attemptQuestions(attemptId)]);
    const fact = await getAttemptFact(deps.db, attemptId);
    // A random name: the move is conditioned on the original, so a repeat or a second run moves nothing.
    if (fact) await moveFactToAnonymous(deps.db, keys.attemptFact(attemptId), keys.anonymousFact(anonId, `${fact.scope}#${newId('attempt')}`), fact);
  });
}

/**
 * Everything left under `USER#<id>` but the account itself: facts move to the anonymous id (and a
 * school's "reached" fact forgets that this student was its first); held certificates take their
 * public copies with them; progress, quiz states and anything else go.
 */
async function removeStudentItems(deps: Deps, account: Account, anonId: string, items: Record<string, unknown>[]) {
  const schoolId = pathIds(account.orgPath)[3] ?? '';
  await mapLimited(
    items.filter((item) => item.type === 'fact'),
    4,
    async (fact) => {
      const scope = fact.scope as string;
      if (scope.startsWith('campaign:')) await unlinkSchoolFact(deps.db, scope, 'schoolsReached', schoolId, account.id);
      await moveFactToAnonymous(
        deps.db,
        { PK: fact.PK, SK: fact.SK },
        keys.anonymousFact(anonId, `${scope}#${fact.metric}`),
        fact as unknown as CountedFactItem,
      );
    },
  );
  const rest = items.filter((item) => item.type !== 'fact');
  const publicCertificates = rest.flatMap((item) => {
    const code = parseCertificateOfStudentKey(item.SK as string);
    return code ? [keys.certificate(code)] : [];
  });
  await deleteItems(deps.db, [...publicCertificates, ...rest.map((item) => ({ PK: item.PK, SK: item.SK }))]);
}

/**
 * A roster import still on record names the student in its preview rows and sealed slips: both are
 * emptied in place (the id derives from the import and the line, which is how the row is found).
 */
async function redactRosterImports(deps: Deps, account: Account) {
  for (const item of await importsOfClass(deps.db, account.orgId)) {
    const importId = item.id as string;
    const rows = (item.rows as PreviewRow[] | undefined) ?? [];
    const row = rows.find((r) => importedStudentId(importId, r.line) === account.id);
    if (!row || (row.name === '' && row.studentNumber === '')) continue;
    const sealed = item.sealedCredentials as string | undefined;
    const redacted = redactImportedStudent(rows, sealed ? unseal<Credential[]>(deps.keys.seal, sealed) : [], row.line);
    await redactImport(deps.db, account.orgId, importId, redacted.rows, sealed ? seal(deps.keys.seal, redacted.credentials) : undefined);
  }
}
