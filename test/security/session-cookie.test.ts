import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer } from '../helpers/server';
import { webSignIn } from '../helpers/web-session';
import { loadConfig } from '../../server/src/config';
import { hashPassword } from '../../server/src/auth/passwords';
import { Role, User } from '../../server/src/domain/accounts/user.entity';

const PRODUCTION = { NODE_ENV: 'production', TOKEN_SECRET: 'a-production-secret-of-32-characters!', DATABASE_URL: 'mysql://portal@db/portal' };

/** The web session cookie: Secure where the portal is served over HTTPS, not where a provincial intranet serves plain HTTP. */
describe('COOKIE_SECURE', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    // Production refuses demo accounts: a real one signs in.
    await f.db.getRepository(User).save(
      f.db.getRepository(User).create({
        username: 'can-bo-tinh',
        passwordHash: await hashPassword('mat-khau-that-2026'),
        role: Role.PROVINCE_VIEWER,
        provinceId: f.lamBinh.provinceId,
        districtId: null,
        demo: false,
      }),
    );
  });
  afterAll(() => f.close());

  it('is on by default in production, off elsewhere, and COOKIE_SECURE=false turns it off in production', () => {
    expect(loadConfig(PRODUCTION).cookieSecure).toBe(true);
    expect(loadConfig({ ...PRODUCTION, COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', TOKEN_SECRET: PRODUCTION.TOKEN_SECRET }).cookieSecure).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', TOKEN_SECRET: PRODUCTION.TOKEN_SECRET, COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
    expect(() => loadConfig({ ...PRODUCTION, COOKIE_SECURE: 'maybe' })).toThrow(/COOKIE_SECURE/);
  });

  it('a production portal on plain HTTP with COOKIE_SECURE=false sets a cookie the browser sends back', async () => {
    const server = await startTestServer(f.db, { env: 'production', cookieSecure: false });
    try {
      const { setCookie, cookie } = await webSignIn(server, 'can-bo-tinh', 'mat-khau-that-2026');
      expect(setCookie).not.toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect((await server.graphql<{ me: { name: string } }>('{ me { name } }', {}, { cookie })).data?.me.name).toBe('can-bo-tinh');
    } finally {
      await server.close();
    }
  });

  it('a production portal by default marks the cookie Secure', async () => {
    const server = await startTestServer(f.db, { env: 'production' });
    try {
      expect((await webSignIn(server, 'can-bo-tinh', 'mat-khau-that-2026')).setCookie).toMatch(/;\s*Secure/i);
    } finally {
      await server.close();
    }
  });
});

/** A mangled session cookie is bad input: 400 with a code on every route family that reads it, never a 500. */
describe('a malformed session cookie', () => {
  let f: TenantFixture;
  const bad = { cookie: 'theme=dark; p135_session=%E0%A4%A' };

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('on /graphql: 400 BAD_REQUEST, and the cookie is cleared so the browser recovers', async () => {
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bad },
      body: JSON.stringify({ query: '{ me { name } }' }),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(response.headers.get('set-cookie')).toMatch(/^p135_session=;/);
  });

  it.each([
    ['GET', '/api/export/participants.csv'],
    ['POST', '/api/import/participants?mode=dry-run'],
    ['GET', '/reports/province.xlsx?fiscalYear=2026'],
  ])('on %s %s: 400 BAD_REQUEST in the route’s own error shape', async (method, path) => {
    const response = await fetch(`${f.server.url}${path}`, {
      method,
      headers: { ...bad, 'x-requested-with': 'portal-135', 'content-type': 'text/csv' },
      body: method === 'POST' ? 'a,b\n' : undefined,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  });

  it('someone else’s mangled cookie on the same host is none of the portal’s business', async () => {
    const { cookie } = await webSignIn(f.server, 'huyen-071');
    const me = await f.server.graphql<{ me: { name: string } }>('{ me { name } }', {}, { cookie: `other_app=%E0%A4%A; ${cookie}` });
    expect(me.data?.me.name).toBe('huyen-071');
  });
});
