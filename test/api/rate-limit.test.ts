import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';
import type { RateLimitConfig } from '../../server/src/config';

interface Answer {
  status: number;
  retryAfter: string | null;
  statements: number;
  body: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] };
}

async function ask(server: TestServer, headers: Headers, body: unknown = { query: '{ me { kind } }' }): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), statements: Number(response.headers.get('x-sql-statements')), body: (await response.json()) as Answer['body'] };
}

const limits = (overrides: Partial<RateLimitConfig>): RateLimitConfig => ({ perKey: 1000, perAddress: 1000, windowMs: 60_000, redisKeyPrefix: `p135:test:${crypto.randomUUID()}:`, ...overrides });

/** A key that floods the API is told to wait, and is served again once its window has passed. */
describe('rate limits', () => {
  let f: TenantFixture;
  let key: IssuedKey;
  let other: IssuedKey;

  beforeAll(async () => {
    f = await tenantFixture();
    key = await issueApiKey(f.server, f.as.province, 'Khoá vội vàng', f.lamBinh.id);
    other = await issueApiKey(f.server, f.as.province, 'Khoá khác', f.lamBinh.id);
  });
  afterAll(() => f.close());

  it('per key: over the allowance answers 429 RATE_LIMITED with Retry-After, runs no SQL, and recovers after the window', async () => {
    const server = await startTestServer(f.db, { rateLimit: limits({ perKey: 3, windowMs: 1500 }) });
    try {
      for (let i = 0; i < 3; i++) expect((await ask(server, key.headers)).status).toBe(200);
      const refused = await ask(server, key.headers);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(refused.body.errors?.[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.retryAfter) });
      expect(refused.statements).toBe(0);
      // another key from the same address is not held back by this key's allowance
      expect((await ask(server, other.headers)).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      expect((await ask(server, key.headers)).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('per address: anonymous and signed-in callers alike, and a batch counts each of its operations', async () => {
    const server = await startTestServer(f.db, { rateLimit: limits({ perAddress: 4 }) });
    try {
      expect((await ask(server, {}, [{ query: '{ __typename }' }, { query: '{ __typename }' }, { query: '{ __typename }' }])).status).toBe(200);
      expect((await ask(server, f.as.province)).status).toBe(200);
      const refused = await ask(server, other.headers);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    } finally {
      await server.close();
    }
  });
});

/**
 * With REDIS_URL the counters live in Redis, so instances behind a load balancer share them. CI sets
 * TEST_REDIS_URL (Redis at 127.0.0.1:6379) and must fail, not skip, when it is missing.
 */
const redisUrl = process.env.TEST_REDIS_URL;
const onCi = process.env.CI === 'true';

describe.skipIf(!redisUrl && !onCi)('rate limits shared through Redis', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    if (!redisUrl) throw new Error('CI=true but TEST_REDIS_URL is not set: the shared rate-limit store cannot be tested');
    f = await tenantFixture();
  });
  afterAll(() => f?.close());

  it('two server instances on one database share one counter per key', async () => {
    const key = await issueApiKey(f.server, f.as.province, 'Khoá hai máy', f.lamBinh.id);
    const shared = limits({ perKey: 4, windowMs: 10_000 });
    const first = await startTestServer(f.db, { redisUrl, rateLimit: shared });
    const second = await startTestServer(f.db, { redisUrl, rateLimit: shared });
    try {
      const statuses = [];
      for (const server of [first, second, first, second, first, second]) statuses.push((await ask(server, key.headers)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
      // a different prefix is a different portal: its counters start afresh
      const elsewhere = await startTestServer(f.db, { redisUrl, rateLimit: limits({ perKey: 4, windowMs: 10_000 }) });
      try {
        expect((await ask(elsewhere, key.headers)).status).toBe(200);
      } finally {
        await elsewhere.close();
      }
    } finally {
      await first.close();
      await second.close();
    }
  });
});
