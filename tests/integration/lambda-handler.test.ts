import { randomUUID } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { seedDemo } from '../../functions/src/seed/demo.js';
import { connect } from '../../functions/src/store/client.js';
import { ensureTable } from '../../functions/src/store/create-table.js';
import { v2Event } from '../support/lambda-event.js';

describe('the identity Lambda entry point', () => {
  it('signs in and answers /api/me from API Gateway v2 events', async () => {
    const tableName = `lambda_${randomUUID().slice(0, 8)}`;
    const db = connect({ tableName, endpoint: inject('dynamoDbEndpoint') });
    await ensureTable(db);
    await seedDemo(db);
    process.env.TABLE_NAME = tableName;
    process.env.DYNAMODB_ENDPOINT = inject('dynamoDbEndpoint');
    process.env.SESSION_SECRET = 'handler-test-secret-that-is-long-enough';
    process.env.LOG_REQUESTS = 'false';
    const { handler } = await import('../../functions/src/handlers/identity.js');

    const unauthenticated = await handler(v2Event('GET', '/api/me'));
    expect(unauthenticated.statusCode).toBe(401);

    const login = await handler(v2Event('POST', '/api/auth/login', { body: { username: 'teacher.demo', password: 'clearcampus-demo' } }));
    expect(login.statusCode).toBe(200);
    expect(JSON.parse(login.body).user.role).toBe('teacher');
    const setCookie = (login as { cookies?: string[] }).cookies ?? [];
    const session = setCookie.find((c) => c.startsWith('cc_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/Secure/);
    expect(session).toMatch(/SameSite=Strict/);

    const me = await handler(v2Event('GET', '/api/me', { cookies: [session!.split(';')[0]!] }));
    expect(me.statusCode).toBe(200);
    expect(JSON.parse(me.body).user.username).toBe('teacher.demo');

    // A larger read comes back compressed, as base64 that API Gateway turns back into bytes.
    const roster = await handler(
      v2Event('GET', '/api/classes/cls_demo_qq_7_1/students', { cookies: [session!.split(';')[0]!], headers: { 'accept-encoding': 'gzip, deflate, br' } }),
    );
    expect(roster.statusCode).toBe(200);
    expect(roster.isBase64Encoded).toBe(true);
    expect(roster.headers?.['content-encoding']).toBe('br');
    const students = JSON.parse(brotliDecompressSync(Buffer.from(roster.body, 'base64')).toString('utf8'));
    expect(students.students.length).toBeGreaterThan(5);
  });
});
