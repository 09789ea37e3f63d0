import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { existsSync } from 'node:fs';
import { buildApiDocument, type ApiDocument } from '../api/api-document.js';
import { createApp } from '../api/app.js';
import type { Deps } from '../services/deps.js';
import type { LocalBlobStore } from '../store/blobs/local-blobs.js';
import { ALL_API_GROUPS } from '../api/group-routes/all.js';
import { staticFiles } from './static-files.js';

/** The local server serves the blobs itself (/blobs/*), where in AWS the browser goes to S3. */
export type LocalDeps = Deps & { blobs: LocalBlobStore };

/**
 * One Node process: every API group under /api, the blob store's URLs under /blobs and the built SPA
 * for everything else, with the same security headers, compression and caching headers CloudFront
 * gives in AWS.
 */
export function createLocalServer(deps: LocalDeps, webDir: string) {
  // Built on first request from the routes this process mounts, so it follows the code as it changes.
  let document: Promise<ApiDocument> | undefined;
  const api = createApp(deps, ALL_API_GROUPS, { apiDocument: () => (document ??= buildApiDocument(ALL_API_GROUPS)) });
  const root = new Hono();
  root.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  root.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  root.route('/blobs', deps.blobs.routes(deps.now));
  if (existsSync(webDir)) {
    root.get('*', staticFiles(webDir));
  } else {
    root.get('*', (c) => c.text('The web app is not built yet: run `npm run build`.', 503));
  }
  return root;
}

export function listen(app: Hono, port: number, hostname = '127.0.0.1'): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, () => resolve(server));
    server.once('error', reject);
  });
}
