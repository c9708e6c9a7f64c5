import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { createApp } from '../../server/src/app';
import { DEFAULT_SIGN_IN, parseTrustProxy, type TrustProxy } from '../../server/src/config';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

async function guess(server: TestServer, forwardedFor: string, username = 'huyen-076'): Promise<unknown> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: 'wrong' } }),
  });
  return ((await response.json()) as { errors: { extensions: { code: unknown } }[] }).errors[0].extensions.code;
}

describe('TRUST_PROXY: how far X-Forwarded-For is believed', () => {
  it('reads a hop count or a list of addresses and ranges, and refuses anything else', () => {
    expect(parseTrustProxy(undefined)).toEqual(['loopback']);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.7,fd00::/8,loopback')).toEqual(['10.0.0.0/8', '192.168.1.7', 'fd00::/8', 'loopback']);
    expect(() => parseTrustProxy('proxy.example')).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy('10.0.0.0/40')).toThrow(/TRUST_PROXY/);
  });

  let f: TenantFixture;
  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  const settings = () => ({ signIn: { ...DEFAULT_SIGN_IN, redisKeyPrefix: `p135:test:${crypto.randomUUID()}:` } });

  it('by default believes only a proxy on this machine: a peer elsewhere cannot name another client', async () => {
    const { app, stop } = await createApp(f.db, { env: 'test', tokenSecret: 'test-secret-of-at-least-32-characters!', tokenTtlSeconds: 600 });
    try {
      const trusts = app.get('trust proxy fn') as (address: string, hop: number) => boolean;
      expect(trusts('203.0.113.9', 0)).toBe(false);
      expect(trusts('10.1.2.3', 0)).toBe(false);
      expect(trusts('127.0.0.1', 0)).toBe(true);
    } finally {
      await stop();
    }
  });

  it('ignores X-Forwarded-For from a peer it does not trust: every forged address shares the peer’s budget', async () => {
    const trustProxy: TrustProxy = ['10.0.0.0/8'];
    const server = await startTestServer(f.db, { ...settings(), trustProxy });
    try {
      // 20 failures per address across usernames: forging a new address for each guess does not help
      for (let i = 0; i < 20; i++) expect(await guess(server, `198.51.100.${i + 1}`, `nobody-${i}`)).toBe('UNAUTHENTICATED');
      expect(await guess(server, '198.51.100.99', 'nobody-else')).toBe('RATE_LIMITED');
    } finally {
      await server.close();
    }
  });

  it('honours X-Forwarded-For from a trusted proxy (one hop): each client has its own budget', async () => {
    const server = await startTestServer(f.db, { ...settings(), trustProxy: 1 });
    try {
      for (let i = 0; i < 5; i++) expect(await guess(server, '198.51.100.1')).toBe('UNAUTHENTICATED');
      expect(await guess(server, '198.51.100.1')).toBe('RATE_LIMITED');
      expect(await guess(server, '198.51.100.2')).toBe('UNAUTHENTICATED');
    } finally {
      await server.close();
    }
  });
});
