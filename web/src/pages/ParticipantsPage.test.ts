import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { SEARCH_DEBOUNCE_MS } from '../composables/paged';
import ParticipantsPage from './ParticipantsPage.vue';

const settle = async () => {
  await new Promise((r) => setTimeout(r, SEARCH_DEBOUNCE_MS + 100));
  await flushPromises();
};

function participantsServer() {
  return fakeServer((op) => {
    if (op.operationName === 'Participants') {
      const search = op.variables.filter?.search ?? '';
      const node = {
        __typename: 'Participant', id: 1, fullName: 'Nguyễn Văn Lê', gender: 'MALE', birthYear: 1980, category: 'RESIDENT', position: null, phone: null,
        idNumber: null, ethnicGroupCode: '01', isEthnicMinority: false, version: 1, communeId: 3, villageId: null, commune: { __typename: 'Commune', id: 3, name: 'Thượng Lâm' },
        village: null, ethnicGroup: { __typename: 'EthnicGroup', code: '01', name: 'Kinh' },
      };
      const edges = search === 'zzz' ? [] : [{ __typename: 'ParticipantEdge', node }];
      // "thi" stands for a search past the server's counting limit.
      const [totalCount, totalCountIsExact] = search === 'thi' ? [1000, false] : [edges.length, true];
      return { data: { participants: { __typename: 'ParticipantConnection', totalCount, totalCountIsExact, pageInfo: { endCursor: null, hasNextPage: false }, edges } } };
    }
    if (op.operationName === 'Districts') return { data: { districts: [{ __typename: 'District', id: 2, name: 'Lâm Bình', code: '071' }] } };
    if (op.operationName === 'CommuneOptions') return { data: { communes: [] } };
    return { data: {} };
  });
}

describe('the participants list searches as the user types', () => {
  afterEach(() => setSession(null));

  it('asks the server once for what was typed in a burst, not once per keystroke, and shows the answer', async () => {
    setSession({ id: 5, name: 'huyen-071', kind: 'USER', role: 'DISTRICT_MANAGER', canWrite: true, district: { id: 2, name: 'Lâm Bình' }, province: { id: 1, name: 'Tuyên Quang' } } as never);
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
    expect(wrapper.find('[data-test="range"]').text()).toBe('1–1 of 1000+');
    wrapper.unmount();
  }, 30_000);
});
