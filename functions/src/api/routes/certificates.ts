import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CertificateResponse, CertificatesResponse, publicCertificate } from '../../domain/certificates/schemas.js';
import { DomainError } from '../../domain/errors.js';
import { certificatesOf, getCertificate } from '../../store/certificates.js';
import type { AppEnv } from '../env.js';
import { requireSession } from '../middleware/session.js';
import { ERRORS, jsonContent } from '../openapi.js';

const mineRoute = createRoute({
  method: 'get',
  path: '/api/me/certificates',
  tags: ['certificates'],
  summary: 'The signed-in user’s certificates: competition results, contest awards, and awards as supervising teacher',
  responses: { 200: jsonContent(CertificatesResponse, 'Certificates'), 401: ERRORS[401] },
});

const verifyRoute = createRoute({
  method: 'get',
  path: '/api/certificates/{code}',
  tags: ['certificates'],
  summary: 'Verify a certificate by its code (public: no sign-in). Shows what the certificate itself shows',
  request: { params: z.strictObject({ code: z.string().regex(/^[A-Z0-9]{6,20}$/) }) },
  responses: { 200: jsonContent(CertificateResponse, 'Valid'), 400: ERRORS[400], 404: ERRORS[404] },
});

export function certificateRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(mineRoute, async (c) => {
    const session = requireSession(c);
    const certificates = await certificatesOf(c.get('deps').db, session.userId);
    return c.json({ certificates: certificates.map(publicCertificate) }, 200);
  });

  app.openapi(verifyRoute, async (c) => {
    const certificate = await getCertificate(c.get('deps').db, c.req.valid('param').code);
    // A mistyped code is far likelier than a forgery, so the answer asks to check it and accuses no one.
    if (!certificate) throw new DomainError('not_found', 'No certificate has this code — check the code');
    return c.json({ certificate: publicCertificate(certificate) }, 200);
  });
}
