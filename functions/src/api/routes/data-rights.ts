import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { exportFiles } from '../../domain/data-rights/files.js';
import { DeleteStudentRequest, DeleteStudentResponse, StudentExport } from '../../domain/data-rights/schemas.js';
import { detail, notFound, ruleBroken } from '../../domain/errors.js';
import { zip } from '../../domain/export/zip.js';
import { deleteStudent } from '../../services/student-deletion.js';
import { studentExport } from '../../services/student-export.js';
import { audit, auditRecord } from '../audit.js';
import { authorizeOnAccount } from '../authorize.js';
import type { AppEnv } from '../env.js';
import { ERRORS, jsonBody, jsonContent } from '../openapi.js';

const UserParams = z.strictObject({ userId: z.string().min(1).max(40) });
const COMMON = { 400: ERRORS[400], 401: ERRORS[401], 403: ERRORS[403], 404: ERRORS[404] };

const exportJson = createRoute({
  method: 'get',
  path: '/api/accounts/{userId}/export',
  tags: ['data rights'],
  summary: 'Everything held about one student, as one JSON download (the admin of the student’s school; audited)',
  request: { params: UserParams },
  responses: { 200: jsonContent(StudentExport, 'The student’s data, as an attachment'), ...COMMON },
});

const exportZip = createRoute({
  method: 'get',
  path: '/api/accounts/{userId}/export.zip',
  tags: ['data rights'],
  summary: 'The same as a ZIP of data.json and CSV files for Excel (the admin of the student’s school; audited)',
  request: { params: UserParams },
  responses: { 200: { description: 'ZIP archive', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } }, ...COMMON },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/accounts/{userId}',
  tags: ['data rights'],
  summary:
    'Delete a student: personal data everywhere; anonymous aggregates stay. Repeating it after a failure finishes it (the admin of the student’s school; audited)',
  request: { params: UserParams, ...jsonBody(DeleteStudentRequest) },
  responses: { 200: jsonContent(DeleteStudentResponse, 'Deleted'), ...COMMON, 422: ERRORS[422] },
});

const attachment = (c: Context<AppEnv>, type: string, name: string) => {
  c.header('Content-Type', type);
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  c.header('Cache-Control', 'no-store');
};

export function dataRightsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(exportJson, async (c) => {
    const account = await authorizeOnAccount(c, 'student.export', c.req.valid('param').userId);
    const data = await studentExport(c.get('deps'), account);
    await audit(c, 'student.export', { type: 'account', id: account.id, path: account.orgPath });
    attachment(c, 'application/json; charset=utf-8', `student-${account.id}.json`);
    return c.json(data, 200);
  });

  app.openapi(exportZip, async (c) => {
    const deps = c.get('deps');
    const account = await authorizeOnAccount(c, 'student.export', c.req.valid('param').userId);
    const archive = zip(exportFiles(await studentExport(deps, account)), new Date(deps.now()));
    await audit(c, 'student.export', { type: 'account', id: account.id, path: account.orgPath });
    attachment(c, 'application/zip', `student-${account.id}.zip`);
    return c.body(new Uint8Array(archive), 200);
  });

  app.openapi(remove, async (c) => {
    const deps = c.get('deps');
    const account = await authorizeOnAccount(c, 'student.delete', c.req.valid('param').userId);
    const { reason, confirm } = c.req.valid('json');
    if (confirm !== account.username)
      throw ruleBroken('Type the student’s username to confirm', [detail('confirm', 'confirm_mismatch', 'does not match the username')]);
    // The entry names the account by its id only: once deleted, that id leads to nothing.
    const record = auditRecord(c, 'student.delete', { type: 'account', id: account.id, path: account.orgPath });
    if ((await deleteStudent(deps, account, reason, record)) === 'gone') throw notFound('Account');
    return c.json({ userId: account.id, reason, deletedAt: new Date(deps.now()).toISOString() }, 200);
  });
}
