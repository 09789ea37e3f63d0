import { idFromKey } from '../domain/ids.js';
import { estimateJaccard, jaccard, shingles, signature, SIMILARITY_THRESHOLD } from '../domain/similarity/minhash.js';
import { overlappingPassages } from '../domain/similarity/passages.js';
import type { Db } from '../store/client.js';
import {
  candidatesFor,
  getFlag,
  getIndexedText,
  getIndexedTexts,
  indexText,
  KNOWN_NAMESPACE,
  putFlags,
  removeText,
  type IndexedText,
  type SimilarityFlagRecord,
  type TextRef,
} from '../store/similarity.js';

/**
 * Candidates whose MinHash estimate reaches this get the exact comparison, and the exact Jaccard
 * decides. The estimate's standard error at 128 values is at most 0.044, so a pair truly at the
 * threshold estimates below this fewer than once in 2,000 checks.
 */
export const ESTIMATE_FLOOR = SIMILARITY_THRESHOLD - 0.15;

export interface EntryText {
  id: string;
  text: string;
  /** The entry's title. */
  label: string;
  /** The entry's anonymous code. */
  code: string;
  schoolId?: string;
}

/** How the contest's API names a side of a flag: an entry by its code, a known text as `known:<title>`. */
export const displayCode = (ref: TextRef) => ref.code ?? `known:${ref.label}`;

const refOf = ({ namespace, id, label, code, schoolId }: TextRef): TextRef => ({
  namespace,
  id,
  label,
  ...(code ? { code } : {}),
  ...(schoolId ? { schoolId } : {}),
});
const order = (ref: TextRef) => `${ref.namespace}\n${ref.id}`;
/** Flags copy the code, title and school of both texts: a change to any of them re-indexes too. */
const same = (x: IndexedText, y: IndexedText) => x.text === y.text && JSON.stringify(refOf(x)) === JSON.stringify(refOf(y));

/** The flag of a pair, its sides in a fixed order, so whichever text is checked first writes the same flag. */
function flagOf(contestId: string, x: IndexedText, y: IndexedText, estimatedJaccard: number, exact: number, createdAt: string): SimilarityFlagRecord {
  const [a, b] = order(x) < order(y) ? [x, y] : [y, x];
  const passages = overlappingPassages(a.text, b.text);
  return {
    // The same pair always names the same flag (as an Idempotency-Key names the same item).
    id: idFromKey('flg', order(a), order(b)),
    contestId,
    a: refOf(a),
    b: refOf(b),
    estimatedJaccard,
    jaccard: Math.round(exact * 1000) / 1000,
    passagesA: passages.a,
    passagesB: passages.b,
    createdAt,
  };
}

/**
 * Checks a submitted entry against the contest's other entries and the known texts and indexes it;
 * returns its flags. The entry is indexed before the check, so of two entries submitted at the same
 * moment the later check finds the earlier one. Every write is a put of the same items, so running
 * it again after a crash is harmless; a changed text (withdrawn, edited, submitted again) first
 * takes the old one out with its flags.
 */
export async function checkAndIndex(db: Db, contestId: string, entry: EntryText, now = new Date()): Promise<SimilarityFlagRecord[]> {
  const own = shingles(entry.text);
  const self: IndexedText = { ...refOf({ ...entry, namespace: contestId }), text: entry.text, signature: signature(own) };
  const previous = await getIndexedText(db, contestId, entry.id);
  if (previous && !same(previous, self)) await removeText(db, contestId, entry.id);
  await indexText(db, contestId, self);

  const flags: SimilarityFlagRecord[] = [];
  for (const other of await candidatesFor(db, [contestId, KNOWN_NAMESPACE], self.signature, self)) {
    const estimated = estimateJaccard(self.signature, other.signature);
    if (estimated < ESTIMATE_FLOOR) continue;
    const exact = jaccard(own, shingles(other.text));
    if (exact >= SIMILARITY_THRESHOLD) flags.push(flagOf(contestId, self, other, estimated, exact, now.toISOString()));
  }
  await putFlags(db, flags);
  return flags;
}

/**
 * Adds a text entries are compared with (a model essay, a published text). Entries submitted from
 * then on are checked against it; a known text's id names one text forever.
 */
export async function indexKnownText(db: Db, known: { id: string; title: string; text: string }): Promise<void> {
  const text: IndexedText = { namespace: KNOWN_NAMESPACE, id: known.id, label: known.title, text: known.text, signature: signature(shingles(known.text)) };
  const previous = await getIndexedText(db, KNOWN_NAMESPACE, known.id);
  if (previous && same(previous, text)) return;
  if (previous) await removeText(db, KNOWN_NAMESPACE, known.id);
  await indexText(db, KNOWN_NAMESPACE, text);
}

/** A flag with both texts, for the side-by-side view; null when there is no such flag. */
export async function similarityPair(db: Db, contestId: string, flagId: string): Promise<{ flag: SimilarityFlagRecord; textA: string; textB: string } | null> {
  const flag = await getFlag(db, contestId, flagId);
  if (!flag) return null;
  const texts = await getIndexedTexts(db, [flag.a, flag.b]);
  const textOf = (ref: TextRef) => texts.find((t) => t.namespace === ref.namespace && t.id === ref.id)?.text;
  const [textA, textB] = [textOf(flag.a), textOf(flag.b)];
  return textA === undefined || textB === undefined ? null : { flag, textA, textB };
}
