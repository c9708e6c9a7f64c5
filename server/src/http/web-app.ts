import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import express, { type Express } from 'express';

/** The server's own paths (API, files, reports, health) and missing assets are not the portal; every other GET is. */
const NOT_THE_PORTAL = /^\/(graphql|api|reports|healthz|assets)(\/|$)/;

/** web/dist of the repository, found from this file whether it runs from server/src or dist/server/src. */
export function webDistDir(start = __dirname): string | null {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'web', 'dist');
    if (existsSync(join(dir, 'package.json')) && existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return null;
}

/**
 * Serves the built portal: hashed assets cached for good, index.html never cached, and any other
 * GET that is not the API answered with index.html so deep links (/participants/12) work.
 */
export function serveWebApp(app: Express, dist = webDistDir()): void {
  if (!dist) return;
  const index = resolve(dist, 'index.html');
  app.use('/assets', express.static(join(dist, 'assets'), { immutable: true, maxAge: '1y' }));
  app.use(express.static(dist, { index: false }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_PORTAL.test(req.path)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
