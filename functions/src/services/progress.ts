import { isOpen } from '../domain/campaigns/schemas.js';
import { conflict, detail, DomainError, notFound } from '../domain/errors.js';
import type { Session } from '../domain/accounts/schemas.js';
import type { ModuleContent } from '../domain/modules/content.js';
import { applyProgress, InvalidProgress, type ModuleProgress, type ProgressEvent } from '../domain/progress/progress.js';
import { campaignsReaching } from '../store/campaigns.js';
import { getDraft, getPublished } from '../store/modules.js';
import { batchProgress, existingFacts, getProgress, saveProgress, type Fact } from '../store/progress.js';
import type { Deps } from './deps.js';
import { retryOnStale, STALE } from './retry-on-stale.js';

/** The version a student plays: the one their progress was made on, else the latest published. */
export async function versionToPlay(deps: Deps, moduleId: string, progress: ModuleProgress | null): Promise<number> {
  if (progress) return progress.version;
  const draft = await getDraft(deps.db, moduleId);
  if (!draft || !draft.publishedVersion || draft.status === 'retired') throw notFound('Published module');
  return draft.publishedVersion;
}

/**
 * The facts a progress change makes true: module started/completed and, for every open campaign
 * above the student that includes the module, campaign started/completed (completed once every
 * module of the campaign is).
 */
async function factsFor(
  deps: Deps,
  session: Session,
  moduleId: string,
  progress: ModuleProgress,
  changed: { started: boolean; completed: boolean },
): Promise<Fact[]> {
  const facts: Fact[] = [];
  if (changed.started) facts.push({ scope: `module:${moduleId}`, metric: 'started' });
  if (changed.completed) facts.push({ scope: `module:${moduleId}`, metric: 'completed' });
  if (!changed.started && !changed.completed) return facts;
  const campaigns = (await campaignsReaching(deps.db, session.orgPath)).filter((c) => c.moduleIds.includes(moduleId) && isOpen(c, deps.now()));
  const others = [...new Set(campaigns.flatMap((c) => c.moduleIds))].filter((m) => m !== moduleId);
  const progressOf = await batchProgress(
    deps.db,
    others.map((m) => ({ studentId: session.userId, moduleId: m })),
  );
  const done = (m: string) => (m === moduleId ? !!progress.completedAt : !!progressOf.get(`${session.userId}|${m}`)?.completedAt);
  for (const campaign of campaigns) {
    facts.push({ scope: `campaign:${campaign.id}`, metric: 'started' });
    facts.push({ scope: `campaign:${campaign.id}`, metric: 'schoolsReached', perSchool: true });
    if (campaign.moduleIds.every(done)) facts.push({ scope: `campaign:${campaign.id}`, metric: 'completed' });
  }
  // A fact already recorded (a replay, or a revisit) must not be written again: its condition would
  // cancel the whole transaction.
  const existing = await existingFacts(deps.db, session.userId, session.orgPath, facts);
  return facts.filter((f) => !existing.has(`${f.scope}#${f.metric}`));
}

async function contentOf(deps: Deps, moduleId: string, version: number): Promise<ModuleContent> {
  const module = await getPublished(deps.db, moduleId, version);
  if (!module) throw notFound('Module version');
  return module.content;
}

const essence = (p: ModuleProgress) => JSON.stringify([p.seen, p.answers, p.lastSectionId, p.completedAt]);

/**
 * A student's progress event applied to their progress in a module, with the counters it moves.
 * A concurrent save of the same student can win the race: the event is then applied again to what
 * that save left (applying is idempotent).
 */
export function recordProgress(deps: Deps, session: Session, moduleId: string, event: ProgressEvent): Promise<ModuleProgress> {
  return retryOnStale(
    async () => {
      const stored = await getProgress(deps.db, session.userId, moduleId);
      const version = await versionToPlay(deps, moduleId, stored);
      if (event.version !== version) throw conflict(`This progress is on version ${version} of the module`, { currentVersion: version });
      const content = await contentOf(deps, moduleId, version);
      let applied;
      try {
        applied = applyProgress(content, moduleId, stored, event, new Date(deps.now()).toISOString());
      } catch (error) {
        if (error instanceof InvalidProgress) throw new DomainError('rule_broken', error.message, [detail('sectionId', 'invalid_progress', error.message)]);
        throw error;
      }
      const current = () => {
        const { rev: _rev, ...progress } = stored!;
        return progress as ModuleProgress;
      };
      const unchanged = !!stored && essence(stored) === essence(applied.progress);
      if (unchanged && !stored!.completedAt) return current();
      // Revisiting a completed module also counts it for campaigns opened since it was completed.
      const facts = await factsFor(deps, session, moduleId, applied.progress, unchanged ? { started: true, completed: true } : applied);
      if (unchanged && !facts.length) return current();
      const outcome = await saveProgress(deps.db, session.userId, session.orgPath, stored?.rev ?? null, applied.progress, facts, applied.progress.updatedAt);
      return outcome === 'saved' ? applied.progress : STALE;
    },
    () => conflict('Too many saves at once for this module; try again'),
    5,
  );
}
