import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { webSignIn } from '../helpers/web-session';
import { DEMO_PASSWORD } from '../../seeds/demo-accounts';
import { createLogger, logger } from '../../server/src/logger';
import { currentRequestId, requestStore } from '../../server/src/shared/request-store';

interface AccessLine {
  level: number;
  reqId?: string;
  req: { id: string; method: string; url: string };
  res: { statusCode: number };
  responseTime: number;
  msg: string;
}

/** A logger like the process's, at info, whose lines the test reads. */
function capturedLogger() {
  const lines: string[] = [];
  return { lines, logger: createLogger('info', { write: (line: string) => void lines.push(line) }) };
}

const SIGN_IN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** Access lines tell who asked what and how it went; they never hold what a request carries (docs/SECURITY.md). */
describe('access logs with request ids', () => {
  let f: TenantFixture;
  let server: TestServer;
  const log = capturedLogger();
  const accessLines = () => log.lines.map((line) => JSON.parse(line) as AccessLine).filter((line) => line.req !== undefined);

  beforeAll(async () => {
    f = await tenantFixture();
    server = await startTestServer(f.db, { logger: log.logger });
  });
  afterAll(async () => {
    await server.close();
    await f.close();
  });

  it('a sign-in is logged with its id, method, URL, status and duration, and nothing of its password, token or cookies', async () => {
    const web = await webSignIn(server, 'huyen-071');
    const token = f.as.manager.authorization;
    log.lines.length = 0;
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-135.a:1', cookie: `${web.cookie}; theme=dark`, authorization: token },
      body: JSON.stringify({ query: SIGN_IN, variables: { u: 'huyen-071', p: DEMO_PASSWORD } }),
    });
    const answer = (await response.json()) as { data: { login: { token: string } } };
    expect(response.headers.get('x-request-id')).toBe('trace-135.a:1');
    expect(accessLines()).toEqual([
      expect.objectContaining({
        req: { id: 'trace-135.a:1', method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
        msg: 'request completed',
      }),
    ]);
    const written = log.lines.join('\n');
    const secrets = [DEMO_PASSWORD, web.cookie.split('=')[1], token.replace('Bearer ', ''), answer.data.login.token, 'theme=dark'];
    expect(secrets.filter((secret) => written.includes(secret))).toEqual([]);
    expect(written).not.toMatch(/authorization|cookie|headers|variables/i);
  });

  it('gives a request without an id, or with a malformed or oversized one, a new id, answered and logged alike', async () => {
    const sent = [undefined, 'two words', 'a'.repeat(65), 'naïve'];
    log.lines.length = 0;
    const answered: string[] = [];
    for (const id of sent) {
      const response = await fetch(`${server.url}/api/templates/villages.csv`, { headers: id === undefined ? {} : { 'x-request-id': id } });
      await response.arrayBuffer();
      answered.push(response.headers.get('x-request-id') ?? '');
    }
    expect(answered.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
    expect(new Set(answered).size).toBe(sent.length);
    expect(accessLines().map((line) => line.req.id)).toEqual(answered);
  });

  it('logs the URL without the values of search terms, which may be names or ID numbers', async () => {
    log.lines.length = 0;
    const response = await fetch(`${server.url}/api/export/participants.csv?search=001234567890&fiscalYear=2026&communeId=7`, { headers: f.as.province });
    await response.arrayBuffer();
    expect(accessLines().map((line) => [line.req.url, line.res.statusCode])).toEqual([
      ['/api/export/participants.csv?search=~&fiscalYear=2026&communeId=7', 200],
    ]);
    expect(log.lines.join('\n')).not.toContain('001234567890');
  });
});

describe('error lines name their request', () => {
  it('a line written while serving a request carries its id; one written outside carries none', () => {
    const log = capturedLogger();
    requestStore.run({ language: 'vi', requestId: 'req-42' }, () => log.logger.error('inside'));
    log.logger.error('outside');
    expect(log.lines.map((line) => (JSON.parse(line) as { reqId?: string }).reqId)).toEqual(['req-42', undefined]);
  });

  it('a route that fails logs its error under the id its answer carries', async () => {
    const f = await tenantFixture();
    const seen: (string | null)[] = [];
    const spies = [vi.spyOn(logger, 'error'), vi.spyOn(logger, 'warn')].map((spy) => spy.mockImplementation(() => void seen.push(currentRequestId())));
    try {
      await f.db.destroy();
      const response = await fetch(`${f.server.url}/api/export/villages.csv`, { headers: { ...f.as.province, 'x-request-id': 'broken-db-1' } });
      expect(response.status).toBeGreaterThanOrEqual(500);
      expect(response.headers.get('x-request-id')).toBe('broken-db-1');
      expect(seen).toContain('broken-db-1');
    } finally {
      for (const spy of spies) spy.mockRestore();
      await f.db.initialize();
      await f.close();
    }
  });
});
