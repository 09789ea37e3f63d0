import { GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Account } from '../domain/accounts/schemas.js';
import type { Unit } from '../domain/org/units.js';
import { Transfer, type TransferStatus } from '../domain/transfers/transfer.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { cancellationReasons, withConflictRetry } from './errors.js';
import { keys } from './keys.js';
import { moveCancellation, studentMoveItems, type MoveOutcome } from './roster.js';

const toTransfer = decoder('transfer', Transfer);

const copies = (transfer: Pick<Transfer, 'id' | 'from' | 'to'>) => [keys.transfer(transfer.from.id, transfer.id), keys.transfer(transfer.to.id, transfer.id)];

/**
 * Writes a new transfer under both schools, with the student's claim on having one pending.
 * 'exists': this very transfer was written already (a retried request); 'pending': another one is.
 */
export async function createTransfer(db: Db, transfer: Transfer): Promise<'created' | 'exists' | 'pending'> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          ...copies(transfer).map((key) => ({
            Put: { TableName: db.table, Item: { ...key, type: 'transfer', ...transfer }, ConditionExpression: 'attribute_not_exists(PK)' },
          })),
          {
            Put: {
              TableName: db.table,
              Item: { ...keys.pendingTransfer(transfer.studentId), type: 'pendingTransfer', transferId: transfer.id },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
        ],
      }),
    );
    return 'created';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[0] === 'ConditionalCheckFailed') return 'exists';
    if (reasons?.[2] === 'ConditionalCheckFailed') return 'pending';
    throw error;
  }
}

export async function getTransfer(db: Db, schoolId: string, transferId: string): Promise<Transfer | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.transfer(schoolId, transferId), ConsistentRead: true }));
  return Item ? toTransfer(Item) : null;
}

/** A school's transfers, both ways, newest first (at most 200: a school has a handful a term). */
export async function transfersOfSchool(db: Db, schoolId: string): Promise<Transfer[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': keys.unit(schoolId).PK, ':sk': keys.transfersOfSchool() },
      ConsistentRead: true,
      Limit: 200,
    }),
  );
  return (page.Items ?? []).map(toTransfer).sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

/** The decision on both copies, conditioned on the transfer still pending, and the student's pending claim released. */
function decisionItems(db: Db, transfer: Transfer, decision: { status: Exclude<TransferStatus, 'pending'>; at: string; toClassId?: string }) {
  return [
    ...copies(transfer).map((key) => ({
      Update: {
        TableName: db.table,
        Key: key,
        UpdateExpression: `SET #status = :status, decidedAt = :at${decision.toClassId ? ', toClassId = :class' : ''}`,
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':status': decision.status,
          ':at': decision.at,
          ':pending': 'pending',
          ...(decision.toClassId ? { ':class': decision.toClassId } : {}),
        },
      },
    })),
    { Delete: { TableName: db.table, Key: keys.pendingTransfer(transfer.studentId) } },
  ];
}

export type AcceptOutcome = 'accepted' | 'decided' | Exclude<MoveOutcome, 'moved'>;

/**
 * Accepts a transfer into a class of the receiving school: the decision and the student's move (account,
 * student number, enrolled counters of every unit the two paths do not share) in one transaction.
 * 'decided': it was decided already (a repeat, or the other decision first); 'already': the student
 * changed class after being read.
 */
export async function acceptTransfer(db: Db, transfer: Transfer, student: Account, klass: Unit, now: number): Promise<AcceptOutcome> {
  const decision = decisionItems(db, transfer, { status: 'accepted', at: new Date(now).toISOString(), toClassId: klass.id });
  try {
    await withConflictRetry(() => db.doc.send(new TransactWriteCommand({ TransactItems: [...decision, ...studentMoveItems(db, student, klass, now)] })));
    return 'accepted';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[0] === 'ConditionalCheckFailed' || reasons?.[1] === 'ConditionalCheckFailed') return 'decided';
    const moved = moveCancellation(reasons, student, decision.length);
    if (moved) return moved;
    throw error;
  }
}

/** The receiving school declines, or the sending school withdraws its request: 'decided' when it was answered meanwhile. */
export async function closeTransfer(db: Db, transfer: Transfer, status: 'declined' | 'cancelled', now: number): Promise<'closed' | 'decided'> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: decisionItems(db, transfer, { status, at: new Date(now).toISOString() }) }));
    return 'closed';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[0] === 'ConditionalCheckFailed' || reasons?.[1] === 'ConditionalCheckFailed') return 'decided';
    throw error;
  }
}
