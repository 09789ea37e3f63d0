import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { notFound } from '../../domain/errors.js';
import { certificatesOfStudent, getCertificate } from '../../store/attempts.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonContent } from '../openapi.js';

const Certificate = z.object({
  code: z.string(),
  quizId: z.string(),
  quizTitle: z.object({ zh: z.string(), en: z.string() }),
  studentName: z.string(),
  schoolName: z.object({ zh: z.string(), en: z.string() }),
  percent: z.number().int(),
  issuedAt: z.string(),
});

const mineRoute = createRoute({
  method: 'get',
  path: '/api/me/certificates',
  tags: ['certificates'],
  summary: 'The signed-in student’s certificates',
  responses: { 200: jsonContent(z.object({ certificates: z.array(Certificate) }), 'Certificates'), 401: ERRORS[401] },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/api/certificates/{code}',
  tags: ['certificates'],
  summary: 'Verify a certificate by its code (public: no sign-in). Shows what the certificate itself shows',
  request: { params: z.strictObject({ code: z.string().regex(/^[A-Z0-9]{6,20}$/) }) },
  responses: { 200: jsonContent(z.object({ certificate: Certificate }), 'Valid'), 400: ERRORS[400], 404: ERRORS[404] },
});

const publicView = ({ code, quizId, quizTitle, studentName, schoolName, percent, issuedAt }: z.infer<typeof Certificate>) => ({ code, quizId, quizTitle, studentName, schoolName, percent, issuedAt });

export function certificateRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(mineRoute, async (c) => {
    const session = requireSession(c);
    const certificates = await certificatesOfStudent(c.get('deps').db, session.userId);
    return c.json({ certificates: certificates.map(publicView) }, 200);
  });

  app.openapi(verifyRoute, async (c) => {
    const certificate = await getCertificate(c.get('deps').db, c.req.valid('param').code);
    if (!certificate) throw notFound('Certificate');
    return c.json({ certificate: publicView(certificate) }, 200);
  });
}
