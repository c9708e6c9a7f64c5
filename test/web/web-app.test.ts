import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp, webDistDir } from '../../server/src/http/web-app';

/** Stands for a built chunk; what the .br and .gz beside it decode to. */
const BUNDLE = 'console.log("compressed at build time")';
const brotliDecompressed = (body: Buffer) => brotliDecompressSync(body).toString();
const gunzipped = (body: Buffer) => gunzipSync(body).toString();

/** The server's side of the portal: the built files, deep links, and the API paths left alone. */
describe('serving the built web portal', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), 'p135-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    // As the build writes them (web/vite.config.mts): a .br and a .gz beside the file.
    writeFileSync(join(dist, 'assets', 'index-abc123.js.br'), brotliCompressSync(BUNDLE));
    writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), gzipSync(BUNDLE));
    writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const app = express();
    app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
    serveWebApp(app, dist);
    server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** node:http, not fetch: fetch always asks for and decodes compressed bodies itself. */
  function get(path: string, acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      request(url + path, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', reject)
        .end();
    });
  }

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

  it('sends the precompressed asset the client accepts: brotli first, gzip otherwise, the plain file to the rest', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toContain('javascript');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressed(br.body)).toBe(BUNDLE);

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipped(gz.body)).toBe(BUNDLE);

    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log(1)');
  });

  it('serves the favicon, and answers a missing file or asset with 404 rather than the portal', async () => {
    const icon = await fetch(`${url}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toContain('image/svg+xml');
    for (const path of ['/favicon.ico', '/favicon.png', '/robots.txt', '/assets/missing.js', '/assets/missing.css', '/participants/12/photo.jpg']) {
      const response = await fetch(url + path);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<title>portal</title>');
    }
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
