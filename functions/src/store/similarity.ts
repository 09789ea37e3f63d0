import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { bandKeys, SIGNATURE_SIZE } from '../domain/similarity/minhash.js';
import { z } from 'zod';
import { PassageRange } from '../domain/contests/schemas.js';
import { batchGetAll } from './batch-get.js';
import { batchWrite } from './batch-write.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './pagination.js';
import { queryAll } from './query.js';

/**
 * The similarity index (docs/DATA_MODEL.md, "Similarity"): per indexed text a signature item, and per
 * band a small bucket item `SIMBAND#<namespace>#<band>#<rows>` / `<textId>`, so texts that agree in a
 * band are one Query away; flags live in one partition per contest.
 */
export const KNOWN_NAMESPACE = 'known';

/** Band Queries in flight per check: 84 Queries (42 bands × 2 namespaces) in ~6 rounds. */
const BAND_QUERY_CONCURRENCY = 16;
/**
 * Ids read per bucket. A bucket only grows past a handful when many entries copy one text; then the
 * first 50 are enough to show the copy, and the read stays bounded however many copies there are.
 */
const BUCKET_READ_LIMIT = 50;
/** Candidates whose signature items a check reads: those sharing the most bands first. */
export const MAX_CANDIDATES = 50;

export const TextRef = z.object({
  /** A contest id, or KNOWN_NAMESPACE. */
  namespace: z.string(),
  id: z.string(),
  /** An entry's title, a known text's title. */
  label: z.string(),
  /** An entry's anonymous code; known texts have none. */
  code: z.string().optional(),
  schoolId: z.string().optional(),
});
export type TextRef = z.infer<typeof TextRef>;

export interface IndexedText extends TextRef {
  text: string;
  signature: number[];
}

export const SimilarityFlagRecord = z.object({
  /** Derived from the two texts, so a re-run writes the same items. */
  id: z.string(),
  contestId: z.string(),
  a: TextRef,
  b: TextRef,
  estimatedJaccard: z.number(),
  jaccard: z.number(),
  /** Ranges in a.text and b.text as indexed. */
  passagesA: z.array(PassageRange),
  passagesB: z.array(PassageRange),
  createdAt: z.string(),
});
export type SimilarityFlagRecord = z.infer<typeof SimilarityFlagRecord>;

/** A flag as seen from one of its texts. */
export const TextFlag = z.object({ flagId: z.string(), other: TextRef, jaccard: z.number() });
export type TextFlag = z.infer<typeof TextFlag>;

const refOf = decoder('text reference', TextRef);
const toFlag = decoder('similarity flag', SimilarityFlagRecord);
const toTextFlag = decoder('similarity flag', TextFlag);
const toSignatureItem = decoder('indexed text', TextRef.extend({ text: z.string(), signature: z.instanceof(Uint8Array).optional() }));

const refKey = (namespace: string, id: string) => `${namespace}\n${id}`;

// 128 × 4 bytes as one binary attribute: 512 bytes instead of ~1.4 KB as a list of numbers.
function encodeSignature(sig: number[]): Uint8Array {
  const bytes = new Uint8Array(sig.length * 4);
  const view = new DataView(bytes.buffer);
  sig.forEach((value, k) => view.setUint32(k * 4, value));
  return bytes;
}

function decodeSignature(bytes: Uint8Array | undefined): number[] {
  if (!bytes || bytes.length !== SIGNATURE_SIZE * 4) return [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: SIGNATURE_SIZE }, (_, k) => view.getUint32(k * 4));
}

function toIndexedText(item: Record<string, unknown>): IndexedText {
  const { signature, ...text } = toSignatureItem(item);
  return { ...text, signature: decodeSignature(signature) };
}

/** The signature items of these texts (strongly consistent: a text indexed a moment ago is found). */
export async function getIndexedTexts(db: Db, refs: { namespace: string; id: string }[]): Promise<IndexedText[]> {
  const items = await batchGetAll(
    db,
    refs.map((r) => keys.similarityText(r.namespace, r.id)),
    { consistentRead: true },
  );
  return items.map(toIndexedText);
}

export async function getIndexedText(db: Db, namespace: string, id: string): Promise<IndexedText | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.similarityText(namespace, id), ConsistentRead: true }));
  return Item ? toIndexedText(Item) : null;
}

/**
 * Puts a text's band items, then its signature item: once the signature item exists every band item
 * does, so removeText finds them all. Puts only: indexing the same text again changes nothing. A
 * text without a signature (too short) gets no band items and so is never a candidate.
 */
export async function indexText(db: Db, namespace: string, text: Omit<IndexedText, 'namespace'>): Promise<void> {
  const { id, signature } = text;
  await batchWrite(
    db,
    bandKeys(signature).map((bandKey) => ({ PutRequest: { Item: { ...keys.similarityBand(namespace, bandKey, id), type: 'similarityBand' } } })),
  );
  const item = {
    ...keys.similarityText(namespace, id),
    type: 'similarityText',
    ...refOf({ ...text, namespace }),
    text: text.text,
    signature: encodeSignature(signature),
  };
  await db.doc.send(new PutCommand({ TableName: db.table, Item: item }));
}

/**
 * The texts sharing at least one band with `signature` in any of the namespaces: one Query per band
 * per namespace, BAND_QUERY_CONCURRENCY at a time, then one BatchGet of the MAX_CANDIDATES sharing
 * the most bands (more shared bands, higher similarity). `exclude` is the text being checked.
 */
export async function candidatesFor(db: Db, namespaces: string[], signature: number[], exclude?: { namespace: string; id: string }): Promise<IndexedText[]> {
  const bands = bandKeys(signature);
  const pending = namespaces.flatMap((namespace) => bands.map((bandKey) => ({ namespace, bandKey })));
  const shared = new Map<string, { namespace: string; id: string; bands: number }>();
  const skip = exclude ? refKey(exclude.namespace, exclude.id) : null;
  await Promise.all(
    Array.from({ length: Math.min(BAND_QUERY_CONCURRENCY, pending.length) }, async () => {
      for (let next = pending.pop(); next; next = pending.pop()) {
        const { namespace, bandKey } = next;
        const { Items = [] } = await db.doc.send(
          new QueryCommand({
            TableName: db.table,
            KeyConditionExpression: 'PK = :pk',
            ExpressionAttributeValues: { ':pk': keys.similarityBucket(namespace, bandKey) },
            ProjectionExpression: 'SK',
            // Consistent: of two entries submitted at the same moment, the later check sees the other.
            ConsistentRead: true,
            Limit: BUCKET_READ_LIMIT,
          }),
        );
        for (const item of Items) {
          const key = refKey(namespace, item.SK as string);
          if (key === skip) continue;
          const hit = shared.get(key) ?? { namespace, id: item.SK as string, bands: 0 };
          hit.bands++;
          shared.set(key, hit);
        }
      }
    }),
  );
  const best = [...shared.values()]
    .sort((x, y) => y.bands - x.bands || refKey(x.namespace, x.id).localeCompare(refKey(y.namespace, y.id)))
    .slice(0, MAX_CANDIDATES);
  return getIndexedTexts(db, best);
}

/** Each flag as its pair item plus one small item per side, so either side lists its flags in one Query. */
export async function putFlags(db: Db, flags: SimilarityFlagRecord[]): Promise<void> {
  await batchWrite(
    db,
    flags.flatMap((flag) => [
      { PutRequest: { Item: { ...keys.similarityPair(flag.contestId, flag.id), type: 'similarityFlag', ...flag } } },
      ...(
        [
          [flag.a, flag.b],
          [flag.b, flag.a],
        ] as const
      ).map(([self, other]) => ({
        PutRequest: {
          Item: {
            ...keys.similarityFlagOfText(flag.contestId, self.id, flag.id),
            type: 'similarityFlagOfText',
            flagId: flag.id,
            textId: self.id,
            other,
            jaccard: flag.jaccard,
          },
        },
      })),
    ]),
  );
}

/** A contest's flags, a page at a time (Query `SIMFLAG#<contestId>` begins_with `PAIR#`). */
export async function flagsOfContest(db: Db, contestId: string, page: { cursor?: string; limit?: number } = {}): Promise<Page<SimilarityFlagRecord>> {
  const result = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :pair)',
      ExpressionAttributeValues: { ':pk': keys.similarityFlags(contestId), ':pair': keys.similarityPairs() },
      Limit: page.limit ?? 200,
      ExclusiveStartKey: decodeCursor(db, page.cursor),
    }),
  );
  return { items: (result.Items ?? []).map(toFlag), cursor: encodeCursor(db, result.LastEvaluatedKey) };
}

/** The flags involving one text of a contest (an entry, or a known text), highest Jaccard first. */
export async function flagsOfText(db: Db, contestId: string, textId: string): Promise<TextFlag[]> {
  const items = await queryAll(db, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.similarityFlags(contestId), ':prefix': keys.similarityFlagsOfText(textId) },
  });
  return items.map(toTextFlag).sort((x, y) => y.jaccard - x.jaccard);
}

export async function getFlag(db: Db, contestId: string, flagId: string): Promise<SimilarityFlagRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.similarityPair(contestId, flagId) }));
  return Item ? toFlag(Item) : null;
}

/**
 * Takes a text out of the index: its flags (pair and both sides' items), its band items, then its
 * signature item, in that order, so a run cut short is finished by running it again. Flags live
 * under contests, so for a known text only the index goes: known text ids are never reused.
 */
export async function removeText(db: Db, namespace: string, id: string): Promise<void> {
  if (namespace !== KNOWN_NAMESPACE) {
    const flags = await flagsOfText(db, namespace, id);
    await batchWrite(
      db,
      flags
        .flatMap((flag) => [
          keys.similarityPair(namespace, flag.flagId),
          keys.similarityFlagOfText(namespace, id, flag.flagId),
          keys.similarityFlagOfText(namespace, flag.other.id, flag.flagId),
        ])
        .map((Key) => ({ DeleteRequest: { Key } })),
    );
  }
  const indexed = await getIndexedText(db, namespace, id);
  if (!indexed) return;
  await batchWrite(
    db,
    bandKeys(indexed.signature).map((bandKey) => ({ DeleteRequest: { Key: keys.similarityBand(namespace, bandKey, id) } })),
  );
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: keys.similarityText(namespace, id) }));
}
