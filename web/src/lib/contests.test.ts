import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { rubricMax as apiRubricMax } from '$domain/contests/settings-rules';
import { ApiError } from './api';
import {
  cleanContent,
  conflictContent,
  contestPhase,
  describeOther,
  draftKey,
  draftProblem,
  DraftSaver,
  entryLength,
  entryStatus,
  groupTasks,
  highlightSegments,
  jaccardPercent,
  parsePoints,
  readStoredDraft,
  rubricMax,
  scoreTotal,
  startingDraft,
  writeStoredDraft,
  type DraftStatus,
} from './contests';
import type { Entry, EntryContent, JudgeTask } from './types';

class MemoryStorage {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const joined = (segments: { text: string; marked: boolean }[]) => segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('');

describe('highlightSegments', () => {
  it('marks the ranges and covers the text exactly once', () => {
    const text = '珍爱生命，远离毒品。拒绝毒品，从我做起。';
    const segments = highlightSegments(text, [{ start: 5, end: 9 }]);
    expect(joined(segments)).toBe('珍爱生命，[远离毒品]。拒绝毒品，从我做起。');
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('sorts, merges overlapping and touching ranges, and clips them to the text', () => {
    const text = 'abcdefghij';
    expect(
      joined(
        highlightSegments(text, [
          { start: 6, end: 8 },
          { start: 1, end: 3 },
          { start: 2, end: 4 },
          { start: 4, end: 5 },
        ]),
      ),
    ).toBe('a[bcde]f[gh]ij');
    expect(
      joined(
        highlightSegments(text, [
          { start: -3, end: 2 },
          { start: 8, end: 99 },
        ]),
      ),
    ).toBe('[ab]cdefgh[ij]');
    expect(joined(highlightSegments(text, [{ start: 0, end: 10 }]))).toBe('[abcdefghij]');
  });

  it('ignores empty and reversed ranges; no ranges leave one plain segment', () => {
    expect(
      highlightSegments('abc', [
        { start: 2, end: 2 },
        { start: 3, end: 1 },
      ]),
    ).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', marked: false }]);
    expect(highlightSegments('', [{ start: 0, end: 4 }])).toEqual([]);
  });

  it('keeps markup-looking text as it is (the page renders it as text)', () => {
    expect(joined(highlightSegments('<b>hi</b>', [{ start: 3, end: 5 }]))).toBe('<b>[hi]</b>');
  });
});

describe('small helpers', () => {
  it('jaccardPercent rounds and clamps', () => {
    expect(jaccardPercent(0.4567)).toBe(46);
    expect(jaccardPercent(1.2)).toBe(100);
    expect(jaccardPercent(-1)).toBe(0);
  });

  it('describeOther tells a known text from an entry code', () => {
    expect(describeOther('known:禁毒宣传范文')).toEqual({ known: true, label: '禁毒宣传范文' });
    expect(describeOther('E7K2Q9')).toEqual({ known: false, label: 'E7K2Q9' });
  });

  it('contestPhase follows the window, both ends included (as the server has it)', () => {
    const contest = { settings: { opensAt: '2026-05-01T00:00:00+08:00', closesAt: '2026-06-01T00:00:00+08:00' } } as Parameters<typeof contestPhase>[0];
    expect(contestPhase(contest, Date.parse('2026-04-30T23:59:59+08:00'))).toBe('upcoming');
    expect(contestPhase(contest, Date.parse('2026-05-01T00:00:00+08:00'))).toBe('open');
    expect(contestPhase(contest, Date.parse('2026-06-01T00:00:00+08:00'))).toBe('open');
    expect(contestPhase(contest, Date.parse('2026-06-01T00:00:00.001+08:00'))).toBe('closed');
  });

  it('entryStatus', () => {
    expect(entryStatus(null)).toBe('not_started');
    expect(entryStatus({ submission: null, award: null })).toBe('draft');
    expect(entryStatus({ submission: {} as Entry['submission'], award: null })).toBe('submitted');
    expect(entryStatus({ submission: {} as Entry['submission'], award: 'first' })).toBe('awarded');
  });

  it('counts the length with the server’s rule', () => {
    expect(entryLength('珍爱 生命', 'zh')).toBe(4);
    expect(entryLength('Say no — to drugs', 'en')).toBe(4);
  });

  it('cleanContent trims the title and drops what an essay does not take', () => {
    const content: EntryContent = { title: '  题目 ', text: ' 正文 ', language: 'zh', band: 'junior', videoUrl: ' https://v.example/1 ' };
    expect(cleanContent(content, 'essay')).toEqual({ title: '题目', text: ' 正文 ', language: 'zh' });
    expect(cleanContent(content, 'lesson')).toEqual({ title: '题目', text: ' 正文 ', language: 'zh', band: 'junior', videoUrl: 'https://v.example/1' });
    expect(cleanContent({ ...content, videoUrl: '  ' }, 'lesson')).not.toHaveProperty('videoUrl');
  });

  it('draftProblem: a title is needed, a video link must be https', () => {
    expect(draftProblem({ title: ' ', text: 'x', language: 'zh' })).toBe('title');
    expect(draftProblem({ title: 't', text: '', language: 'zh', videoUrl: 'http://v.example/1' })).toBe('videoUrl');
    expect(draftProblem({ title: 't', text: '', language: 'zh', videoUrl: 'javascript:alert(1)' })).toBe('videoUrl');
    expect(draftProblem({ title: 't', text: '', language: 'zh', videoUrl: 'https://v.example/1' })).toBeNull();
    expect(draftProblem({ title: 't', text: '', language: 'zh', videoUrl: '' })).toBeNull();
  });

  it('conflictContent reads an entry or a draft from a 409', () => {
    const draft: EntryContent = { title: 'T', text: 'theirs', language: 'zh' };
    expect(conflictContent({ currentVersion: 4, current: { id: 'e', draft, version: 4 } })).toEqual({ version: 4, content: draft });
    expect(conflictContent({ currentVersion: 5, current: draft })).toEqual({ version: 5, content: draft });
    expect(conflictContent({ current: { draft, version: 6 } })).toEqual({ version: 6, content: draft });
    expect(conflictContent({})).toEqual({ version: null, content: null });
  });

  it('groups judge tasks by contest, to score and scored', () => {
    const task = (contestId: string, code: string, scored: boolean): JudgeTask => ({
      contestId,
      contestTitle: { zh: contestId, en: contestId },
      level: 'county',
      code,
      title: code,
      scored,
    });
    const groups = groupTasks([task('a', 'K2', false), task('b', 'X1', true), task('a', 'K1', true), task('a', 'A9', false)]);
    expect(groups.map((g) => g.contestId)).toEqual(['a', 'b']);
    expect(groups[0]!.toScore.map((t) => t.code)).toEqual(['A9', 'K2']);
    expect(groups[0]!.scored.map((t) => t.code)).toEqual(['K1']);
    expect(groups[1]!.toScore).toEqual([]);
  });

  it('parsePoints, rubricMax and scoreTotal', () => {
    expect(parsePoints('7', 10)).toBe(7);
    expect(parsePoints('7.5', 10)).toBe(7.5);
    expect(parsePoints(' ', 10)).toBeNull();
    expect(parsePoints('11', 10)).toBeNull();
    expect(parsePoints('-1', 10)).toBeNull();
    expect(parsePoints('x', 10)).toBeNull();
    expect(parsePoints(0, 10)).toBe(0);
    expect(rubricMax).toBe(apiRubricMax);
    expect(rubricMax([{ max: 30 }, { max: 40 }, { max: 30 }])).toBe(100);
    expect(rubricMax([])).toBe(0);
    expect(scoreTotal([7.5, null, 20])).toBe(27.5);
  });
});

describe('the draft kept on this device', () => {
  const server = (version: number, text: string, submitted = false) =>
    ({ draft: { title: 'T', text, language: 'zh' }, version, submission: submitted ? ({} as Entry['submission']) : null }) as Pick<
      Entry,
      'draft' | 'version' | 'submission'
    >;
  const fresh: EntryContent = { title: '', text: '', language: 'zh' };

  it('reads back what it wrote and ignores anything else', () => {
    const storage = new MemoryStorage();
    const key = draftKey('u1', 'c1');
    expect(key).toBe('clearcampus.contest.u1.c1');
    writeStoredDraft(storage, key, { content: { title: 'T', text: 'x', language: 'en', videoUrl: 'https://v' }, baseVersion: 3, savedAt: 'now' });
    expect(readStoredDraft(storage, key)).toEqual({
      content: { title: 'T', text: 'x', language: 'en', videoUrl: 'https://v' },
      baseVersion: 3,
      savedAt: 'now',
    });
    storage.setItem(key, '{"content":{"title":1}}');
    expect(readStoredDraft(storage, key)).toBeNull();
    storage.setItem(key, 'not json');
    expect(readStoredDraft(storage, key)).toBeNull();
    writeStoredDraft(storage, key, null);
    expect(storage.getItem(key)).toBeNull();
  });

  it('startingDraft restores this device’s changes, from the version they were based on', () => {
    expect(startingDraft(null, null, fresh)).toEqual({ content: fresh, version: 0, restored: false });
    expect(startingDraft(server(2, 'a'), null, fresh)).toEqual({ content: server(2, 'a').draft, version: 2, restored: false });
    // Unsaved changes on top of the server's copy.
    const mine = { content: { title: 'T', text: 'ab', language: 'zh' as const }, baseVersion: 2, savedAt: '' };
    expect(startingDraft(server(2, 'a'), mine, fresh)).toEqual({ content: mine.content, version: 2, restored: true });
    // Saved meanwhile elsewhere: still restored, from the old version (the save then asks).
    expect(startingDraft(server(5, 'zz'), mine, fresh)).toEqual({ content: mine.content, version: 2, restored: true });
    // Nothing new here, or the entry is submitted: the server's copy.
    expect(startingDraft(server(3, 'ab'), mine, fresh).restored).toBe(false);
    expect(startingDraft(server(2, 'a', true), mine, fresh).restored).toBe(false);
    // Typed before a first save.
    expect(startingDraft(null, { ...mine, baseVersion: 0 }, fresh)).toEqual({ content: mine.content, version: 0, restored: true });
  });
});

describe('DraftSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const KEY = 'clearcampus.contest.u1.c1';
  const content = (text: string, title = 'T'): EntryContent => ({ title, text, language: 'zh' });
  const entry = (version: number, draft: EntryContent) =>
    ({ id: 'e', contestId: 'c1', code: 'K', draft, version, updatedAt: '', submission: null, stage: null, award: null, certificateCodes: [] }) as Entry;
  const networkError = () => new ApiError(0, 'network', 'Failed to fetch');

  function setup(
    send: (version: number, content: EntryContent) => Promise<Entry>,
    options: { version?: number; start?: EntryContent; unsaved?: boolean } = {},
  ) {
    const storage = new MemoryStorage();
    const statuses: DraftStatus[] = [];
    const conflicts: [number | null, EntryContent | null][] = [];
    const saver = new DraftSaver({
      key: KEY,
      storage,
      version: options.version ?? 0,
      content: options.start ?? content(''),
      unsaved: options.unsaved,
      send,
      prepare: (c) => (c.title.trim() ? c : null),
      onConflict: (v, c) => conflicts.push([v, c]),
      onChange: (s) => statuses.push(s),
      random: () => 1,
    });
    return { saver, storage, statuses, conflicts };
  }

  it('keeps every change on this device at once and sends after a pause in typing', async () => {
    const sent: [number, string][] = [];
    let version = 0;
    const { saver, storage } = setup(async (v, c) => {
      sent.push([v, c.text]);
      return entry(++version, c);
    });
    saver.edit(content('a'));
    saver.edit(content('ab'));
    expect(readStoredDraft(storage, KEY)?.content.text).toBe('ab');
    expect(saver.status).toBe('waiting');
    await vi.advanceTimersByTimeAsync(1000);
    saver.edit(content('abc'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(600);
    expect(sent).toEqual([[0, 'abc']]);
    expect(saver.status).toBe('saved');
    expect(saver.version).toBe(1);
    expect(storage.getItem(KEY)).toBeNull();
    // The next save sends the version the last one returned.
    saver.edit(content('abcd'));
    await saver.flush();
    expect(sent).toEqual([
      [0, 'abc'],
      [1, 'abcd'],
    ]);
  });

  it('a change made while a save is on its way is sent next, with the new version', async () => {
    const sent: [number, string][] = [];
    let release: () => void = () => {};
    let version = 0;
    const { saver } = setup(async (v, c) => {
      sent.push([v, c.text]);
      if (sent.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return entry(++version, c);
    });
    saver.edit(content('a'));
    const first = saver.flush();
    await vi.advanceTimersByTimeAsync(0);
    saver.edit(content('ab'));
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      [0, 'a'],
      [1, 'ab'],
    ]);
    expect(saver.status).toBe('saved');
  });

  it('does not send a draft without a title, and keeps it here', async () => {
    const send = vi.fn(async (v: number, c: EntryContent) => entry(v + 1, c));
    const { saver, storage } = setup(send);
    saver.edit(content('正文', ''));
    expect(saver.status).toBe('blocked');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await saver.flush()).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(readStoredDraft(storage, KEY)?.content.text).toBe('正文');
    saver.edit(content('正文', '题目'));
    await vi.advanceTimersByTimeAsync(1500);
    expect(send).toHaveBeenCalledOnce();
    expect(saver.status).toBe('saved');
  });

  it('offline: keeps the draft, retries with backoff and sends the latest text', async () => {
    let online = false;
    const sent: string[] = [];
    const { saver, storage } = setup(async (v, c) => {
      if (!online) throw networkError();
      sent.push(c.text);
      return entry(v + 1, c);
    });
    saver.edit(content('a'));
    await saver.flush();
    expect(saver.status).toBe('offline');
    saver.edit(content('ab'));
    expect(saver.status).toBe('offline');
    expect(readStoredDraft(storage, KEY)).toMatchObject({ content: content('ab'), baseVersion: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.status).toBe('offline');
    online = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toEqual(['ab']);
    expect(saver.status).toBe('saved');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('a 409 stops and asks; keep mine saves over the current version, take theirs drops mine', async () => {
    const theirs = content('theirs');
    const sent: [number, string][] = [];
    const { saver, storage, conflicts } = setup(
      async (v, c) => {
        sent.push([v, c.text]);
        if (v < 4) throw new ApiError(409, 'conflict', 'Saved meanwhile', [], null, null, { currentVersion: 4, current: entry(4, theirs) });
        return entry(v + 1, c);
      },
      { version: 2, start: content('mine'), unsaved: true },
    );
    await saver.flush();
    expect(saver.status).toBe('conflict');
    expect(conflicts).toEqual([[4, theirs]]);
    // Typing on meanwhile is kept but nothing is sent until the author chooses.
    saver.edit(content('mine!'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual([[2, 'mine']]);
    expect(readStoredDraft(storage, KEY)?.content.text).toBe('mine!');

    expect(await saver.keepMine(4)).toBe(true);
    expect(sent).toEqual([
      [2, 'mine'],
      [4, 'mine!'],
    ]);
    expect(saver.version).toBe(5);
    expect(saver.status).toBe('saved');
  });

  it('take theirs forgets this device’s copy', async () => {
    const theirs = content('theirs');
    const { saver, storage } = setup(
      async () => {
        throw new ApiError(409, 'conflict', 'Saved meanwhile', [], null, null, { currentVersion: 7, current: theirs });
      },
      { version: 1, start: content('mine'), unsaved: true },
    );
    expect(readStoredDraft(storage, KEY)?.content.text).toBe('mine');
    await saver.flush();
    expect(saver.status).toBe('conflict');
    saver.takeTheirs(7, theirs);
    expect(saver.status).toBe('saved');
    expect(saver.version).toBe(7);
    expect(saver.dirty).toBe(false);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('a refusal (window closed) stops sending and keeps the draft here', async () => {
    const refused: unknown[] = [];
    const storage = new MemoryStorage();
    const send = vi.fn(async () => {
      throw new ApiError(422, 'rule_broken', 'The contest is closed');
    });
    const saver = new DraftSaver({ key: KEY, storage, version: 1, content: content('a'), send, onRefused: (e) => refused.push(e) });
    saver.edit(content('ab'));
    await saver.flush();
    expect(saver.status).toBe('refused');
    expect(refused).toHaveLength(1);
    saver.edit(content('abc'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(send).toHaveBeenCalledOnce();
    expect(readStoredDraft(storage, KEY)?.content.text).toBe('abc');
  });

  it('a lost session (401) waits for the author to sign in again', async () => {
    const storage = new MemoryStorage();
    const saver = new DraftSaver({
      key: KEY,
      storage,
      version: 1,
      content: content('a'),
      send: async () => {
        throw new ApiError(401, 'unauthenticated', 'Sign in');
      },
    });
    saver.edit(content('ab'));
    await saver.flush();
    expect(saver.status).toBe('failed');
    expect(readStoredDraft(storage, KEY)?.content.text).toBe('ab');
  });

  it('typing back to the saved text is not a change', async () => {
    const send = vi.fn(async (v: number, c: EntryContent) => entry(v + 1, c));
    const { saver, storage } = setup(send, { version: 3, start: content('a') });
    saver.edit(content('ab'));
    saver.edit(content('a'));
    expect(saver.status).toBe('saved');
    expect(storage.getItem(KEY)).toBeNull();
    await vi.advanceTimersByTimeAsync(3000);
    expect(send).not.toHaveBeenCalled();
  });
});
