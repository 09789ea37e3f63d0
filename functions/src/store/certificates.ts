import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { StoredCertificate } from '../domain/certificates/schemas.js';
import type { Db } from './client.js';
import { decoder } from './decode.js';
import { keys } from './keys.js';

/**
 * A certificate is two items written in the transaction that earns it: by code (verification) and
 * under its holder (their list). The first is conditioned on not existing, so it is issued once.
 */
export function certificatePuts(db: Db, certificate: StoredCertificate) {
  return [
    {
      Put: {
        TableName: db.table,
        Item: { ...keys.certificate(certificate.code), type: 'certificate', ...certificate },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      Put: { TableName: db.table, Item: { ...keys.certificateOfStudent(certificate.recipientId, certificate.code), type: 'heldCertificate', ...certificate } },
    },
  ];
}

const strip = decoder('certificate', StoredCertificate);

export async function getCertificate(db: Db, code: string): Promise<StoredCertificate | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: keys.certificate(code) }));
  return Item ? strip(Item) : null;
}

export async function certificatesOf(db: Db, recipientId: string): Promise<StoredCertificate[]> {
  const page = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :cert)',
      ExpressionAttributeValues: { ':pk': keys.account(recipientId).PK, ':cert': keys.certificatesOfStudent() },
    }),
  );
  return (page.Items ?? []).map(strip);
}
