/**
 * An author's entry to a contest, as the entry page edits it: the contest and the entry, the draft
 * with autosave (localStorage at once, the server after a pause, with the version last read: a draft
 * saved meanwhile elsewhere is a conflict the author settles), submit and withdraw.
 */
import { LatestLoad } from './latest-load';
import { tick } from 'svelte';
import { api, ApiError } from './api';
import {
  cleanContent,
  contestPhase,
  draftKey,
  draftProblem,
  DraftSaver,
  emptyContent,
  entryLength,
  lengthVerdict,
  limitFor,
  readStoredDraft,
  startingDraft,
  type DraftStatus,
} from './contests';
import { deviceStorage } from './device-storage';
import { i18n, t } from './i18n/index.svelte';
import { session } from './session.svelte';
import type { Contest, Entry, EntryContent } from './types';

export class EntryDraft {
  contest = $state<Contest | null>(null);
  entry = $state<Entry | null>(null);
  loadError = $state<unknown>(null);
  content = $state<EntryContent>({ title: '', text: '', language: 'zh' });
  status = $state<DraftStatus>('idle');
  refusal = $state<unknown>(null);
  restoredAt = $state<string | null>(null);
  conflict = $state<{ version: number; current: EntryContent } | null>(null);
  actionError = $state<unknown>(null);
  message = $state('');
  busy = $state<'' | 'submit' | 'withdraw' | 'conflict'>('');
  now = $state(api.clock.now());
  /** Shown when a conflict arrives, to take the focus. */
  conflictBox = $state<HTMLElement | null>(null);

  readonly phase = $derived(this.contest ? contestPhase(this.contest, this.now) : 'upcoming');
  readonly isLesson = $derived(this.contest?.settings.type === 'lesson');
  readonly length = $derived(entryLength(this.content.text, this.content.language));
  readonly range = $derived(this.contest ? limitFor(this.contest.settings.limits, this.content.language) : { min: 0, max: 0 });
  readonly verdict = $derived(lengthVerdict(this.length, this.range));
  readonly problem = $derived(draftProblem(this.content));
  readonly titleMissing = $derived(!this.content.title.trim());
  readonly urlInvalid = $derived(this.problem === 'videoUrl');
  readonly bandMissing = $derived(this.isLesson && !this.content.band);

  private saver: DraftSaver | null = null;
  /** What an earlier load's saver reports after a newer load (or dispose) no longer counts. */
  private loads = new LatestLoad();

  constructor(readonly contestId: string) {}

  dispose() {
    this.loads.cancel();
    this.saver?.dispose();
    this.saver = null;
  }

  retryNow() {
    this.saver?.retryNow();
  }

  flush() {
    void this.saver?.flush();
  }

  async load() {
    const id = this.contestId;
    const mine = this.loads.start();
    this.contest = null;
    this.entry = null;
    this.loadError = null;
    this.conflict = null;
    this.restoredAt = null;
    this.refusal = null;
    this.message = '';
    this.status = 'idle';
    this.saver?.dispose();
    this.saver = null;
    try {
      const [contestReply, entryReply] = await Promise.all([
        api.get('/api/contests/{contestId}', { path: { contestId: id } }),
        api.get('/api/contests/{contestId}/entries/me', { path: { contestId: id } }),
      ]);
      if (!mine() || !session.user) return;
      this.now = api.clock.now();
      const loaded = contestReply.contest;
      const key = draftKey(session.user.id, id);
      const store = deviceStorage();
      const stored = readStoredDraft(store, key);
      const start = startingDraft(entryReply.entry, stored, emptyContent(loaded, i18n.locale));
      this.contest = loaded;
      this.entry = entryReply.entry;
      this.content = start.content;
      if (start.restored) this.restoredAt = stored?.savedAt ?? '';
      // Nothing new on this device: forget it (unless the entry was submitted elsewhere meanwhile:
      // kept, it comes back as a conflict to settle if the entry is withdrawn).
      else if (stored && !entryReply.entry?.submission) store.removeItem(key);
      if (entryReply.entry?.submission) return;
      const saver = new DraftSaver({
        key,
        storage: store,
        version: start.version,
        content: start.content,
        unsaved: start.restored,
        prepare: (c) => (draftProblem(c) ? null : cleanContent(c, loaded.settings.type)),
        send: async (version, body) => {
          const reply = await api.put('/api/contests/{contestId}/entries/me', { path: { contestId: id }, body: { version, content: body } });
          return reply.entry;
        },
        onSaved: (saved) => {
          if (!mine()) return;
          this.entry = saved;
          this.refusal = null;
        },
        onConflict: (version, current, latest) => {
          if (!mine()) return;
          // Submitted meanwhile (from another device): nothing to merge, the page shows the submission.
          if (latest?.submission) void this.load();
          else void this.showConflict(version, current);
        },
        onRefused: (error) => {
          if (mine()) this.refusal = error;
        },
        onChange: (next) => {
          if (mine()) this.status = next;
        },
      });
      this.saver = saver;
      this.status = saver.status;
      // Changes restored from this device go up now (or come back as a conflict).
      if (start.restored && contestPhase(loaded, this.now) === 'open') void saver.flush();
    } catch (error) {
      if (mine()) this.loadError = error;
    }
  }

  private async showConflict(version: number | null, current: EntryContent | null) {
    let resolved = version !== null && current ? { version, current } : null;
    if (!resolved) {
      // The 409 did not carry the current draft: read it.
      try {
        const reply = await api.get('/api/contests/{contestId}/entries/me', { path: { contestId: this.contestId } });
        if (reply.entry) resolved = { version: reply.entry.version, current: reply.entry.draft };
      } catch (error) {
        this.actionError = error;
      }
    }
    if (!resolved) return;
    this.conflict = resolved;
    this.message = '';
    await tick();
    this.conflictBox?.focus();
  }

  changed() {
    this.message = '';
    this.saver?.edit($state.snapshot(this.content) as EntryContent);
  }

  async keepMine() {
    if (!this.conflict || !this.saver) return;
    this.busy = 'conflict';
    const version = this.conflict.version;
    this.conflict = null;
    const ok = await this.saver.keepMine(version);
    this.busy = '';
    if (ok) this.message = t('contest.conflict.kept');
  }

  takeTheirs() {
    if (!this.conflict || !this.saver || !confirm(t('contest.conflict.takeTheirsConfirm'))) return;
    this.saver.takeTheirs(this.conflict.version, this.conflict.current);
    this.content = { ...this.conflict.current };
    this.conflict = null;
    this.restoredAt = null;
    this.message = t('contest.conflict.taken');
  }

  async submit() {
    const saver = this.saver;
    if (!saver) return;
    this.busy = 'submit';
    this.actionError = null;
    try {
      // The server submits its copy of the draft: it must be exactly what is on the screen.
      if (!(await saver.flush())) {
        // Not on the server yet (offline, or a conflict to settle first): the save line says why.
        if (saver.status === 'offline' || saver.status === 'retrying') this.actionError = new ApiError(0, 'network', 'The draft is not saved yet');
        return;
      }
      const reply = await api.post('/api/contests/{contestId}/entries/me/submit', { path: { contestId: this.contestId } });
      this.entry = reply?.entry ?? (await api.get('/api/contests/{contestId}/entries/me', { path: { contestId: this.contestId } })).entry;
      saver.dispose();
      this.saver = null;
      const key = session.user ? draftKey(session.user.id, this.contestId) : null;
      if (key) deviceStorage().removeItem(key);
      this.restoredAt = null;
      this.status = 'idle';
      await tick();
      document.getElementById('submitted-title')?.focus();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = '';
    }
  }

  async withdraw() {
    if (!confirm(t('contest.withdrawConfirm'))) return;
    this.busy = 'withdraw';
    this.actionError = null;
    try {
      const reply = await api.post('/api/contests/{contestId}/entries/me/withdraw', { path: { contestId: this.contestId } });
      this.busy = '';
      await this.load();
      if (reply?.entry) this.entry = reply.entry;
      this.message = t('contest.withdrawn');
      await tick();
      document.getElementById('entry-title')?.focus();
    } catch (error) {
      this.actionError = error;
    } finally {
      this.busy = '';
    }
  }
}
