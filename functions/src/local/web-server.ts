import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { existsSync } from 'node:fs';
import { buildApiDocument, type ApiDocument } from '../api/api-document.js';
import { createApp } from '../api/app.js';
import type { Deps } from '../services/deps.js';
import { ALL_API_GROUPS } from '../api/group-routes/all.js';
import { staticFiles } from './static-files.js';

/**
 * One Node process: every API group under /api and the built SPA for everything else, with the same
 * security headers, compression and caching headers CloudFront gives in AWS.
 */
export function createLocalServer(deps: Deps, webDir: string) {
  // Built on first request from the routes this process mounts, so it follows the code as it changes.
  let document: ApiDocument | undefined;
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
