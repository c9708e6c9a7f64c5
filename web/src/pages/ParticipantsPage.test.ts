import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal, testRouter } from '../test-utils';
import { setSession } from '../composables/session';
import { SEARCH_DEBOUNCE_MS } from '../composables/paged';
import ParticipantsPage from './ParticipantsPage.vue';

const districts = [
  { __typename: 'District', id: 2, name: 'Lâm Bình', code: '071' },
  { __typename: 'District', id: 3, name: 'Na Hang', code: '072' },
];
const node = (id: number, district: (typeof districts)[number]) => ({
  __typename: 'Participant',
  id,
  fullName: `Người ${id}`,
  gender: 'FEMALE',
  birthYear: 1985,
  category: 'RESIDENT',
  position: null,
  phone: null,
  idNumber: null,
  ethnicGroupCode: '02',
  isEthnicMinority: true,
  version: 1,
  communeId: 7,
  villageId: null,
  commune: { __typename: 'Commune', id: 7, name: 'Thổ Bình' },
  village: null,
  ethnicGroup: { __typename: 'EthnicGroup', code: '02', name: 'Tày' },
  districtId: district.id,
  district: { __typename: 'District', id: district.id, name: district.name },
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
  const province = () =>
    setSession({
      id: 1,
      name: 'tinh',
      kind: 'USER',
      role: 'PROVINCE_VIEWER',
      canWrite: false,
      district: null,
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);
  const filtersSent = (server: ReturnType<typeof listServer>) =>
    server.operations.filter((o) => o.operationName === 'Participants').map((o) => o.variables.filter);

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

const settle = async () => {
  await new Promise((r) => setTimeout(r, SEARCH_DEBOUNCE_MS + 100));
  await flushPromises();
};

function participantsServer() {
  return fakeServer((op) => {
    if (op.operationName === 'Participants') {
      const search = op.variables.filter?.search ?? '';
      const node = {
        __typename: 'Participant',
        id: 1,
        fullName: 'Nguyễn Văn Lê',
        gender: 'MALE',
        birthYear: 1980,
        category: 'RESIDENT',
        position: null,
        phone: null,
        idNumber: null,
        ethnicGroupCode: '01',
        isEthnicMinority: false,
        version: 1,
        communeId: 3,
        villageId: null,
        commune: { __typename: 'Commune', id: 3, name: 'Thượng Lâm' },
        village: null,
        ethnicGroup: { __typename: 'EthnicGroup', code: '01', name: 'Kinh' },
      };
      const edges = search === 'zzz' ? [] : [{ __typename: 'ParticipantEdge', node }];
      // "thi" stands for a search past the server's counting limit.
      const [totalCount, totalCountIsExact] = search === 'thi' ? [1000, false] : [edges.length, true];
      return {
        data: {
          participants: { __typename: 'ParticipantConnection', totalCount, totalCountIsExact, pageInfo: { endCursor: null, hasNextPage: false }, edges },
        },
      };
    }
    if (op.operationName === 'Districts') return { data: { districts: [{ __typename: 'District', id: 2, name: 'Lâm Bình', code: '071' }] } };
    if (op.operationName === 'CommuneOptions') return { data: { communes: [] } };
    return { data: {} };
  });
}

describe('the participants list searches as the user types', () => {
  afterEach(() => setSession(null));

  it('asks the server once for what was typed in a burst, not once per keystroke, and shows the answer', async () => {
    setSession({
      id: 5,
      name: 'huyen-071',
      kind: 'USER',
      role: 'DISTRICT_MANAGER',
      canWrite: true,
      district: { id: 2, name: 'Lâm Bình' },
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);
    const server = participantsServer();
    const wrapper = mountPortal(ParticipantsPage, server.client as never);
    await settle();
    const searches = () => server.operations.filter((op) => op.operationName === 'Participants').map((op) => op.variables.filter?.search ?? null);
    expect(searches()).toEqual([null]);

    const input = wrapper.find('input[data-test="participant-search"]');
    for (const typed of ['z', 'zz', 'zzz']) {
      await input.setValue(typed);
      await new Promise((r) => setTimeout(r, 20));
    }
    await settle();
    expect(searches()).toEqual([null, 'zzz']);
    expect(wrapper.text()).not.toContain('Nguyễn Văn Lê');

    await input.setValue('ngu');
    await settle();
    expect(searches()).toEqual([null, 'zzz', 'ngu']);
    expect(wrapper.text()).toContain('Nguyễn Văn Lê');
    expect(wrapper.find('[data-test="range"]').text()).toBe('1–1 of 1');

    await input.setValue('thi');
    await settle();
    expect(wrapper.find('[data-test="range"]').text()).toBe('1–1 of 1,000+');
    wrapper.unmount();
  }, 30_000);
});
