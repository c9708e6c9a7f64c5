import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const CREATE = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id version username role district { code } } }';
const UPDATE = 'mutation($id: Int!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { id version role disabledAt } }';
const RESET = 'mutation($id: Int!, $v: Int!, $p: String!) { resetUserPassword(id: $id, version: $v, input: { password: $p }) { version } }';
const USERS = '{ users(first: 50) { totalCount edges { node { username role district { code } } } } }';
const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

type Created = { createUser: { id: number; version: number; username: string; role: string; district: { code: string } | null } };

describe('the province administrator manages the accounts', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('creates a district manager who can then sign in to that district', async () => {
    const { data, errors } = await f.server.graphql<Created>(
      CREATE,
      { i: { username: 'lb.quanly', displayName: 'Cán bộ Lâm Bình', role: 'DISTRICT_MANAGER', districtId: f.lamBinh.id, password: 'mat-khau-dai-du' } },
      f.as.province,
    );
    expect(errors).toBeUndefined();
    expect(data?.createUser).toMatchObject({ username: 'lb.quanly', role: 'DISTRICT_MANAGER', district: { code: '071' } });
    expect((await f.server.graphql(LOGIN, { u: 'lb.quanly', p: 'mat-khau-dai-du' })).errors).toBeUndefined();
    const list = await f.server.graphql<{ users: { totalCount: number; edges: { node: { username: string } }[] } }>(USERS, {}, f.as.province);
    expect(list.data?.users.edges.map((e) => e.node.username)).toContain('lb.quanly');
  });

  it('never writes a password hash into the audit trail', async () => {
    const entries = await f.db.getRepository(AuditEntry).find({ where: { entity: 'User' } });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(JSON.stringify(entry.after)).not.toContain('$argon2');
    expect(entries[0].after?.passwordHash).toBe('[secret]');
  });

  it('refuses a district role without a district, a taken username and a short password, naming the field', async () => {
    const field = async (i: Record<string, unknown>) => {
      const r = await f.server.graphql(
        CREATE,
        { i: { username: 'nguoi.moi', role: 'DISTRICT_VIEWER', districtId: f.naHang.id, password: 'mat-khau-dai-du', ...i } },
        f.as.province,
      );
      return [codes(r)[0], r.errors?.[0].extensions?.field];
    };
    expect(await field({ districtId: null })).toEqual(['BAD_USER_INPUT', 'districtId']);
    expect(await field({ username: 'tinh' })).toEqual(['BAD_USER_INPUT', 'username']);
    expect(await field({ password: 'ngan' })).toEqual(['BAD_USER_INPUT', 'password']);
    const short = await f.server.graphql(
      CREATE,
      { i: { username: 'nguoi.moi', role: 'DISTRICT_VIEWER', districtId: f.naHang.id, password: 'ngan' } },
      f.as.province,
    );
    expect(short.errors?.[0]).toMatchObject({
      message: 'Mật khẩu phải có từ 10 đến 200 ký tự',
      extensions: { messageKey: 'rules.length', params: { min: 10, max: 200 } },
    });
    expect(await field({ role: 'PROVINCE_VIEWER' })).toEqual(['BAD_USER_INPUT', 'districtId']);
    expect(await field({ districtId: 999_999 })).toEqual(['NOT_FOUND', undefined]);
  });

  it('disables an account, which can no longer sign in, and resets a password with the current version', async () => {
    const { data } = await f.server.graphql<Created>(
      CREATE,
      { i: { username: 'nh.xem', role: 'DISTRICT_VIEWER', districtId: f.naHang.id, password: 'mat-khau-dai-du' } },
      f.as.province,
    );
    const user = data!.createUser;
    const disabled = await f.server.graphql<{ updateUser: { version: number; disabledAt: string | null } }>(
      UPDATE,
      { id: user.id, v: user.version, i: { disabled: true } },
      f.as.province,
    );
    expect(disabled.data?.updateUser.disabledAt).not.toBeNull();
    expect(codes(await f.server.graphql(LOGIN, { u: 'nh.xem', p: 'mat-khau-dai-du' }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await f.server.graphql(RESET, { id: user.id, v: user.version, p: 'mat-khau-moi-123' }, f.as.province))).toEqual(['CONFLICT']);
    const enabled = await f.server.graphql<{ updateUser: { version: number } }>(
      UPDATE,
      { id: user.id, v: disabled.data!.updateUser.version, i: { disabled: false } },
      f.as.province,
    );
    expect((await f.server.graphql(RESET, { id: user.id, v: enabled.data!.updateUser.version, p: 'mat-khau-moi-123' }, f.as.province)).errors).toBeUndefined();
    expect((await f.server.graphql(LOGIN, { u: 'nh.xem', p: 'mat-khau-moi-123' })).errors).toBeUndefined();
  });

  it('keeps accounts away from everyone but the province administrator', async () => {
    for (const who of [f.as.manager, f.as.viewer, f.as.provinceViewer]) {
      expect(codes(await f.server.graphql(USERS, {}, who))).toEqual(['FORBIDDEN']);
      expect(
        codes(
          await f.server.graphql(CREATE, { i: { username: 'x.y.z', role: 'DISTRICT_MANAGER', districtId: f.lamBinh.id, password: 'mat-khau-dai-du' } }, who),
        ),
      ).toEqual(['FORBIDDEN']);
    }
  });

  it('will not let the administrator lock themself out', async () => {
    const me = await f.server.graphql<{ me: { id: number } }>('{ me { id } }', {}, f.as.province);
    const [row] = await f.db.query('SELECT version FROM app_user WHERE id = ?', [me.data!.me.id]);
    const r = await f.server.graphql(UPDATE, { id: me.data!.me.id, v: Number(row.version), i: { disabled: true } }, f.as.province);
    expect([codes(r)[0], r.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'disabled']);
  });
});
