import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Session } from '../../domain/accounts/schemas.js';
import { entryLength } from '../../domain/contests/length.js';
import { entryIdOf, entrySaveSubject, submissionProblems } from '../../domain/contests/rules.js';
import { contestPhase } from '../../domain/contests/window.js';
import { EntryResponse, SavedEntryResponse, SaveDraftRequest, type Contest } from '../../domain/contests/schemas.js';
import { conflict, detail, DomainError, forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import { pathIds } from '../../domain/org/units.js';
import { getAccount } from '../../store/accounts.js';
import { unsubmittedDraftExpiresAt } from '../../domain/retention/lifetimes.js';
import { getEntry, requireContest, saveDraft, schoolHasEntry, submitEntry, withdrawEntry, type StoredEntry } from '../../store/contests.js';
import { takeSlot } from '../../store/throttle.js';
import { removeText } from '../../store/similarity.js';
import { authorView, entryCode, finishPendingChecks, firstStageUnit } from '../../services/contests.js';
import { authorize } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import { COMMON, ContestParams } from './contests.js';

/** Autosave every second or two is normal; more than this a minute is a runaway client or a script. */
const SAVES_PER_MINUTE = 45;
const MINUTE = 60_000;

const getMineRoute = createRoute({
  method: 'get',
  path: '/api/contests/{contestId}/entries/me',
  tags: ['contests'],
  summary: 'The caller’s own entry (null before the first save)',
  request: { params: ContestParams },
  responses: { 200: jsonContent(EntryResponse, 'Entry'), ...COMMON },
});
const saveMineRoute = createRoute({
  method: 'put',
  path: '/api/contests/{contestId}/entries/me',
  tags: ['contests'],
  summary: 'Autosave the draft; `version` is the version last read. A stale one gets 409 with the current entry',
  request: { params: ContestParams, ...jsonBody(SaveDraftRequest) },
  responses: { 200: jsonContent(SavedEntryResponse, 'Saved'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422], 429: ERRORS[429] },
});
const submitRoute = createRoute({
  method: 'post',
  path: '/api/contests/{contestId}/entries/me/submit',
  tags: ['contests'],
  summary: 'Submit the saved draft: an immutable copy under an anonymous code. Repeating it changes nothing',
  request: { params: ContestParams },
  responses: { 200: jsonContent(EntryResponse, 'Submitted'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const withdrawRoute = createRoute({
  method: 'post',
  path: '/api/contests/{contestId}/entries/me/withdraw',
  tags: ['contests'],
  summary: 'Withdraw the submission while the window is open: back to a draft',
  request: { params: ContestParams },
  responses: { 200: jsonContent(EntryResponse, 'Withdrawn'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});

/** The contest, if the caller is one of its authors: students write essays, teachers lessons. */
async function enterable(c: Context<AppEnv>, session: Session, contestId: string): Promise<Contest> {
  const contest = await requireContest(c.get('deps').db, contestId);
  authorize(session, 'contest.enter', { path: contest.unitPath, kind: 'contest' });
  if ((contest.settings.type === 'essay') !== (session.role === 'student'))
    throw forbidden(contest.settings.type === 'essay' ? 'Essay contests are for students' : 'Lesson contests are for teachers');
  return contest;
}

function requireOpen(contest: Contest, now: number) {
  const phase = contestPhase(contest.settings, now);
  if (phase !== 'open') throw ruleBroken(phase === 'upcoming' ? 'The contest has not opened yet' : 'The submission window has closed');
}

export function contestEntryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getMineRoute, async (c) => {
    const session = requireSession(c);
    const contest = await enterable(c, session, c.req.valid('param').contestId);
    const entry = await getEntry(c.get('deps').db, contest.id, entryIdOf(contest.id, session.userId), c.get('deps').now());
    return c.json({ entry: entry ? authorView(entry, contest) : null }, 200);
  });

  app.openapi(saveMineRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await enterable(c, session, c.req.valid('param').contestId);
    const now = deps.now();
    requireOpen(contest, now);
    const slot = await takeSlot(deps.db, entrySaveSubject(session.userId), MINUTE, SAVES_PER_MINUTE, now);
    if ('retryAfter' in slot) throw new DomainError('throttled', 'Saving too often; wait a moment', [], { retryAfter: slot.retryAfter });

    const { version, content } = c.req.valid('json');
    if (content.band && !contest.settings.bands.includes(content.band))
      throw ruleBroken('This contest is not for that grade band', [detail('content.band', 'band_not_in_contest', 'not one of the contest’s bands')]);
    const id = entryIdOf(contest.id, session.userId);
    const current = await getEntry(deps.db, contest.id, id, deps.now());
    const at = new Date(now).toISOString();
    const account = current ? null : await getAccount(deps.db, session.userId);
    const entry: StoredEntry = current
      ? { ...current, draft: content, version, updatedAt: at }
      : {
          id,
          contestId: contest.id,
          code: entryCode(deps.keys.code, id),
          authorId: session.userId,
          authorName: account?.displayName ?? '',
          authorPath: session.orgPath,
          draft: content,
          version,
          updatedAt: at,
          submission: null,
          stageIndex: null,
          award: null,
          certificateCodes: [],
        };
    if ((await saveDraft(deps.db, entry, version, unsubmittedDraftExpiresAt(contest))) === 'stale') {
      const latest = await getEntry(deps.db, contest.id, id, deps.now());
      // A client claiming a version of an entry never saved: the current version is 0, the entry none.
      if (!latest) throw conflict('There is no saved draft yet; save with version 0', { currentVersion: 0, current: null });
      if (latest.submission)
        throw conflict('The entry is submitted; withdraw it to edit', { currentVersion: latest.version, current: authorView(latest, contest) });
      throw conflict('The draft was saved elsewhere since you loaded it', { currentVersion: latest.version, current: authorView(latest, contest) });
    }
    return c.json({ entry: authorView({ ...entry, version: version + 1 }, contest) }, 200);
  });

  app.openapi(submitRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await enterable(c, session, c.req.valid('param').contestId);
    const entry = await getEntry(deps.db, contest.id, entryIdOf(contest.id, session.userId), deps.now());
    if (!entry) throw notFound('Draft');
    if (entry.submission) {
      await finishPendingChecks(deps, contest.id);
      return c.json({ entry: authorView(entry, contest) }, 200);
    }
    requireOpen(contest, deps.now());
    const problems = submissionProblems(contest.settings, entry.draft);
    if (problems.length) throw ruleBroken('The entry does not meet the contest’s rules', problems);
    const first = firstStageUnit(contest, entry.authorPath);
    const submission = { ...entry.draft, length: entryLength(entry.draft.text, entry.draft.language), submittedAt: new Date(deps.now()).toISOString() };
    const schoolId = pathIds(entry.authorPath)[3]!;
    // The school's first entry writes its "has an entry" fact; if another entry's submission wins that
    // race the transaction is cancelled, and this one is retried without it.
    for (let round = 0; round < 3; round++) {
      const reachesSchool = !(await schoolHasEntry(deps.db, contest.id, schoolId));
      if ((await submitEntry(deps.db, entry, submission, first.level, first.unitId, reachesSchool)) === 'done') break;
      const latest = (await getEntry(deps.db, contest.id, entry.id, deps.now()))!;
      if (latest.submission || latest.version !== entry.version) break;
    }
    const latest = (await getEntry(deps.db, contest.id, entry.id, deps.now()))!;
    if (!latest.submission)
      throw conflict('The draft changed while submitting; submit again', { currentVersion: latest.version, current: authorView(latest, contest) });
    await finishPendingChecks(deps, contest.id);
    return c.json({ entry: authorView(latest, contest) }, 200);
  });

  app.openapi(withdrawRoute, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const contest = await enterable(c, session, c.req.valid('param').contestId);
    const entry = await getEntry(deps.db, contest.id, entryIdOf(contest.id, session.userId), deps.now());
    if (!entry) throw notFound('Entry');
    if (!entry.submission) return c.json({ entry: authorView(entry, contest) }, 200);
    requireOpen(contest, deps.now());
    if (entry.stageIndex !== 0) throw conflict('The entry has already been sent on to the next stage');
    const first = firstStageUnit(contest, entry.authorPath);
    if ((await withdrawEntry(deps.db, entry, first.level, first.unitId, new Date(deps.now()).toISOString(), unsubmittedDraftExpiresAt(contest))) === 'stale') {
      const latest = (await getEntry(deps.db, contest.id, entry.id, deps.now()))!;
      if (latest.submission) throw conflict('The entry has already been sent on to the next stage');
      return c.json({ entry: authorView(latest, contest) }, 200);
    }
    await removeText(deps.db, contest.id, entry.id);
    return c.json({ entry: authorView((await getEntry(deps.db, contest.id, entry.id, deps.now()))!, contest) }, 200);
  });
}
