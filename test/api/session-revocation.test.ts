import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import type { TestServer } from '../helpers/server';
import { secondInstance } from '../helpers/second-instance';
import { User } from '../../server/src/domain/accounts/user.entity';
import { SESSION_STALENESS_MS } from '../../server/src/auth/session-revocation';
import { webSignIn } from '../helpers/web-session';

const ME = '{ me { name } }';
const UPDATE = 'mutation($id: Int!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { version } }';
const RESET = 'mutation($id: Int!, $v: Int!, $i: ResetPasswordInput!) { resetUserPassword(id: $id, version: $v, input: $i) { version } }';

/**
 * docs/SECURITY.md, "Sessions": sessions are revocable. Signing out ends that session; a password reset, a disable or a role
 * change ends all of the account's sessions — at once on the instance that made the change, and within
 * SESSION_STALENESS_MS (5 s) on every other instance sharing the database. Instance A is the fixture's
 * server; B is another app with its own connection pool on the same database (as test/scale/two-instances).
 */
describe('sessions end when they should, on every instance', () => {
  let f: TenantFixture;
  let instance: Awaited<ReturnType<typeof secondInstance>>;
  let b: TestServer;

  beforeAll(async () => {
    f = await tenantFixture();
    instance = await secondInstance(f);
    b = instance.server;
  });
  afterAll(async () => {
    await instance?.close();
    await f?.close();
  });

  const accepted = async (server: TestServer, headers: Headers) => (await server.graphql<{ me: { name: string } }>(ME, {}, headers)).data?.me.name ?? null;

  /** Asks B every 200 ms until it refuses the session; answers how long that took (or Infinity). */
  async function refusedOnBWithin(headers: Headers, limitMs: number): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < limitMs) {
      if (codes(await b.graphql(ME, {}, headers))[0] === 'UNAUTHENTICATED') return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return Infinity;
  }

  /** Two sessions of one account (say the office PC and a laptop), both in use on A and on B. */
  async function twoSessions(username: string): Promise<[Headers, Headers]> {
    const sessions: [Headers, Headers] = [await f.server.signIn(username), await f.server.signIn(username)];
    for (const headers of sessions) {
      expect(await accepted(f.server, headers)).toBe(username);
      expect(await accepted(b, headers)).toBe(username);
    }
    return sessions;
  }

  const account = (username: string) => f.db.getRepository(User).findOneByOrFail({ username });
  const bound = SESSION_STALENESS_MS + 500;

  it('signing out ends that session on every instance, and the account’s other sessions go on', async () => {
    const [laptop, office] = await twoSessions('huyen-071-xem');
    const out = await f.server.graphql<{ logout: boolean }>('mutation { logout }', {}, laptop);
    expect(out.data?.logout).toBe(true);
    expect(codes(await f.server.graphql(ME, {}, laptop))).toEqual(['UNAUTHENTICATED']);
    expect(await refusedOnBWithin(laptop, bound)).toBeLessThanOrEqual(bound);
    expect(await accepted(f.server, office)).toBe('huyen-071-xem');
    expect(await accepted(b, office)).toBe('huyen-071-xem');
  });

  it('a web session signed out through its cookie cannot be replayed with a copy of that cookie', async () => {
    const cookie = { cookie: (await webSignIn(f.server, 'huyen-076')).cookie };
    expect(await accepted(f.server, cookie)).toBe('huyen-076');
    await f.server.graphql('mutation { logout }', {}, cookie);
    expect(codes(await f.server.graphql(ME, {}, cookie))).toEqual(['UNAUTHENTICATED']);
  });

  it('a password reset ends every session of the account, on every instance within the bound', async () => {
    const sessions = await twoSessions('huyen-073');
    const row = await account('huyen-073');
    expect((await f.server.graphql(RESET, { id: row.id, v: row.version, i: { password: 'mat-khau-moi-2026' } }, f.as.province)).errors).toBeUndefined();
    for (const headers of sessions) expect(codes(await f.server.graphql(ME, {}, headers))).toEqual(['UNAUTHENTICATED']);
    for (const headers of sessions) expect(await refusedOnBWithin(headers, bound)).toBeLessThanOrEqual(bound);
    // the new password opens a new session
    expect(await accepted(b, await b.signIn('huyen-073', 'mat-khau-moi-2026'))).toBe('huyen-073');
  });

  it('disabling ends every session, and enabling the account again does not bring them back', async () => {
    const sessions = await twoSessions('huyen-074');
    const row = await account('huyen-074');
    const disabled = await f.server.graphql<{ updateUser: { version: number } }>(UPDATE, { id: row.id, v: row.version, i: { disabled: true } }, f.as.province);
    expect(disabled.errors).toBeUndefined();
    const enabled = await f.server.graphql(UPDATE, { id: row.id, v: disabled.data!.updateUser.version, i: { disabled: false } }, f.as.province);
    expect(enabled.errors).toBeUndefined();
    for (const headers of sessions) expect(codes(await f.server.graphql(ME, {}, headers))).toEqual(['UNAUTHENTICATED']);
    for (const headers of sessions) expect(await refusedOnBWithin(headers, bound)).toBeLessThanOrEqual(bound);
    expect(await accepted(f.server, await f.server.signIn('huyen-074'))).toBe('huyen-074');
  });

  it('a role change ends every session: the person signs in again under the new role', async () => {
    const sessions = await twoSessions('huyen-075');
    const row = await account('huyen-075');
    expect((await f.server.graphql(UPDATE, { id: row.id, v: row.version, i: { role: 'DISTRICT_VIEWER' } }, f.as.province)).errors).toBeUndefined();
    for (const headers of sessions) expect(codes(await f.server.graphql(ME, {}, headers))).toEqual(['UNAUTHENTICATED']);
    for (const headers of sessions) expect(await refusedOnBWithin(headers, bound)).toBeLessThanOrEqual(bound);
  });

  it('renaming the account (no change of rights) leaves its sessions alone', async () => {
    const [session] = await twoSessions('huyen-070');
    const row = await account('huyen-070');
    expect((await f.server.graphql(UPDATE, { id: row.id, v: row.version, i: { displayName: 'Phòng Dân tộc TP' } }, f.as.province)).errors).toBeUndefined();
    expect(await accepted(f.server, session)).toBe('huyen-070');
    expect(await accepted(b, session)).toBe('huyen-070');
  });
});
