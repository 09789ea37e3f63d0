import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from './client.js';
import { isConditionFailure } from './errors.js';
import { keys } from './keys.js';

/** What decides whether a signed session token still stands, kept on the account item. */
export interface SessionState {
  /** Tokens carry the version they were issued under; raising it ends every session at once. */
  version: number;
  /** Single sessions ended by signing out, by token id, until there are too many to keep. */
  revoked: string[];
  disabled: boolean;
}

/** Signed-out session ids kept per account; one more ends every session instead. */
export const MAX_REVOKED_SESSIONS = 20;

export async function readSessionState(db: Db, userId: string): Promise<SessionState | null> {
  const { Item } = await db.doc.send(
    new GetCommand({
      TableName: db.table,
      Key: keys.account(userId),
      ProjectionExpression: 'sessionVersion, revokedSessions, disabled',
      ConsistentRead: true,
    }),
  );
  if (!Item) return null;
  return {
    version: (Item.sessionVersion as number | undefined) ?? 0,
    revoked: [...((Item.revokedSessions as Set<string> | undefined) ?? [])],
    disabled: Item.disabled === true,
  };
}

/** Ends every session of the account; returns the new version, or null when there is no account. */
export async function endAllSessions(db: Db, userId: string): Promise<number | null> {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.account(userId),
        UpdateExpression: 'ADD sessionVersion :one REMOVE revokedSessions',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Attributes!.sessionVersion as number;
  } catch (error) {
    if (isConditionFailure(error)) return null;
    throw error;
  }
}

/** Ends one session (sign-out on one device); past the cap, every session. */
export async function endSession(db: Db, userId: string, sessionId: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.account(userId),
        UpdateExpression: 'ADD revokedSessions :id',
        ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(revokedSessions) OR size(revokedSessions) < :cap)',
        ExpressionAttributeValues: { ':id': new Set([sessionId]), ':cap': MAX_REVOKED_SESSIONS },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    await endAllSessions(db, userId);
  }
}

/** Disables or enables sign-in; either way every current session ends. */
export async function setDisabled(db: Db, userId: string, disabled: boolean): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.account(userId),
        UpdateExpression: 'SET disabled = :disabled ADD sessionVersion :one REMOVE revokedSessions',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':disabled': disabled, ':one': 1 },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
