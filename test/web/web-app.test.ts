import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp, webDistDir } from '../../server/src/http/web-app';

/** The server's side of the portal: the built files, deep links, and the API paths left alone. */
describe('serving the built web portal', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'p135-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = express();
    app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
    serveWebApp(app, dist);
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers / and any client-side route with index.html, never cached', async () => {
    for (const path of ['/', '/participants/12', '/province?year=2026']) {
      const response = await fetch(url + path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-cache');
      expect(await response.text(), path).toContain('<title>portal</title>');
    }
  });

  it('serves hashed assets cached for a year, and a missing one as 404 rather than index.html', async () => {
    const asset = await fetch(`${url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${url}/assets/gone.js`)).status).toBe(404);
  });

  it('leaves the API paths to the API', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    for (const path of ['/graphql', '/api/exports/participants.csv', '/reports/province.xlsx']) {
      const response = await fetch(url + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<title>portal</title>');
    }
    expect((await fetch(url + '/', { method: 'POST' })).status).toBe(404);
  });

  it('finds web/dist from the server’s own files (sources or compiled), whatever the working directory', () => {
    const repo = mkdtempSync(join(tmpdir(), 'p135-repo-'));
    mkdirSync(join(repo, 'dist/server/src/http'), { recursive: true });
    mkdirSync(join(repo, 'web/dist'), { recursive: true });
    writeFileSync(join(repo, 'package.json'), '{}');
    expect(webDistDir(join(repo, 'dist/server/src/http'))).toBeNull(); // not built yet: no portal, the API still runs
    writeFileSync(join(repo, 'web/dist/index.html'), '<!doctype html>');
    expect(webDistDir(join(repo, 'dist/server/src/http'))).toBe(join(repo, 'web/dist'));
  });
});
