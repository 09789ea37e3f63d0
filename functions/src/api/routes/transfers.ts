import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { conflict, notFound } from '../../domain/errors.js';
import { idFromKey, newId } from '../../domain/ids.js';
import {
  AcceptTransferRequest,
  acceptProblem,
  SchoolId,
  transferProblem,
  TransferRequest,
  TransferResponse,
  TransfersResponse,
  type Transfer,
} from '../../domain/transfers/transfer.js';
import { getAccount } from '../../store/accounts.js';
import { getUnit, requireUnit } from '../../store/org.js';
import { acceptTransfer, closeTransfer, createTransfer, getTransfer, transfersOfSchool } from '../../store/transfers.js';
import { sessionsChanged } from '../../services/session-check.js';
import { audit } from '../audit.js';
import { authorize, authorizeOnAccount } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, IdempotencyHeaders, jsonBody, jsonContent } from '../openapi.js';

const SchoolParams = z.strictObject({ schoolId: SchoolId });
const TransferParams = z.strictObject({ schoolId: SchoolId, transferId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const requestRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/transfers',
  tags: ['transfers'],
  summary: 'The sending school asks another school to take a student (转学); with an Idempotency-Key a retry finds the same request',
  request: { params: SchoolParams, headers: IdempotencyHeaders, ...jsonBody(TransferRequest) },
  responses: { 201: jsonContent(TransferResponse, 'Asked'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const listRoute = createRoute({
  method: 'get',
  path: '/api/schools/{schoolId}/transfers',
  tags: ['transfers'],
  summary: 'The transfers a school asked for and those it received, newest first',
  request: { params: SchoolParams },
  responses: { 200: jsonContent(TransfersResponse, 'Transfers'), ...COMMON },
});
const acceptRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/transfers/{transferId}/accept',
  tags: ['transfers'],
  summary: 'The receiving school takes the student into one of its classes: account, history and the counters of both sides move at once',
  request: { params: TransferParams, ...jsonBody(AcceptTransferRequest) },
  responses: { 200: jsonContent(TransferResponse, 'Accepted'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});
const declineRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/transfers/{transferId}/decline',
  tags: ['transfers'],
  summary: 'The receiving school declines; the student stays where they are',
  request: { params: TransferParams },
  responses: { 200: jsonContent(TransferResponse, 'Declined'), ...COMMON, 409: ERRORS[409] },
});

const cancelRoute = createRoute({
  method: 'post',
  path: '/api/schools/{schoolId}/transfers/{transferId}/cancel',
  tags: ['transfers'],
  summary: 'The sending school withdraws a request that has no answer yet; the student stays where they are',
  request: { params: TransferParams },
  responses: { 200: jsonContent(TransferResponse, 'Withdrawn'), ...COMMON, 409: ERRORS[409] },
});

/** A school whose transfers the signed-in user manages. */
async function managedSchool(c: Context<AppEnv>, schoolId: string) {
  const school = await requireUnit(c.get('deps').db, schoolId);
  authorize(requireSession(c), 'transfer.manage', { path: school.path, kind: school.kind });
  return school;
}

/** A transfer the school received (`to`) or asked for (`from`), once the signed-in user is found to manage that school. */
async function transferOf(c: Context<AppEnv>, side: 'to' | 'from', schoolId: string, transferId: string): Promise<Transfer> {
  await managedSchool(c, schoolId);
  const transfer = await getTransfer(c.get('deps').db, schoolId, transferId);
  if (!transfer || transfer[side].id !== schoolId) throw notFound('Transfer');
  return transfer;
}

/** Declines (the receiving school) or withdraws (the sending school) a pending transfer; a repeat gets the same answer. */
async function closing(c: Context<AppEnv>, transfer: Transfer, status: 'declined' | 'cancelled') {
  const { db, now } = c.get('deps');
  if (transfer.status === status) return c.json({ transfer }, 200);
  if ((await closeTransfer(db, transfer, status, now())) === 'decided') throw conflict('This transfer has been answered already');
  return c.json({ transfer: { ...transfer, status, decidedAt: new Date(now()).toISOString() } }, 200);
}

export function transferRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(requestRoute, async (c) => {
    const { db, now } = c.get('deps');
    const session = requireSession(c);
    const { schoolId } = c.req.valid('param');
    const { studentId, toSchoolId } = c.req.valid('json');
    const from = await managedSchool(c, schoolId);
    const student = await authorizeOnAccount(c, 'student.move', studentId);
    if (student.role !== 'student' || !student.orgPath.startsWith(`${from.path}/`)) throw notFound('Student');
    const to = await requireUnit(db, toSchoolId);
    const problem = transferProblem(from, to);
    if (problem) throw problem;
    const key = c.req.valid('header')['idempotency-key'];
    const transfer: Transfer = {
      id: key ? idFromKey('trf', session.userId, key) : newId('trf'),
      studentId: student.id,
      studentName: student.displayName,
      ...(student.studentNumber ? { studentNumber: student.studentNumber } : {}),
      ...(student.grade === undefined ? {} : { grade: student.grade }),
      fromClassId: student.orgId,
      from: { id: from.id, name: from.name },
      to: { id: to.id, name: to.name },
      status: 'pending',
      requestedBy: session.userId,
      requestedAt: new Date(now()).toISOString(),
    };
    const outcome = await createTransfer(db, transfer);
    if (outcome === 'pending') throw conflict('This student has a transfer waiting for an answer already');
    const stored = outcome === 'exists' ? await getTransfer(db, from.id, transfer.id) : transfer;
    if (outcome === 'created') await audit(c, 'student.transfer', { type: 'account', id: student.id, path: student.orgPath });
    return c.json({ transfer: stored! }, 201);
  });

  app.openapi(listRoute, async (c) => {
    const { schoolId } = c.req.valid('param');
    await managedSchool(c, schoolId);
    const transfers = await transfersOfSchool(c.get('deps').db, schoolId);
    return c.json({ incoming: transfers.filter((t) => t.to.id === schoolId), outgoing: transfers.filter((t) => t.from.id === schoolId) }, 200);
  });

  app.openapi(acceptRoute, async (c) => {
    const { db, now } = c.get('deps');
    const { schoolId, transferId } = c.req.valid('param');
    const transfer = await transferOf(c, 'to', schoolId, transferId);
    const klass = await requireUnit(db, c.req.valid('json').classId);
    const student = await getAccount(db, transfer.studentId);
    if (!student) throw conflict('The student’s account is gone; the sending school deleted it');
    const problem = acceptProblem(transfer, klass, (await getUnit(db, student.orgId)) ?? undefined);
    if (problem) throw problem;
    // A repeat after the acceptance: the same answer.
    if (transfer.status === 'accepted' && transfer.toClassId === klass.id) return c.json({ transfer }, 200);
    const outcome = await acceptTransfer(db, transfer, student, klass, now());
    if (outcome === 'decided') throw conflict('This transfer has been answered already');
    if (outcome === 'already') throw conflict('The student changed class meanwhile; reload and accept again');
    if (outcome === 'number_taken')
      throw conflict(`Student number ${student.studentNumber} is taken in that class; choose another class or change the number first`, {
        field: 'studentNumber',
      });
    sessionsChanged(db, student.id);
    await audit(c, 'student.transfer', { type: 'account', id: student.id, path: klass.path });
    return c.json({ transfer: { ...transfer, status: 'accepted' as const, toClassId: klass.id, decidedAt: new Date(now()).toISOString() } }, 200);
  });

  app.openapi(declineRoute, async (c) => {
    const { schoolId, transferId } = c.req.valid('param');
    return closing(c, await transferOf(c, 'to', schoolId, transferId), 'declined');
  });

  app.openapi(cancelRoute, async (c) => {
    const { schoolId, transferId } = c.req.valid('param');
    return closing(c, await transferOf(c, 'from', schoolId, transferId), 'cancelled');
  });
}
