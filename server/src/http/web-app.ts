import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Express } from 'express';
import expressStaticGzip from 'express-static-gzip';

/**
 * The server's own paths (API, files, reports, health), missing assets, and any missing file (a last segment with an
 * extension, e.g. /favicon.png or /robots.txt) are not the portal: they answer 404. Every other GET is a client route.
 */
const NOT_THE_PORTAL = /^\/(graphql|api|reports|healthz|assets)(\/|$)|\.[a-z0-9]+$/i;

/** The build writes .br and .gz beside each file (web/vite.config.mts); brotli goes to browsers that accept it, gzip to the rest. */
const PRECOMPRESSED: expressStaticGzip.ExpressStaticGzipOptions = { enableBrotli: true, orderPreference: ['br', 'gz'], index: false };

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
  app.use('/assets', expressStaticGzip(join(dist, 'assets'), { ...PRECOMPRESSED, serveStatic: { immutable: true, maxAge: '1y', index: false } }));
  app.use(expressStaticGzip(dist, { ...PRECOMPRESSED, serveStatic: { index: false } }));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_THE_PORTAL.test(req.path)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
