import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Account } from '../domain/accounts/schemas.js';
import { conflict, notFound } from '../domain/errors.js';
import { batchGetAll } from './batch-get.js';
import type { Db } from './client.js';
import { cancellationReasons, isConditionFailure } from './errors.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';
import { decodeCursor, encodeCursor, type Page } from './pagination.js';

const toAccount = decoder('account', Account);

/** The puts that create an account: the account and its unique username, both conditional. */
export function accountPuts(db: Db, account: Account) {
  return [
    {
      Put: {
        TableName: db.table,
        Item: {
          ...keys.account(account.id),
          GSI1PK: keys.members(account.orgId),
          GSI1SK: keys.memberOrder(account.role, account.displayName, account.id),
          type: 'account',
          ...account,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.username(account.username), type: 'username', userId: account.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
  ];
}

export async function createAccount(db: Db, account: Account): Promise<void> {
  try {
    await db.doc.send(new TransactWriteCommand({ TransactItems: accountPuts(db, account) }));
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[1] === 'ConditionalCheckFailed') throw conflict(`Username ${account.username} is taken`);
    if (reasons?.[0] === 'ConditionalCheckFailed') throw conflict('Account exists');
    throw error;
  }
}

export async function getAccount(db: Db, id: string): Promise<Account | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.account(id), ConsistentRead: true }));
  return Item ? toAccount(Item) : null;
}

/** Accounts by id, one BatchGet per 100; ids without an account are left out. */
export async function getAccounts(db: Db, ids: string[]): Promise<Account[]> {
  return (
    await batchGetAll(
      db,
      ids.map((id) => keys.account(id)),
      { consistentRead: true },
    )
  ).map(toAccount);
}

export async function findAccountByUsername(db: Db, username: string): Promise<Account | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.username(username), ConsistentRead: true }));
  return Item ? getAccount(db, Item.userId as string) : null;
}

/** Sets a new password hash and ends every session of the account; returns the new session version. */
export async function setPassword(db: Db, id: string, passwordHash: string, mustChangePassword: boolean): Promise<number> {
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: keys.account(id),
        UpdateExpression: 'SET passwordHash = :h, mustChangePassword = :m ADD sessionVersion :one REMOVE revokedSessions',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':h': passwordHash, ':m': mustChangePassword, ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Attributes!.sessionVersion as number;
  } catch (error) {
    if (isConditionFailure(error)) throw notFound('Account');
    throw error;
  }
}

/** Accounts whose home unit is `orgId` (students of a class, staff of a school), by role and name. */
export async function listMembers(db: Db, orgId: string, role: Account['role'], cursor?: string, limit = 200): Promise<Page<Account>> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk AND begins_with(GSI1SK, :role)',
      ExpressionAttributeValues: { ':pk': keys.members(orgId), ':role': keys.membersOfRole(role) },
      Limit: limit,
      ExclusiveStartKey: decodeCursor(db, cursor),
    }),
  );
  return { items: (page.Items ?? []).map(toAccount), cursor: encodeCursor(db, page.LastEvaluatedKey) };
}

/** Every member of a unit with one role, page by page (a class's students, a school's teachers). */
export async function allMembers(db: Db, orgId: string, role: Account['role']): Promise<Account[]> {
  const members: Account[] = [];
  let cursor: string | undefined;
  do {
    const page = await listMembers(db, orgId, role, cursor);
    members.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return members;
}
