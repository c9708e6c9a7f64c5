import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession, type SessionUser } from '../composables/session';
import UsersPage from './UsersPage.vue';

const node = (id: number, username: string, role: string, district: { id: number; code: string; name: string } | null) => ({
  __typename: 'User',
  id,
  version: 1,
  username,
  displayName: null,
  role,
  districtId: district?.id ?? null,
  district,
  disabledAt: null,
  demo: false,
  createdAt: '2026-01-01T00:00:00Z',
  personalData: false,
});
const lamBinh = { id: 2, code: '071', name: 'Lâm Bình' };

/** Two accounts, the districts, and a refusal of any new account's username. */
function usersServer() {
  return fakeServer((op) => {
    if (op.operationName === 'Users') {
      const rows = [
        node(1, 'tinh', 'PROVINCE_ADMIN', null),
        node(5, 'huyen-071', 'DISTRICT_MANAGER', lamBinh),
        node(6, 'huyen-071-xem', 'DISTRICT_VIEWER', lamBinh),
      ];
      return { data: { users: { totalCount: 3, pageInfo: { endCursor: null, hasNextPage: false }, edges: rows.map((n) => ({ node: n })) } } };
    }
    if (op.operationName === 'Districts') return { data: { districts: [lamBinh] } };
    if (op.operationName === 'SetUserPersonalData') {
      return { data: { setUserPersonalData: { __typename: 'User', id: op.variables.id, version: 2, personalData: op.variables.granted } } };
    }
    return { errors: [{ message: 'username: This username is taken', extensions: { code: 'BAD_USER_INPUT', field: 'username' } }] } as never;
  });
}

const ADMIN: SessionUser = {
  id: 1,
  name: 'tinh',
  displayName: null,
  kind: 'USER',
  role: 'PROVINCE_ADMIN',
  canWrite: true,
  district: null,
  province: { id: 1, name: 'Tuyên Quang' },
};

describe('the accounts page', () => {
  afterEach(() => setSession(null));

  it('lists the accounts, offers no "disable" on one’s own, and shows the server’s refusal beside the username', async () => {
    setSession(ADMIN);
    const server = usersServer();
    const wrapper = mountPortal(UsersPage, server.client as never);
    await flushPromises();

    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows.map((r) => r.find('td').text())).toEqual(['tinh', 'huyen-071', 'huyen-071-xem']);
    expect(rows[0].find('[data-test="disable-user"]').exists()).toBe(false);
    expect(rows[1].find('[data-test="disable-user"]').exists()).toBe(true);
    expect(rows[1].text()).toContain('Lâm Bình');
    expect(rows[1].text()).toContain('Active');

    await wrapper.find('[data-test="add-user"]').trigger('click');
    await flushPromises();
    const input = (id: string) => document.querySelector(`input#${id}`) as HTMLInputElement;
    expect(document.body.textContent).toContain('At least 10 characters.');
    input('u-username').value = 'huyen-071';
    input('u-username').dispatchEvent(new Event('input'));
    input('u-password').value = 'mat-khau-du-dai';
    input('u-password').dispatchEvent(new Event('input'));
    (document.querySelector('[data-test="save-user"]') as HTMLElement).click();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 200)); // Element Plus shows a form item's error after a short debounce

    const item = input('u-username').closest('.el-form-item') as HTMLElement;
    expect(item.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('This username is taken');
    const create = server.operations.find((o) => o.operationName === 'CreateUser');
    expect(create?.variables.input).toMatchObject({ username: 'huyen-071', role: 'DISTRICT_MANAGER', districtId: null, password: 'mat-khau-du-dai' });
    wrapper.unmount();
  });

  it('checks the username and the password itself, showing both mistakes at once in the page’s language, and sends nothing', async () => {
    setSession(ADMIN);
    const server = usersServer();
    const wrapper = mountPortal(UsersPage, server.client as never, {}, 'vi');
    await flushPromises();
    await wrapper.find('[data-test="add-user"]').trigger('click');
    await flushPromises();
    const input = (id: string) => document.querySelector(`input#${id}`) as HTMLInputElement;
    input('u-username').value = 'Cán bộ';
    input('u-username').dispatchEvent(new Event('input'));
    input('u-password').value = 'ngan';
    input('u-password').dispatchEvent(new Event('input'));
    (document.querySelector('[data-test="save-user"]') as HTMLElement).click();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 200));
    const errorOf = (id: string) => (input(id).closest('.el-form-item') as HTMLElement).querySelector('.el-form-item__error')?.textContent?.trim();
    expect(errorOf('u-username')).toMatch(/^Tên đăng nhập có từ 3 đến 64 ký tự, chỉ gồm chữ a–z/);
    expect(errorOf('u-password')).toBe('Mật khẩu phải có từ 10 đến 200 ký tự');
    expect(server.operations.some((o) => o.operationName === 'CreateUser')).toBe(false);
    wrapper.unmount();
  });

  it('grants a viewer unmasked personal data with a switch; writers have no switch (they read it anyway)', async () => {
    setSession(ADMIN);
    const server = usersServer();
    const wrapper = mountPortal(UsersPage, server.client as never);
    await flushPromises();

    const rows = wrapper.findAll('.el-table__body tr');
    expect(rows.map((r) => r.find('[data-test="user-personal-data"]').exists())).toEqual([false, false, true]);
    expect(rows[1].text()).toContain('Always');
    const toggle = () => wrapper.find('[data-test="user-personal-data"]');
    expect(toggle().classes('is-checked')).toBe(false);
    await toggle().trigger('click');
    await flushPromises();
    expect(server.operations.find((o) => o.operationName === 'SetUserPersonalData')?.variables).toEqual({ id: 6, granted: true });
    expect(toggle().classes('is-checked')).toBe(true);
    wrapper.unmount();
  });
});
