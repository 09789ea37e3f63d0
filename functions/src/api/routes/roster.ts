import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { generatePassword, hashPassword } from '../../domain/accounts/passwords.js';
import { OneTimePasswordResponse, toUser, User, type Account } from '../../domain/accounts/schemas.js';
import { seal, unseal } from '../../domain/accounts/sealing.js';
import { possiblyUnder14 } from '../../domain/consent/consent.js';
import { printableCredentials } from '../../domain/data-rights/roster-import.js';
import { expiresAtFrom, LIFETIME_SECONDS } from '../../domain/retention/lifetimes.js';
import { conflict, detail, forbidden, notFound, ruleBroken } from '../../domain/errors.js';
import { newId } from '../../domain/ids.js';
import { pathIds, type Unit } from '../../domain/org/units.js';
import { decodeSpreadsheetText, parseCsv } from '../../domain/roster/csv.js';
import { moveProblem } from '../../domain/roster/move.js';
import { buildRosterRows, importedStudentId, MAX_CELL_LENGTH, overlongCell } from '../../domain/roster/rows.js';
import { CommitResponse, PreviewRequest, PreviewResponse, SlipsResponse, StudentsResponse, type Credential } from '../../domain/roster/schemas.js';
import { listMembers, setPassword } from '../../store/accounts.js';
import { requireUnit } from '../../store/org.js';
import { intakeProblem } from '../../domain/school-years/intake.js';
import {
  CHUNK_SIZE,
  getImport,
  markCommitted,
  markCommitting,
  moveStudent,
  reserveUsernameNumbers,
  saveImport,
  writtenChunks,
  studentNamesOfClass,
  studentNumbersOfClass,
  writeStudentChunk,
  type StoredImport,
} from '../../store/roster.js';
import { getSchoolSettings } from '../../store/consent.js';
import { clearUsername } from '../../store/throttle.js';
import { audit } from '../audit.js';
import { sessionsChanged } from '../../services/session-check.js';
import { authorizeOnAccount, authorizeOnUnit } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';
import type { Context } from 'hono';
import type { Deps } from '../../services/deps.js';

const ClassParams = z.strictObject({ classId: z.string().min(1).max(40) });
const ImportParams = z.strictObject({ classId: z.string().min(1).max(40), importId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const listStudents = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/students',
  tags: ['roster'],
  summary: 'The students of a class (its teachers and the school admin only)',
  request: { params: ClassParams, query: z.strictObject({ cursor: z.string().max(2000).optional() }) },
  responses: { 200: jsonContent(StudentsResponse, 'Students'), ...COMMON },
});

const preview = createRoute({
  method: 'post',
  path: '/api/classes/{classId}/roster-imports',
  tags: ['roster'],
  summary: 'Upload a roster CSV (UTF-8, UTF-8 with BOM, GBK or UTF-16) and get a preview with per-row errors',
  request: { params: ClassParams, ...jsonBody(PreviewRequest) },
  responses: { 201: jsonContent(PreviewResponse, 'Preview stored'), ...COMMON, 422: ERRORS[422] },
});

const commit = createRoute({
  method: 'post',
  path: '/api/classes/{classId}/roster-imports/{importId}/commit',
  tags: ['roster'],
  summary: 'Create accounts for the valid rows of a preview; repeating it creates nothing twice',
  request: { params: ImportParams },
  responses: { 200: jsonContent(CommitResponse, 'Committed'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});

const slips = createRoute({
  method: 'get',
  path: '/api/classes/{classId}/roster-imports/{importId}/slips',
  tags: ['roster'],
  summary: 'Credential slips of a committed import (the importer only, for 7 days)',
  request: { params: ImportParams },
  responses: { 200: jsonContent(SlipsResponse, 'Slips'), ...COMMON },
});

const resetPassword = createRoute({
  method: 'post',
  path: '/api/accounts/{userId}/password-reset',
  tags: ['roster'],
  summary: 'A teacher resets a student’s password (or a school admin a teacher’s); the new one is shown once',
  request: { params: z.strictObject({ userId: z.string().min(1).max(40) }) },
  responses: { 200: jsonContent(OneTimePasswordResponse, 'Reset'), ...COMMON },
});

async function classFor(c: Context<AppEnv>, classId: string, action: 'roster.view' | 'roster.import'): Promise<Unit> {
  const klass = await requireUnit(c.get('deps').db, classId);
  await authorizeOnUnit(c, requireSession(c), action, klass);
  const problem = action === 'roster.import' ? intakeProblem(klass, 'classId') : null;
  if (problem) throw problem;
  return klass;
}

async function slipsOf(deps: Deps, klass: Unit, item: StoredImport) {
  const school = await requireUnit(deps.db, klass.parentId!);
  return {
    importId: item.id,
    school: school.name,
    className: klass.name,
    credentials: printableCredentials(unseal<Credential[]>(deps.keys.seal, item.sealedCredentials!)),
    expiresAt: new Date(item.expiresAt * 1000).toISOString(),
  };
}

/** Usernames (from the county's sequence) and one-time passwords for the valid rows of a preview. */
async function issueCredentials(deps: Deps, klass: Unit, item: StoredImport): Promise<Credential[]> {
  const valid = item.rows.filter((row) => row.errors.length === 0);
  const countyId = pathIds(klass.path)[2]!;
  const first = valid.length ? await reserveUsernameNumbers(deps.db, countyId, valid.length) : 0;
  return valid.map((row, index) => ({
    line: row.line,
    name: row.name,
    studentNumber: row.studentNumber,
    username: `${countyId}${first + index}`,
    password: generatePassword(),
  }));
}

async function studentAccount(deps: Deps, klass: Unit, importId: string, credential: Credential): Promise<Account> {
  return {
    id: importedStudentId(importId, credential.line),
    username: credential.username,
    role: 'student',
    displayName: credential.name,
    orgId: klass.id,
    orgPath: klass.path,
    mustChangePassword: false,
    ...(credential.studentNumber ? { studentNumber: credential.studentNumber } : {}),
    ...(klass.grade ? { grade: klass.grade } : {}),
    ...(klass.year ? { year: klass.year } : {}),
    passwordHash: await hashPassword(credential.password, 'generated'),
    createdAt: new Date(deps.now()).toISOString(),
  };
}

async function inBatches<T>(items: T[], parallel: number, work: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += parallel) await Promise.all(items.slice(i, i + parallel).map(work));
}

const moveStudentRoute = createRoute({
  method: 'post',
  path: '/api/accounts/{userId}/class',
  tags: ['roster'],
  summary:
    'A school admin moves a student to another class of the school, with the account and its history; the counters of both classes move once and the student signs in again',
  request: { params: z.strictObject({ userId: z.string().min(1).max(40) }), ...jsonBody(z.strictObject({ classId: z.string().min(1).max(40) })) },
  responses: { 200: jsonContent(z.object({ user: User }), 'Moved, or there already'), ...COMMON, 409: ERRORS[409], 422: ERRORS[422] },
});

export function rosterRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(moveStudentRoute, async (c) => {
    const { db, now } = c.get('deps');
    const student = await authorizeOnAccount(c, 'student.move', c.req.valid('param').userId);
    const to = await requireUnit(db, c.req.valid('json').classId);
    // A replay after the move finds the student there already: the same answer, nothing moved twice.
    if (student.orgId === to.id) return c.json({ user: toUser(student) }, 200);
    const problem = moveProblem(await requireUnit(db, student.orgId), to);
    if (problem) throw problem;
    const outcome = await moveStudent(db, student, to, now());
    if (outcome === 'number_taken')
      throw conflict(`Student number ${student.studentNumber} is taken in the class; change one of the two first`, { field: 'studentNumber' });
    if (outcome === 'already') throw conflict('The student was moved meanwhile; reload the class');
    sessionsChanged(db, student.id);
    await audit(c, 'student.move', { type: 'account', id: student.id, path: to.path });
    return c.json({ user: { ...toUser(student), orgId: to.id, orgPath: to.path, grade: to.grade } }, 200);
  });

  app.openapi(listStudents, async (c) => {
    const { db } = c.get('deps');
    const klass = await classFor(c, c.req.valid('param').classId, 'roster.view');
    const [page, settings] = await Promise.all([listMembers(db, klass.id, 'student', c.req.valid('query').cursor), getSchoolSettings(db, klass.parentId!)]);
    await audit(c, 'roster.view', { type: 'class', id: klass.id, path: klass.path });
    const students = page.items.map((s) => ({ ...toUser(s), possiblyUnder14: possiblyUnder14(s.grade), guardianConsent: s.guardianConsent ?? null }));
    return c.json({ students, cursor: page.cursor, consentRequired: settings.consentRequired }, 200);
  });

  app.openapi(preview, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const klass = await classFor(c, c.req.valid('param').classId, 'roster.import');
    const body = c.req.valid('json');
    const bytes = Buffer.from(body.contentBase64, 'base64');
    if (bytes.length === 0) throw ruleBroken('The file is empty', [detail('contentBase64', 'file_empty', 'no bytes')]);
    const { text, encoding } = decodeSpreadsheetText(bytes);
    const cells = parseCsv(text);
    const overlong = overlongCell(cells);
    if (overlong)
      throw ruleBroken(
        `Line ${overlong.line} has a cell of ${overlong.length} characters; a class list has none over ${MAX_CELL_LENGTH}. Is this the right file?`,
        [
          detail('contentBase64', 'cell_too_long', `line ${overlong.line}: a cell longer than ${MAX_CELL_LENGTH} characters`, {
            line: overlong.line,
            length: overlong.length,
            maximum: MAX_CELL_LENGTH,
          }),
        ],
      );
    const [numbers, names] = await Promise.all([studentNumbersOfClass(deps.db, klass.id), studentNamesOfClass(deps.db, klass.id)]);
    const parsed = buildRosterRows(cells, numbers, names);
    const item: StoredImport = {
      id: newId('imp'),
      classId: klass.id,
      fileName: body.fileName,
      encoding,
      status: 'preview',
      rows: parsed.rows,
      fileErrors: parsed.fileErrors,
      validCount: parsed.rows.filter((r) => r.errors.length === 0).length,
      errorCount: parsed.rows.filter((r) => r.errors.length > 0).length,
      createdAt: new Date(deps.now()).toISOString(),
      createdBy: session.userId,
      expiresAt: expiresAtFrom(deps.now(), LIFETIME_SECONDS.importPreview),
    };
    await saveImport(deps.db, item);
    const { createdBy: _by, expiresAt: _exp, ...view } = item;
    return c.json({ import: view }, 201);
  });

  app.openapi(commit, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { classId, importId } = c.req.valid('param');
    const klass = await classFor(c, classId, 'roster.import');
    let item = await getImport(deps.db, klass.id, importId, deps.now());
    if (item.createdBy !== session.userId) throw forbidden('Only the person who uploaded this file can commit it');
    if (item.fileErrors.length > 0) throw ruleBroken('The file could not be read; fix it and upload again');
    if (item.status === 'preview') {
      const expiresAt = expiresAtFrom(deps.now(), LIFETIME_SECONDS.importSlips);
      await markCommitting(deps.db, item, seal(deps.keys.seal, await issueCredentials(deps, klass, item)), expiresAt);
      item = await getImport(deps.db, klass.id, importId, deps.now());
    }
    const credentials = unseal<Credential[]>(deps.keys.seal, item.sealedCredentials!);
    const written = await writtenChunks(deps.db, item.id);
    const pending = Array.from({ length: Math.ceil(credentials.length / CHUNK_SIZE) }, (_, i) => i).filter((i) => !written.has(i));
    await inBatches(pending, 4, async (chunk) => {
      const slice = credentials.slice(chunk * CHUNK_SIZE, (chunk + 1) * CHUNK_SIZE);
      const accounts = await Promise.all(slice.map((credential) => studentAccount(deps, klass, item.id, credential)));
      await writeStudentChunk(deps.db, item.id, chunk, klass.path, accounts, deps.now(), item.expiresAt);
    });
    if (item.status !== 'committed') await markCommitted(deps.db, item);
    return c.json(
      { importId: item.id, created: credentials.length, skipped: item.rows.length - credentials.length, slips: await slipsOf(deps, klass, item) },
      200,
    );
  });

  app.openapi(slips, async (c) => {
    const session = requireSession(c);
    const deps = c.get('deps');
    const { classId, importId } = c.req.valid('param');
    const klass = await classFor(c, classId, 'roster.import');
    const item = await getImport(deps.db, klass.id, importId, deps.now());
    if (item.createdBy !== session.userId) throw forbidden('Only the person who imported these students can print their slips');
    if (!item.sealedCredentials) throw notFound('Slips (the import is not committed)');
    const slipsView = await slipsOf(deps, klass, item);
    await audit(c, 'slips.download', { type: 'import', id: item.id, path: klass.path });
    return c.json(slipsView, 200);
  });

  app.openapi(resetPassword, async (c) => {
    const { db } = c.get('deps');
    const account = await authorizeOnAccount(c, 'password.reset', c.req.valid('param').userId);
    const oneTimePassword = generatePassword();
    const mustChangePassword = account.role !== 'student';
    await setPassword(db, account.id, await hashPassword(oneTimePassword, 'generated'), mustChangePassword);
    // A reset ends the old sessions and lifts the sign-in delays: the owner gets straight back in.
    sessionsChanged(db, account.id);
    await clearUsername(db, account.username);
    await audit(c, 'password.reset', { type: 'account', id: account.id, path: account.orgPath });
    return c.json({ user: toUser({ ...account, mustChangePassword }), oneTimePassword }, 200);
  });
}
