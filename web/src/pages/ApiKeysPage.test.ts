import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import ApiKeysPage from './ApiKeysPage.vue';

const key = (id: number, name: string, personalData: boolean) => ({
  __typename: 'ApiKey',
  id,
  name,
  prefix: `abc${id}`,
  districtId: null,
  district: null,
  createdAt: '2026-01-01T00:00:00Z',
  lastUsedAt: null,
  revokedAt: null,
  personalData,
});

/** Two keys, one already granted personal data; the grant mutation answers with the key's new value. */
function keysServer() {
  return fakeServer((op) => {
    if (op.operationName === 'ApiKeys') return { data: { apiKeys: [key(1, 'Cục Thống kê', false), key(2, 'Nhà tài trợ', true)] } };
    if (op.operationName === 'SetApiKeyPersonalData') {
      return { data: { setApiKeyPersonalData: { __typename: 'ApiKey', id: op.variables.id, personalData: op.variables.granted } } };
    }
    return { data: { districts: [] } } as never;
  });
}

const admin = { id: 1, name: 'tinh', kind: 'USER', role: 'PROVINCE_ADMIN', canWrite: true, district: null, province: { id: 1, name: 'Tuyên Quang' } };
const manager = { ...admin, id: 5, name: 'huyen-071', role: 'DISTRICT_MANAGER', district: { id: 2, name: 'Lâm Bình' } };

describe('the API keys page: the personal-data grant', () => {
  afterEach(() => setSession(null));

  it('the province administrator turns a key’s personal data on, and the row shows it granted', async () => {
    setSession(admin as never);
    const server = keysServer();
    const wrapper = mountPortal(ApiKeysPage, server.client as never);
    await flushPromises();

    const toggles = () => wrapper.findAll('[data-test="personal-data-toggle"]');
    expect(toggles().map((t) => t.classes('is-checked'))).toEqual([false, true]);
    expect(wrapper.text()).toContain('unless the province administrator grants them personal data');
    await toggles()[0].trigger('click');
    await flushPromises();

    const grant = server.operations.find((o) => o.operationName === 'SetApiKeyPersonalData');
    expect(grant?.variables).toEqual({ id: 1, granted: true });
    expect(toggles().map((t) => t.classes('is-checked'))).toEqual([true, true]);
    wrapper.unmount();
  });

  it('a district manager sees whether its keys are masked but has no switch', async () => {
    setSession(manager as never);
    const wrapper = mountPortal(ApiKeysPage, keysServer().client as never, {}, 'vi');
    await flushPromises();
    expect(wrapper.find('[data-test="personal-data-toggle"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="personal-data"]').map((s) => s.text())).toEqual(['Che một phần', 'Đầy đủ']);
    wrapper.unmount();
  });
});
