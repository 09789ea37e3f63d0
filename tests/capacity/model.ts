import { SHARDS } from '../../functions/src/store/counters.js';
import { OPEN_ATTEMPT_SHARDS } from '../../functions/src/store/attempts.js';
import { CONTENT_CACHE_MS } from '../../functions/src/store/read-cache.js';
import { TABLE } from '../../functions/src/store/table.js';
import type { Call } from './recorder.js';

/**
 * The capacity model: what one participant's calls (recorded from the real code against DynamoDB
 * Local) cost each partition, table and index, and what that becomes at the national peak. Pure
 * functions over the recorded calls; docs/CAPACITY.md explains the assumptions.
 */

type Item = Record<string, unknown>;

export const LIMITS = { wcu: 1_000, rcu: 3_000 } as const;

/** DynamoDB's size of a value (strings by UTF-8 bytes, numbers generously), from the document client's plain value. */
export function valueSize(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number' || typeof value === 'bigint') return Math.ceil(String(value).length / 2) + 1;
  if (typeof value === 'boolean' || value === null || value === undefined) return 1;
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) return [...value].reduce((sum: number, v) => sum + valueSize(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
  return 3 + itemSize(value as Item);
}

export const itemSize = (item: Item): number => Object.entries(item).reduce((sum, [name, value]) => sum + Buffer.byteLength(name) + valueSize(value), 0);

const keyOf = (key: Item) => `${String(key.PK)}\u0000${String(key.SK)}`;

interface Known {
  size: number;
  /** Index name → the index partition key value the item has. */
  indexKeys: Record<string, string>;
}

/** What the model knows of each item: sizes and index keys from the table after the flow, updated by every Put. */
export class ItemBook {
  private items = new Map<string, Known>();
  constructor(finalItems: Item[]) {
    for (const item of finalItems) this.put(item);
  }
  put(item: Item): void {
    this.items.set(keyOf(item), { size: itemSize(item), indexKeys: indexKeysOf(item) });
  }
  /** The whole item's size when the book knows it (projections do not reduce what a read costs), else what came back. */
  sizeOf(key: Item, returned: Item): number {
    return this.items.get(keyOf(key))?.size ?? itemSize(returned);
  }
  get(key: Item): Known {
    return this.items.get(keyOf(key)) ?? { size: 100, indexKeys: {} };
  }
}

function indexKeysOf(item: Item): Record<string, string> {
  const found: Record<string, string> = {};
  for (const index of TABLE.indexes) if (typeof item[index.partitionKey] === 'string') found[index.name] = item[index.partitionKey] as string;
  return found;
}

export interface Touch {
  /** 'table' or an index name. */
  where: string;
  pk: string;
  read: number;
  write: number;
}

const writeUnits = (size: number, transactional: boolean) => Math.max(1, Math.ceil(size / 1024)) * (transactional ? 2 : 1);
const readUnits = (size: number, consistent: boolean) => Math.max(1, Math.ceil(size / 4096)) * (consistent ? 1 : 0.5);

/** The index writes of one item write: ALL indexes copy every change; KEYS_ONLY ones only changes to their keys. */
function indexWrites(before: Known, after: Known, keysChanged: (indexKey: string) => boolean): Touch[] {
  const touches: Touch[] = [];
  for (const index of TABLE.indexes) {
    const old = before.indexKeys[index.name];
    const now = after.indexKeys[index.name];
    if (!old && !now) continue;
    if (index.projection === 'KEYS_ONLY' && !keysChanged(index.partitionKey)) continue;
    const size = index.projection === 'ALL' ? after.size : 100;
    if (old && old !== now) touches.push({ where: index.name, pk: old, read: 0, write: 1 });
    if (now) touches.push({ where: index.name, pk: now, read: 0, write: writeUnits(size, false) });
  }
  return touches;
}

function writeTouches(book: ItemBook, request: Record<string, any>, kind: 'Put' | 'Update' | 'Delete' | 'ConditionCheck', transactional: boolean): Touch[] {
  if (kind === 'Put') {
    const before = book.get(request.Item);
    book.put(request.Item);
    const after = book.get(request.Item);
    return [{ where: 'table', pk: request.Item.PK, read: 0, write: writeUnits(after.size, transactional) }, ...indexWrites(before, after, () => true)];
  }
  const known = book.get(request.Key);
  const table = { where: 'table', pk: request.Key.PK as string, read: 0, write: writeUnits(known.size, transactional) };
  if (kind === 'ConditionCheck') return [table];
  const expression = String(request.UpdateExpression ?? '');
  const changed = (attribute: string) => kind === 'Delete' || expression.includes(attribute);
  const after: Known = kind === 'Delete' ? { size: known.size, indexKeys: {} } : { ...known, indexKeys: { ...known.indexKeys, ...setIndexKeys(request) } };
  if (/REMOVE[^=]*GSI2PK/.test(expression)) delete after.indexKeys.GSI2;
  return [table, ...indexWrites(known, after, changed)];
}

/** Index keys an UpdateExpression SETs, e.g. `GSI2PK = :pending`. */
function setIndexKeys(request: Record<string, any>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const index of TABLE.indexes) {
    const match = new RegExp(`${index.partitionKey} = (:\\w+)`).exec(String(request.UpdateExpression ?? ''));
    const value = match && request.ExpressionAttributeValues?.[match[1]!];
    if (typeof value === 'string') found[index.name] = value;
  }
  return found;
}

/** The partition a Query reads: the value its key condition gives the partition key. */
function queryPartition(input: Record<string, any>): { where: string; pk: string } {
  const [attribute, placeholder] = String(input.KeyConditionExpression)
    .split(/\s+AND\s+/i)[0]!
    .split(/\s*=\s*/);
  return { where: input.IndexName ?? 'table', pk: String(input.ExpressionAttributeValues[placeholder!.trim()] ?? `?${attribute}`) };
}

/** Read and write units, per partition, of one recorded call. */
export function touchesOf(call: Call, book: ItemBook): Touch[] {
  const found = touchesOfCall(call, book);
  const lost = found.find((t) => typeof t.pk !== 'string');
  if (lost) throw new Error(`No partition key in ${call.command} ${JSON.stringify(call.input).slice(0, 400)}`);
  return found;
}

function touchesOfCall(call: Call, book: ItemBook): Touch[] {
  const { input, output } = call;
  switch (call.command) {
    // Reads are charged on whole items, whatever a ProjectionExpression returns: sizes come from the book.
    case 'GetItemCommand':
      return [{ where: 'table', pk: input.Key.PK, read: readUnits(output.Item ? book.sizeOf(input.Key, output.Item) : 0, !!input.ConsistentRead), write: 0 }];
    case 'QueryCommand': {
      const size = (output.Items ?? []).reduce((sum: number, item: Item) => sum + book.sizeOf(item, item), 0);
      return [{ ...queryPartition(input), read: readUnits(size, !!input.ConsistentRead), write: 0 }];
    }
    case 'BatchGetItemCommand':
      return Object.values(input.RequestItems as Record<string, { Keys: Item[] }>).flatMap(({ Keys }) =>
        Keys.map((key) => ({ where: 'table', pk: key.PK as string, read: readUnits(book.sizeOf(key, {}), false), write: 0 })),
      );
    case 'PutItemCommand':
      return writeTouches(book, input, 'Put', false);
    case 'UpdateItemCommand':
      return writeTouches(book, input, 'Update', false);
    case 'DeleteItemCommand':
      return writeTouches(book, input, 'Delete', false);
    case 'BatchWriteItemCommand':
      return Object.values(input.RequestItems).flatMap((requests) =>
        (requests as any[]).flatMap((r) =>
          r.PutRequest ? writeTouches(book, r.PutRequest, 'Put', false) : writeTouches(book, r.DeleteRequest, 'Delete', false),
        ),
      );
    case 'TransactWriteItemsCommand':
      return (input.TransactItems as any[]).flatMap((item) => {
        const kind = (['Put', 'Update', 'Delete', 'ConditionCheck'] as const).find((k) => item[k])!;
        return writeTouches(book, item[kind], kind, true);
      });
    case 'TransactGetItemsCommand':
      return (input.TransactItems as any[]).map((item, i) => ({
        where: 'table',
        pk: item.Get.Key.PK,
        read: 2 * readUnits(itemSize(output.Responses?.[i]?.Item ?? {}), true),
        write: 0,
      }));
    default:
      throw new Error(`The capacity model does not know ${call.command}: teach it, or keep it off the participant's path`);
  }
}

/** Who shares a partition: one participant, a unit of the hierarchy, or every participant of the competition. */
export type Population = 'participant' | 'class' | 'school' | 'county' | 'city' | 'region' | 'national';

export interface Participant {
  ids: string[];
  /** region, city, county, school, class ids, in that order. */
  path: string[];
}

const LEVELS = ['region', 'city', 'county', 'school', 'class'] as const;

/** The population sharing a partition key, and over how many partitions the code spreads it (its shards). */
export function classify(pk: string, who: Participant): { population: Population; shards: number; family: string } {
  const counter = /^COUNT#([^#]+)#\d+$/.exec(pk);
  if (counter) {
    const level = LEVELS[who.path.indexOf(counter[1]!)] ?? 'national';
    return { population: level, shards: level === 'national' ? 1 : SHARDS[level], family: `COUNT#<${level}>#<shard>` };
  }
  if (/^OPENATTEMPTS#\d+$/.test(pk)) return { population: 'national', shards: OPEN_ATTEMPT_SHARDS, family: 'OPENATTEMPTS#<shard> (GSI2)' };
  if (pk.startsWith('THROTTLE#addr:')) return { population: 'school', shards: 1, family: 'THROTTLE#addr:<address>' };
  const family = pk.replace(/[^#]+$/, (tail) => (/^[a-z_]+\d|\d{4,}|[._]/.test(tail) ? '<id>' : tail));
  if (who.ids.some((id) => pk.includes(id))) return { population: 'participant', shards: 1, family };
  for (let level = LEVELS.length - 1; level >= 0; level--) if (pk.includes(who.path[level]!)) return { population: LEVELS[level]!, shards: 1, family };
  return { population: 'national', shards: 1, family };
}

/**
 * Planning peak, in participant sessions finishing per second, for everyone sharing a partition of
 * each population. The national figure is DESIGN.md's; the shares below it are deliberately generous
 * planning assumptions (docs/CAPACITY.md), not measured enrolment.
 */
export const PEAK_PER_SECOND: Record<Exclude<Population, 'participant'>, number> = {
  national: 1_600,
  region: 1_600 * 0.15,
  city: 1_600 * 0.04,
  county: 1_600 * 0.01,
  school: 5,
  class: 1,
};

/** One participant's own partitions see their calls spread over the session; a fast one takes 5 minutes. */
export const SESSION_SECONDS = 300;

/**
 * Reads served from the per-instance content cache (functions/src/store/read-cache.ts) still reach
 * the table once per instance per cache lifetime: at peak, this many warm instances of a group
 * (~37,000 requests/s × ~50 ms each, rounded up).
 */
export const PEAK_INSTANCES = 2_000;
export const CACHE_SECONDS = CONTENT_CACHE_MS / 1000;

export interface PartitionLoad {
  where: string;
  family: string;
  population: Population;
  shards: number;
  /** Units one participant's session costs this partition (all its shards together). */
  readPerParticipant: number;
  /** Units an instance's cold cache costs this partition, paid again every CACHE_SECONDS. */
  readPerCacheFill: number;
  writePerParticipant: number;
  /** Units per second on the busiest single partition at peak. */
  rcuPerSecond: number;
  wcuPerSecond: number;
}

/**
 * Loads per partition family from a warm participant's touches; `cold` are the same session's touches
 * on a cold instance (the first participant), whose extra reads are the cache fills.
 */
export function partitionLoads(touches: Touch[], who: Participant, cold: { touches: Touch[]; who: Participant }): PartitionLoad[] {
  const loads = new Map<string, PartitionLoad>();
  const add = (touch: Touch, participant: Participant, apply: (load: PartitionLoad) => void) => {
    const { population, shards, family } = classify(touch.pk, participant);
    const id = `${touch.where} ${family} ${population}`;
    const load = loads.get(id) ?? {
      where: touch.where,
      family,
      population,
      shards,
      readPerParticipant: 0,
      readPerCacheFill: 0,
      writePerParticipant: 0,
      rcuPerSecond: 0,
      wcuPerSecond: 0,
    };
    apply(load);
    loads.set(id, load);
  };
  for (const touch of touches)
    add(touch, who, (load) => {
      load.readPerParticipant += touch.read;
      load.writePerParticipant += touch.write;
    });
  for (const touch of cold.touches) add(touch, cold.who, (load) => void (load.readPerCacheFill += touch.read));
  for (const load of loads.values()) {
    const rate = load.population === 'participant' ? 1 / SESSION_SECONDS : PEAK_PER_SECOND[load.population];
    // What the cold session read beyond the warm one came from the table only because the cache was empty.
    load.readPerCacheFill = Math.max(0, load.readPerCacheFill - load.readPerParticipant);
    const fills = load.population === 'participant' ? 0 : (load.readPerCacheFill * PEAK_INSTANCES) / CACHE_SECONDS;
    load.rcuPerSecond = (load.readPerParticipant * rate + fills) / load.shards;
    load.wcuPerSecond = (load.writePerParticipant * rate) / load.shards;
  }
  return [...loads.values()].sort((a, b) => b.wcuPerSecond + b.rcuPerSecond / 3 - (a.wcuPerSecond + a.rcuPerSecond / 3));
}

export const overLimit = (loads: PartitionLoad[]) => loads.filter((l) => l.wcuPerSecond > LIMITS.wcu || l.rcuPerSecond > LIMITS.rcu);
