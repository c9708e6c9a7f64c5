import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal, testRouter } from '../test-utils';
import { setSession } from '../composables/session';
import ParticipantsPage from './ParticipantsPage.vue';

const districts = [{ __typename: 'District', id: 2, name: 'Lâm Bình', code: '071' }, { __typename: 'District', id: 3, name: 'Na Hang', code: '072' }];
const node = (id: number, district: (typeof districts)[number]) => ({
  __typename: 'Participant', id, fullName: `Người ${id}`, gender: 'FEMALE', birthYear: 1985, category: 'RESIDENT', position: null, phone: null, idNumber: null,
  ethnicGroupCode: '02', isEthnicMinority: true, version: 1, communeId: 7, villageId: null, commune: { __typename: 'Commune', id: 7, name: 'Thổ Bình' },
  village: null, ethnicGroup: { __typename: 'EthnicGroup', code: '02', name: 'Tày' }, districtId: district.id, district: { __typename: 'District', id: district.id, name: district.name },
});

function listServer() {
  return fakeServer((op) => {
    if (op.operationName === 'Participants') {
      const edges = [{ node: node(1, districts[0]) }, { node: node(2, districts[1]) }];
      return { data: { participants: { totalCount: 4111, pageInfo: { endCursor: null, hasNextPage: false }, edges } } };
    }
    if (op.operationName === 'Districts') return { data: { districts } };
    if (op.operationName === 'CommuneOptions') return { data: { communes: [{ __typename: 'Commune', id: 7, name: 'Thổ Bình', villages: [] }] } };
    return { errors: [{ message: 'unexpected', extensions: { code: 'INTERNAL' } }] } as never;
  });
}

describe('the participants list', () => {
  afterEach(() => setSession(null));
  const province = () => setSession({ id: 1, name: 'tinh', kind: 'USER', role: 'PROVINCE_VIEWER', canWrite: false, district: null, province: { id: 1, name: 'Tuyên Quang' } } as never);
  const filtersSent = (server: ReturnType<typeof listServer>) => server.operations.filter((o) => o.operationName === 'Participants').map((o) => o.variables.filter);

  it('shows the province all its districts at once, with a district column, and one district when picked', async () => {
    province();
    const router = testRouter('/participants');
    await router.isReady();
    const server = listServer();
    const wrapper = mountPortal(ParticipantsPage, server.client as never, {}, 'vi', router);
    await new Promise((r) => setTimeout(r, 300)); // the list's search debounce
    await flushPromises();
    expect(filtersSent(server)[0].districtId).toBeUndefined();
    expect(wrapper.text()).toContain('Na Hang');
    // Counts are Vietnamese: 4.111 rows.
    expect(wrapper.find('[data-test="range"]').text()).toBe('1–2 trên 4.111');

    await wrapper.find('[data-test="district-filter"]').trigger('click');
    await flushPromises();
    const naHang = [...document.querySelectorAll('.el-select-dropdown__item')].find((li) => li.textContent === 'Na Hang') as HTMLElement;
    naHang.click();
    await new Promise((r) => setTimeout(r, 300));
    await flushPromises();
    expect(filtersSent(server).at(-1)).toMatchObject({ districtId: 3 });
    // The choice is in the URL, and a person's link carries the list back.
    expect(router.currentRoute.value.query.districtId).toBe('3');
    const link = router.resolve(wrapper.find('a[href^="/participants/1"]').attributes('href')!);
    expect([link.path, link.query.from]).toEqual(['/participants/1', '/participants?districtId=3']);
    wrapper.unmount();
  });

  it('opens with the filters of its URL (coming back from a person’s page)', async () => {
    province();
    const router = testRouter('/participants?districtId=2&gender=FEMALE');
    await router.isReady();
    const server = listServer();
    const wrapper = mountPortal(ParticipantsPage, server.client as never, {}, 'vi', router);
    await new Promise((r) => setTimeout(r, 300));
    await flushPromises();
    expect(filtersSent(server)).toEqual([expect.objectContaining({ districtId: 2, gender: 'FEMALE' })]);
    wrapper.unmount();
  });
});
