import crypto from 'node:crypto';
import argon2 from 'argon2';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { DEFAULT_SIGN_IN, type SignInConfig } from '../../server/src/config';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token me { name } } }';
const RIGHT = 'demo135';

interface Answer {
  status: number;
  ms: number;
  code: unknown;
  name: string | undefined;
  device: string | null;
}

/**
 * One sign-in over HTTP as a client at `address`: the test talks from loopback, which the default
 * TRUST_PROXY trusts, so X-Forwarded-For names the client the way a proxy in front of the portal would.
 */
async function login(server: TestServer, username: string, password: string, address: string, cookie?: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await response.json()) as { data?: { login: { me: { name: string } } }; errors?: { extensions?: { code?: unknown } }[] };
  const device = response.headers.getSetCookie().find((c) => c.startsWith('p135_device='));
  return {
    status: response.status,
    ms: performance.now() - started,
    code: body.errors?.[0]?.extensions?.code,
    name: body.data?.login.me.name,
    device: device?.split(';')[0] ?? null,
  };
}

/** Counts the password checks argon2 really runs (the expensive part a throttle exists to ration). */
function countVerifies() {
  const original = argon2.verify.bind(argon2);
  const seen = { calls: 0, inFlight: 0, maxInFlight: 0 };
  vi.spyOn(argon2, 'verify').mockImplementation(async (...args: Parameters<typeof argon2.verify>) => {
    seen.calls++;
    seen.inFlight++;
    seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
    try {
      return await original(...args);
    } finally {
      seen.inFlight--;
    }
  });
  return seen;
}

const settings = (overrides: Partial<SignInConfig> = {}): SignInConfig => ({
  ...DEFAULT_SIGN_IN,
  redisKeyPrefix: `p135:test:${crypto.randomUUID()}:`,
  ...overrides,
});

describe('the sign-in throttle', () => {
  let f: TenantFixture;
  let server: TestServer;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());
  afterEach(async () => {
    vi.restoreAllMocks();
    await server?.close();
  });

  it('12 guesses sent at once from one address get at most 5 password checks', async () => {
    server = await startTestServer(f.db, { signIn: settings() });
    const verifies = countVerifies();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(server, 'huyen-070', `guess-${i}`, '198.51.100.1')));
    expect(verifies.calls).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.code === 'UNAUTHENTICATED')).toHaveLength(verifies.calls);
    expect(answers.filter((a) => a.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);
  });

  it('a JSON batch of 10 sign-ins, and 10 aliased sign-ins in one document, each count every guess', async () => {
    server = await startTestServer(f.db, { signIn: settings() });
    const verifies = countVerifies();
    const batch = Array.from({ length: 10 }, (_, i) => ({ query: LOGIN, variables: { u: 'huyen-070', p: `guess-${i}` } }));
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.2' },
      body: JSON.stringify(batch),
    });
    expect(verifies.calls).toBeLessThanOrEqual(5);

    verifies.calls = 0;
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: login(username: "huyen-071", password: "guess-${i}") { token }`).join(' ');
    await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.3' },
      body: JSON.stringify({ query: `mutation { ${aliases} }` }),
    });
    expect(verifies.calls).toBeLessThanOrEqual(5);
  });

  it('every spelling of a name shares one budget, and any spelling signs in to the one account', async () => {
    server = await startTestServer(f.db, { signIn: settings() });
    for (const spelling of ['  HUYEN-070\t', 'Huyen-070', 'huyen-070 ', 'huyen\u200b-070', 'huyen-070\u0000']) {
      expect((await login(server, spelling, 'wrong', '198.51.100.4')).code).toBe('UNAUTHENTICATED');
    }
    expect((await login(server, 'huyen-070', RIGHT, '198.51.100.4')).code).toBe('RATE_LIMITED');
    expect(await login(server, '  HUYEN-072\t', RIGHT, '198.51.100.4')).toMatchObject({ code: undefined, name: 'huyen-072' });
    // MariaDB's collation would match "huyền-072" to huyen-072: the portal compares the exact spelling.
    expect((await login(server, 'huyền-072', RIGHT, '198.51.100.5')).code).toBe('UNAUTHENTICATED');
  });

  it('a stranger cannot lock the owner out: the owner comes back from a known address or browser', async () => {
    server = await startTestServer(f.db, { signIn: settings() });
    const owner = await login(server, 'tinh', RIGHT, '203.0.113.10');
    expect(owner.name).toBe('tinh');
    expect(owner.device).toMatch(/^p135_device=/);
    // Strangers on many addresses, one of them behind the owner's own office router.
    for (let i = 0; i < 12; i++) await login(server, 'tinh', `guess-${i}`, `192.0.2.${i + 1}`);
    for (let i = 0; i < 5; i++) await login(server, 'tinh', `guess-${i}`, '203.0.113.10');
    // The account-wide brake holds back whoever has no history with the account, even with the password…
    expect((await login(server, 'tinh', RIGHT, '192.0.2.200')).code).toBe('RATE_LIMITED');
    // …but not the owner's browser, from the shared office address or from anywhere else,
    expect((await login(server, 'tinh', RIGHT, '203.0.113.10', owner.device!)).name).toBe('tinh');
    expect((await login(server, 'tinh', RIGHT, '198.51.100.77', owner.device!)).name).toBe('tinh');
    // and a browser cookie of another account is no pass for this one.
    const other = await login(server, 'tinh-xem', RIGHT, '192.0.2.201');
    expect((await login(server, 'tinh', RIGHT, '192.0.2.201', other.device!)).code).toBe('RATE_LIMITED');
  });

  it('the owner without the browser cookie still signs in from an address where the account signed in before', async () => {
    server = await startTestServer(f.db, { signIn: settings() });
    expect((await login(server, 'tinh-xem', RIGHT, '203.0.113.20')).name).toBe('tinh-xem');
    for (let i = 0; i < 12; i++) await login(server, 'tinh-xem', `guess-${i}`, `192.0.2.${i + 1}`);
    expect((await login(server, 'tinh-xem', RIGHT, '192.0.2.99')).code).toBe('RATE_LIMITED');
    expect((await login(server, 'tinh-xem', RIGHT, '203.0.113.20')).name).toBe('tinh-xem');
  });

  it('one address trying many names is stopped after 20 failures', async () => {
    server = await startTestServer(f.db, { signIn: settings() });
    for (let i = 0; i < 20; i++) expect((await login(server, `nobody-${i}`, 'wrong', '198.51.100.9')).code).toBe('UNAUTHENTICATED');
    expect((await login(server, 'huyen-074', RIGHT, '198.51.100.9')).code).toBe('RATE_LIMITED');
    expect((await login(server, 'huyen-074', RIGHT, '198.51.100.10')).name).toBe('huyen-074');
  });

  it('bounds the argon2 work: past a small queue a sign-in is refused at once with HTTP 429', async () => {
    server = await startTestServer(f.db, { signIn: settings({ passwordWorkers: 1, passwordQueue: 2 }) });
    const verifies = countVerifies();
    const flooding = Promise.all(Array.from({ length: 24 }, (_, i) => login(server, `flood-${i}`, 'wrong', `100.64.0.${i + 1}`)));
    // meanwhile a signed-in district manager is served without waiting behind the guesses
    const started = performance.now();
    const me = await server.graphql<{ me: { name: string } }>('{ me { name } }', {}, f.as.manager);
    expect(me.data?.me.name).toBe('huyen-071');
    expect(performance.now() - started).toBeLessThan(2000);
    const flood = await flooding;
    const refused = flood.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => a.code === 'RATE_LIMITED')).toBe(true);
    expect(verifies.maxInFlight).toBe(1);
    // refused without waiting for the queue: faster than the slowest of the answered guesses
    const slowest = Math.max(...flood.filter((a) => a.code === 'UNAUTHENTICATED').map((a) => a.ms));
    expect(Math.min(...refused.map((a) => a.ms))).toBeLessThan(slowest);
  });

  it('with Redis configured but unreachable, sign-in is still throttled (in this instance’s memory)', async () => {
    server = await startTestServer(f.db, { redisUrl: 'redis://127.0.0.1:1', signIn: settings() });
    const verifies = countVerifies();
    for (let i = 0; i < 5; i++) expect((await login(server, 'huyen-073', `guess-${i}`, '198.51.100.11')).code).toBe('UNAUTHENTICATED');
    const locked = await login(server, 'huyen-073', RIGHT, '198.51.100.11');
    expect(locked.code).toBe('RATE_LIMITED');
    expect(locked.status).toBe(429);
    expect(verifies.calls).toBe(5);
  });
});

/** As in rate-limit.test.ts: CI sets TEST_REDIS_URL and must fail, not skip, when it is missing. */
const redisUrl = process.env.TEST_REDIS_URL;
const onCi = process.env.CI === 'true';

describe.skipIf(!redisUrl && !onCi)('the sign-in throttle shared through Redis', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    if (!redisUrl) throw new Error('CI=true but TEST_REDIS_URL is not set: the shared sign-in throttle cannot be tested');
    f = await tenantFixture();
  });
  afterAll(() => f?.close());

  it('two instances behind one load balancer share one budget of 5 guesses', async () => {
    const shared = settings();
    const first = await startTestServer(f.db, { redisUrl, signIn: shared });
    const second = await startTestServer(f.db, { redisUrl, signIn: shared });
    const verifies = countVerifies();
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(i % 2 ? first : second, 'huyen-075', `guess-${i}`, '198.51.100.12')));
      expect(verifies.calls).toBeLessThanOrEqual(5);
      expect(answers.filter((a) => a.code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(7);
      expect((await login(first, 'huyen-075', RIGHT, '198.51.100.12')).code).toBe('RATE_LIMITED');
      expect((await login(second, 'huyen-075', RIGHT, '198.51.100.12')).code).toBe('RATE_LIMITED');
    } finally {
      vi.restoreAllMocks();
      await first.close();
      await second.close();
    }
  });
});
