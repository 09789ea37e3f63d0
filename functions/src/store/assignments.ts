import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Assignment } from '../domain/assignments/schemas.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { isConditionFailure } from './errors.js';
import { keys } from './keys.js';

const toAssignment = decoder('assignment', Assignment);

/** Creates an assignment; with an id derived from an Idempotency-Key a retry finds it and adds nothing. */
export async function createAssignment(db: Db, assignment: Assignment): Promise<'created' | 'exists'> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...keys.assignment(assignment.classId, assignment.id), type: 'assignment', ...assignment },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return 'created';
  } catch (error) {
    if (isConditionFailure(error)) return 'exists';
    throw error;
  }
}

export async function listAssignments(db: Db, classId: string): Promise<Assignment[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': keys.unit(classId).PK, ':sk': keys.assignments() },
      Limit: 200,
    }),
  );
  return (page.Items ?? []).map(toAssignment);
}
