import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer } from '../helpers/server';
import { render, renderForField, type MessageParams } from '../../server/src/shared/messages';
import { withRequestLanguage } from '../../server/src/shared/language';
import { restErrorHandler } from '../../server/src/http/rest-errors';

interface RestError {
  code: string;
  message: string;
  messageKey: string;
  params: MessageParams;
  field?: string;
}

/** The body of a refusal, checked to be `{ error: { code, message, messageKey, params, … } }` and nothing else. */
async function refusal(response: Response): Promise<{ status: number; error: RestError }> {
  const body = (await response.json()) as { error: RestError };
  expect(Object.keys(body)).toEqual(['error']);
  expect(body.error).toMatchObject({ code: expect.any(String), message: expect.any(String), messageKey: expect.any(String), params: expect.any(Object) });
  return { status: response.status, error: body.error };
}

/** What the Vietnamese catalogue says for the error's key, as the server renders it. */
function inVietnamese(error: RestError): string {
  return error.field ? renderForField(error.messageKey, error.field, error.params, 'vi') : render(error.messageKey, error.params, 'vi');
}

/** Every refusal outside GraphQL, whichever route family or guard answers it, reads the same way and speaks Vietnamese unless asked otherwise. */
describe('REST refusals: one shape, in the caller’s language', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    // A small upload limit, so that a file past it is cheap to send.
    f = await tenantFixture({ importMaxBytes: 1024 });
  });
  afterAll(() => f.close());

  const ask = (path: string, headers: Headers = {}, init: RequestInit = {}) =>
    fetch(`${f.server.url}${path}`, { ...init, headers: { ...headers, ...(init.headers as Headers) } });

  it.each([
    ['/api: a template that does not exist', () => ask('/api/templates/nothing.csv'), 404, 'NOT_FOUND'],
    ['/api: an export without credentials', () => ask('/api/export/participants.csv'), 401, 'UNAUTHENTICATED'],
    ['/api: an unknown import kind', () => ask('/api/import/cattle', f.as.manager, { method: 'POST', body: 'a\n' }), 404, 'NOT_FOUND'],
    ['/api: an upload past the limit', () => ask('/api/import/participants', f.as.manager, { method: 'POST', body: 'x'.repeat(4096) }), 413, 'FILE_TOO_LARGE'],
    ['/reports: without credentials', () => ask('/reports/province.xlsx?fiscalYear=2026'), 401, 'UNAUTHENTICATED'],
    ['/reports: a year out of range', () => ask('/reports/province.pdf?fiscalYear=1800', f.as.province), 400, 'BAD_USER_INPUT'],
    [
      'guard: a cross-site POST with a cookie',
      () => ask('/api/import/participants', { cookie: 'theme=dark' }, { method: 'POST', body: 'a\n' }),
      403,
      'FORBIDDEN',
    ],
    ['guard: a mangled session cookie', () => ask('/reports/province.xlsx?fiscalYear=2026', { cookie: 'p135_session=%E0%A4%A' }), 400, 'BAD_REQUEST'],
  ])('%s', async (_story, send, status, code) => {
    const answer = await refusal(await send());
    expect([answer.status, answer.error.code]).toEqual([status, code]);
    expect(answer.error.message).toBe(inVietnamese(answer.error));
  });

  it('guard: the rate limit answers in the same shape', async () => {
    const server = await startTestServer(f.db, {
      rateLimit: { perKey: 100, perAddress: 1, windowMs: 60_000, redisKeyPrefix: `p135:test:${crypto.randomUUID()}:` },
    });
    try {
      await (await fetch(`${server.url}/api/templates/villages.csv`)).arrayBuffer();
      const answer = await refusal(await fetch(`${server.url}/api/templates/villages.csv`));
      expect([answer.status, answer.error.code]).toEqual([429, 'RATE_LIMITED']);
      expect(answer.error.message).toBe(inVietnamese(answer.error));
    } finally {
      await server.close();
    }
  });

  it('the same refusal in English when Accept-Language asks for it', async () => {
    const vietnamese = await refusal(await ask('/reports/district.xlsx?fiscalYear=2026', { cookie: 'p135_session=%E0%A4%A' }));
    const english = await refusal(await ask('/reports/district.xlsx?fiscalYear=2026', { cookie: 'p135_session=%E0%A4%A', 'accept-language': 'en' }));
    expect({ ...english.error, message: undefined }).toEqual({ ...vietnamese.error, message: undefined });
    expect(english.error.message).toBe(render(english.error.messageKey, english.error.params, 'en'));
    expect(english.error.message).not.toBe(vietnamese.error.message);
  });
});

/** What a route throws unexpectedly reaches the app's last handler: masked, coded, and still in the caller's language. */
describe('the last error handler of the HTTP app', () => {
  it('answers an unexpected failure 500 INTERNAL_SERVER_ERROR in the REST shape, without the error’s own text', async () => {
    const app = express();
    app.use(withRequestLanguage);
    app.get('/boom', () => {
      throw new Error('SELECT secret FROM users');
    });
    app.use(restErrorHandler);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const answer = await refusal(await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`));
      expect([answer.status, answer.error.code]).toEqual([500, 'INTERNAL_SERVER_ERROR']);
      expect(answer.error.message).toBe(inVietnamese(answer.error));
      expect(JSON.stringify(answer.error)).not.toContain('secret');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
