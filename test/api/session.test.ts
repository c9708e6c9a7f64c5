import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { LoginThrottle } from '../../server/src/auth/login-throttle';
import { DEFAULT_SIGN_IN } from '../../server/src/config';
import { User } from '../../server/src/domain/accounts/user.entity';
import { issueApiKey } from '../helpers/api-keys';

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt me { name role canWrite district { code } } } }';
const ME = '{ me { kind name role canWrite province { code } district { code name } } }';

describe('signing in', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('a district manager signs in and is told who they are and what they reach', async () => {
    const { data, errors } = await f.server.graphql<{ login: { token: string; me: { role: string; canWrite: boolean; district: { code: string } } } }>(LOGIN, {
      u: 'huyen-071',
      p: 'demo135',
    });
    expect(errors).toBeUndefined();
    expect(data?.login.me).toMatchObject({ role: 'DISTRICT_MANAGER', canWrite: true, district: { code: '071' } });
    const me = await f.server.graphql(ME, {}, { authorization: `Bearer ${data!.login.token}` });
    expect(me.data).toEqual({
      me: { kind: 'USER', name: 'huyen-071', role: 'DISTRICT_MANAGER', canWrite: true, province: { code: '08' }, district: { code: '071', name: 'Lâm Bình' } },
    });
  });

  it('a viewer is told it cannot write; the province has no district', async () => {
    const viewer = await f.server.graphql<{ me: { canWrite: boolean } }>(ME, {}, f.as.viewer);
    expect(viewer.data?.me.canWrite).toBe(false);
    const province = await f.server.graphql<{ me: { role: string; district: null } }>(ME, {}, f.as.province);
    expect(province.data?.me).toMatchObject({ role: 'PROVINCE_ADMIN', district: null });
  });

  it('names each account by its own display name; a key has none', async () => {
    await f.db.getRepository(User).update({ username: 'huyen-071' }, { displayName: 'Nông Văn Lâm' });
    await f.db.getRepository(User).update({ username: 'huyen-072' }, { displayName: 'Ma Thị Hằng' });
    const NAMES = '{ me { name displayName } }';
    expect((await f.server.graphql(NAMES, {}, f.as.manager)).data).toEqual({ me: { name: 'huyen-071', displayName: 'Nông Văn Lâm' } });
    expect((await f.server.graphql(NAMES, {}, f.as.otherManager)).data).toEqual({ me: { name: 'huyen-072', displayName: 'Ma Thị Hằng' } });
    const key = await issueApiKey(f.server, f.as.province, 'Báo cáo quý', f.lamBinh.id);
    expect((await f.server.graphql(NAMES, {}, key.headers)).data).toEqual({ me: { name: 'Báo cáo quý', displayName: null } });
  });

  it('gives one and the same answer for a wrong password and an unknown name', async () => {
    const wrongPassword = await f.server.graphql(LOGIN, { u: 'huyen-071', p: 'not-it' });
    const unknownName = await f.server.graphql(LOGIN, { u: 'huyen-999', p: 'demo135' });
    expect(codes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword.errors?.[0].message).toBe(unknownName.errors?.[0].message);
    expect(codes(unknownName)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a forged or tampered token as if none were sent', async () => {
    const forged = await f.server.graphql(ME, {}, { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.bad' });
    expect(codes(forged)).toEqual(['UNAUTHENTICATED']);
    const token = f.as.manager.authorization.slice('Bearer '.length);
    const [header, payload, signature] = token.split('.');
    const otherUser = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: '1' })).toString('base64url');
    expect(codes(await f.server.graphql(ME, {}, { authorization: `Bearer ${header}.${otherUser}.${signature}` }))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps the web session in an httpOnly cookie and signs out by clearing it', async () => {
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { u: 'tinh-xem', p: 'demo135' } }),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('p135_session=')) ?? '';
    expect(cookie).toMatch(/^p135_session=[^;]+;.*HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const sessionCookie = cookie.split(';')[0];
    const me = await f.server.graphql<{ me: { name: string } }>(ME, {}, { cookie: sessionCookie });
    expect(me.data?.me.name).toBe('tinh-xem');
    const logout = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    expect(logout.headers.get('set-cookie')).toMatch(/^p135_session=;/);
  });

  // Last in the file: it locks the username out for the rest of the window.
  it('locks a username out after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) expect(codes(await f.server.graphql(LOGIN, { u: 'huyen-073', p: `guess-${i}` }))).toEqual(['UNAUTHENTICATED']);
    const locked = await f.server.graphql(LOGIN, { u: 'huyen-073', p: 'demo135' });
    expect(codes(locked)).toEqual(['RATE_LIMITED']);
    expect(locked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    // Another account from the same address is not locked out by it.
    expect((await f.server.graphql(LOGIN, { u: 'huyen-074', p: 'demo135' })).errors).toBeUndefined();
  });
});

describe('the login throttle', () => {
  const settings = { ...DEFAULT_SIGN_IN, windowSeconds: 1 };

  it('lets a username try again from that address once the window has passed', async () => {
    const throttle = new LoginThrottle(settings, null);
    for (let i = 0; i < 5; i++) await throttle.reserve('tinh', '10.0.0.1', null);
    await expect(throttle.reserve('tinh', '10.0.0.1', null)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await expect(throttle.reserve('tinh', '10.0.0.1', null)).resolves.toBeDefined();
  });

  it('a guess given back (never checked, or right) costs nothing', async () => {
    const throttle = new LoginThrottle(settings, null);
    for (let i = 0; i < 20; i++) await (await throttle.reserve('tinh', '10.0.0.2', null)).release();
    await expect(throttle.reserve('tinh', '10.0.0.2', null)).resolves.toBeDefined();
  });
});
