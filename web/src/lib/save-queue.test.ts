import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api';
import {
  addItem,
  answerCodec,
  answerQueueKey,
  backoffDelay,
  classifyFailure,
  MAX_DELAY_MS,
  mergeAnswers,
  queuedAttempts,
  queueKey,
  queuedModules,
  readQueue,
  SaveQueue,
  writeQueue,
  type AnswerItem,
  type QueueState,
  type SaveItem,
} from './save-queue';

class MemoryStorage {
  data = new Map<string, string>();
  get length() {
    return this.data.size;
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
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

const KEY = queueKey('usr_1', 'mod_1');
const seen = (sectionId: string): SaveItem => ({ version: 1, sectionId });
const answer = (sectionId: string, optionId: string): SaveItem => ({ version: 1, sectionId, optionId });
const networkError = () => new ApiError(0, 'network', 'Failed to fetch');

/** Lets pending promise callbacks run (the queue awaits each send). */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('addItem', () => {
  it('appends, dropping earlier saves of the same section that the new one covers', () => {
    let items: SaveItem[] = [];
    items = addItem(items, seen('a'));
    items = addItem(items, seen('b'));
    items = addItem(items, seen('a'));
    expect(items).toEqual([seen('b'), seen('a')]);
    items = addItem(items, answer('a', 'x'));
    expect(items).toEqual([seen('b'), answer('a', 'x')]);
  });

  it('never drops an answer for a plain save of its section', () => {
    const items = addItem([answer('c', 'y')], seen('c'));
    expect(items).toEqual([answer('c', 'y'), seen('c')]);
  });
});

describe('stored queue', () => {
  it('round-trips through storage and removes the key when empty', () => {
    const storage = new MemoryStorage();
    writeQueue(storage, KEY, [seen('a'), answer('b', 'x')]);
    expect(readQueue(storage, KEY)).toEqual([seen('a'), answer('b', 'x')]);
    writeQueue(storage, KEY, []);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('treats unreadable or foreign content as empty and filters bad items', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{not json');
    expect(readQueue(storage, KEY)).toEqual([]);
    storage.setItem(KEY, JSON.stringify([{ version: 1, sectionId: 'a', extra: 1 }, { sectionId: 'b' }, null, { version: 1, sectionId: '' }]));
    expect(readQueue(storage, KEY)).toEqual([seen('a')]);
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
      removeItem: () => {},
    };
    expect(readQueue(broken, KEY)).toEqual([]);
    expect(() => writeQueue(broken, KEY, [seen('a')])).not.toThrow();
  });

  it('lists the modules with a queue for one user only', () => {
    const storage = new MemoryStorage();
    writeQueue(storage, queueKey('usr_1', 'mod_a'), [seen('a')]);
    writeQueue(storage, queueKey('usr_1', 'mod_b'), [seen('a')]);
    writeQueue(storage, queueKey('usr_2', 'mod_c'), [seen('a')]);
    storage.setItem('clearcampus.locale', 'en');
    expect(queuedModules(storage, 'usr_1').sort()).toEqual(['mod_a', 'mod_b']);
  });
});

describe('classifyFailure and backoffDelay', () => {
  it('retries network and server trouble, keeps the queue on 401, drops what the server refuses', () => {
    expect(classifyFailure(networkError())).toBe('offline');
    expect(classifyFailure(new TypeError('Failed to fetch'))).toBe('offline');
    expect(classifyFailure(new ApiError(503, 'internal', 'down'))).toBe('retry');
    expect(classifyFailure(new ApiError(429, 'throttled', 'slow down'))).toBe('retry');
    expect(classifyFailure(new ApiError(401, 'unauthenticated', 'signed out'))).toBe('keep');
    expect(classifyFailure(new ApiError(409, 'conflict', 'other version'))).toBe('drop');
    expect(classifyFailure(new ApiError(422, 'rule_broken', 'no such section'))).toBe('drop');
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(1, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 0)).toBe(4000);
    expect(backoffDelay(20, () => 1)).toBe(MAX_DELAY_MS);
  });
});

describe('SaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(send: (item: SaveItem) => Promise<string>, storage = new MemoryStorage()) {
    const states: QueueState[] = [];
    const saved: SaveItem[] = [];
    const queue = new SaveQueue<string>({
      key: KEY,
      storage,
      send,
      onSaved: (_result, item) => saved.push(item),
      onChange: (state) => states.push(state),
      random: () => 1,
    });
    return { queue, states, saved, storage };
  }

  it('sends items in order and reports saved', async () => {
    const sent: SaveItem[] = [];
    const { queue, states, saved, storage } = setup(async (item) => {
      sent.push(item);
      return 'ok';
    });
    queue.add(seen('a'));
    queue.add(answer('b', 'x'));
    await settle();
    expect(sent).toEqual([seen('a'), answer('b', 'x')]);
    expect(saved).toEqual(sent);
    expect(queue.current).toEqual({ status: 'saved', pending: 0, rejected: 0 });
    expect(states.map((s) => s.status)).toContain('saving');
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('keeps the queue in storage while offline, retries with backoff, then saves everything', async () => {
    let online = false;
    const sent: SaveItem[] = [];
    const { queue, storage } = setup(async (item) => {
      if (!online) throw networkError();
      sent.push(item);
      return 'ok';
    });
    queue.add(seen('a'));
    await settle();
    expect(queue.current.status).toBe('offline');
    queue.add(seen('b'));
    queue.add(answer('b', 'y'));
    await settle();
    // Added while a retry waits: stored, not sent.
    expect(readQueue(storage, KEY)).toEqual([seen('a'), answer('b', 'y')]);
    expect(queue.current).toMatchObject({ status: 'offline', pending: 2 });

    await vi.advanceTimersByTimeAsync(1000); // first retry: still offline
    expect(queue.current.status).toBe('offline');
    expect(sent).toEqual([]);

    online = true;
    await vi.advanceTimersByTimeAsync(2000); // second retry, after a longer wait
    expect(sent).toEqual([seen('a'), answer('b', 'y')]);
    expect(queue.current).toEqual({ status: 'saved', pending: 0, rejected: 0 });
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('retries at once when told the network is back', async () => {
    let online = false;
    const sent: SaveItem[] = [];
    const { queue } = setup(async (item) => {
      if (!online) throw networkError();
      sent.push(item);
      return 'ok';
    });
    queue.add(seen('a'));
    await settle();
    expect(queue.current.status).toBe('offline');
    online = true;
    queue.retryNow();
    await settle();
    expect(sent).toEqual([seen('a')]);
    expect(queue.current.status).toBe('saved');
  });

  it('a new page finds what the last one left and sends it', async () => {
    const storage = new MemoryStorage();
    writeQueue(storage, KEY, [seen('a'), answer('b', 'x')]);
    const sent: SaveItem[] = [];
    const { queue } = setup(async (item) => {
      sent.push(item);
      return 'ok';
    }, storage);
    expect(queue.pending).toEqual([seen('a'), answer('b', 'x')]);
    expect(queue.current).toEqual({ status: 'idle', pending: 2, rejected: 0 });
    queue.retryNow();
    await settle();
    expect(sent).toEqual([seen('a'), answer('b', 'x')]);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('drops what the server refuses, counts it and goes on', async () => {
    const sent: SaveItem[] = [];
    const { queue } = setup(async (item) => {
      if (item.sectionId === 'gone') throw new ApiError(422, 'rule_broken', 'No section gone');
      sent.push(item);
      return 'ok';
    });
    queue.add(seen('gone'));
    queue.add(seen('b'));
    await settle();
    expect(sent).toEqual([seen('b')]);
    expect(queue.current).toEqual({ status: 'saved', pending: 0, rejected: 1 });
  });

  it('retries server errors, and keeps the queue without retrying when signed out', async () => {
    let reply: 'down' | 'signedOut' | 'ok' = 'down';
    const { queue, storage } = setup(async () => {
      if (reply === 'down') throw new ApiError(503, 'internal', 'down');
      if (reply === 'signedOut') throw new ApiError(401, 'unauthenticated', 'signed out');
      return 'ok';
    });
    queue.add(seen('a'));
    await settle();
    expect(queue.current.status).toBe('retrying');
    reply = 'signedOut';
    await vi.advanceTimersByTimeAsync(1000);
    expect(queue.current.status).toBe('failed');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(readQueue(storage, KEY)).toEqual([seen('a')]);
  });

  it('keeps items added while a send is on its way', async () => {
    let release: (() => void) | null = null;
    const sent: SaveItem[] = [];
    const { queue } = setup(
      (item) =>
        new Promise<string>((resolve) => {
          release = () => {
            sent.push(item);
            resolve('ok');
          };
        }),
    );
    queue.add(seen('a'));
    await settle();
    queue.add(seen('b'));
    expect(queue.pending).toEqual([seen('a'), seen('b')]);
    release!();
    await settle();
    release!();
    await settle();
    expect(sent).toEqual([seen('a'), seen('b')]);
    expect(queue.pending).toEqual([]);
  });

  it('stops its timer when disposed, leaving the queue stored', async () => {
    const send = vi.fn(async () => {
      throw networkError();
    });
    const { queue, storage } = setup(send);
    queue.add(seen('a'));
    await settle();
    queue.dispose();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(readQueue(storage, KEY)).toEqual([seen('a')]);
  });
});

describe('quiz answers in the queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const ANSWERS = answerQueueKey('usr_1', 'att_1');
  const pick = (questionId: string, ...optionIds: string[]): AnswerItem => ({ questionId, optionIds });

  it('keeps only the last pick per question, in the order of the last picks', () => {
    let items: AnswerItem[] = [];
    items = answerCodec.add(items, pick('q1', 'a'));
    items = answerCodec.add(items, pick('q2', 't'));
    items = answerCodec.add(items, pick('q1', 'b', 'c'));
    expect(items).toEqual([pick('q2', 't'), pick('q1', 'b', 'c')]);
  });

  it('reads answers back from storage, dropping foreign entries, and never mixes them with module steps', () => {
    const storage = new MemoryStorage();
    storage.setItem(ANSWERS, JSON.stringify([pick('q1', 'a'), { questionId: 'q2' }, { questionId: 'q3', optionIds: [1] }, pick('q4'), null]));
    expect(readQueue(storage, ANSWERS, answerCodec)).toEqual([pick('q1', 'a'), pick('q4')]);
    writeQueue(storage, queueKey('usr_1', 'mod_1'), [seen('a')]);
    expect(queuedModules(storage, 'usr_1')).toEqual(['mod_1']);
    expect(queuedAttempts(storage, 'usr_1')).toEqual(['att_1']);
    expect(queuedAttempts(storage, 'usr_2')).toEqual([]);
  });

  it('shows the server’s answers overridden by picks not yet acknowledged', () => {
    expect(mergeAnswers({ q1: ['a'], q2: ['b'] }, [pick('q2', 'c'), pick('q3')])).toEqual({ q1: ['a'], q2: ['c'], q3: [] });
  });

  it('drains: sends everything now and says whether anything is left', async () => {
    let online = false;
    const sent: AnswerItem[] = [];
    const storage = new MemoryStorage();
    const queue = new SaveQueue<string, AnswerItem>({
      key: ANSWERS,
      storage,
      codec: answerCodec,
      send: async (item) => {
        if (!online) throw networkError();
        sent.push(item);
        return 'ok';
      },
      random: () => 1,
    });
    queue.add(pick('q1', 'a'));
    queue.add(pick('q2', 'b'));
    await settle();
    expect(queue.current.status).toBe('offline');
    expect(await queue.drain()).toBe(false);
    expect(readQueue(storage, ANSWERS, answerCodec)).toEqual([pick('q1', 'a'), pick('q2', 'b')]);
    online = true;
    expect(await queue.drain()).toBe(true);
    expect(sent).toEqual([pick('q1', 'a'), pick('q2', 'b')]);
    expect(storage.getItem(ANSWERS)).toBeNull();
  });

  it('tells what the server refused, e.g. an answer after the attempt was submitted', async () => {
    const refused: [unknown, AnswerItem][] = [];
    const queue = new SaveQueue<string, AnswerItem>({
      key: ANSWERS,
      storage: new MemoryStorage(),
      codec: answerCodec,
      send: async () => {
        throw new ApiError(409, 'conflict', 'submitted', [], null, 'attempt_submitted');
      },
      onRejected: (error, item) => refused.push([error, item]),
    });
    queue.add(pick('q1', 'a'));
    expect(await queue.drain()).toBe(true);
    expect(refused).toHaveLength(1);
    expect((refused[0]![0] as ApiError).reason).toBe('attempt_submitted');
    expect(queue.current).toMatchObject({ pending: 0, rejected: 1 });
  });
});
