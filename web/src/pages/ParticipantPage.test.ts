import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal, testRouter } from '../test-utils';
import { setSession } from '../composables/session';
import ParticipantPage from './ParticipantPage.vue';

const lamBinh = { __typename: 'District', id: 2, name: 'Lâm Bình' };
const person = {
  __typename: 'Participant',
  id: 41,
  fullName: 'Hoàng Thị Lan',
  gender: 'FEMALE',
  birthYear: 1985,
  category: 'RESIDENT',
  position: null,
  phone: null,
  idNumber: null,
  ethnicGroupCode: '02',
  isEthnicMinority: true,
  version: 3,
  communeId: 7,
  villageId: null,
  district: lamBinh,
  commune: { __typename: 'Commune', id: 7, name: 'Thổ Bình' },
  village: null,
  ethnicGroup: { __typename: 'EthnicGroup', code: '02', name: 'Tày' },
  attendances: [],
};

function personServer() {
  return fakeServer((op) => {
    if (op.operationName === 'Participant') return { data: { participant: person } };
    if (op.operationName === 'Districts') return { data: { districts: [{ ...lamBinh, code: '071' }] } };
    if (op.operationName === 'CommuneOptions') return { data: { communes: [{ __typename: 'Commune', id: 7, name: 'Thổ Bình', villages: [] }] } };
    if (op.operationName === 'UpdateParticipant') return { data: { updateParticipant: { __typename: 'Participant', id: 41, version: 4 } } };
    return { errors: [{ message: 'unexpected', extensions: { code: 'INTERNAL' } }] } as never;
  });
}

describe('a participant’s page', () => {
  afterEach(() => setSession(null));
  const signIn = (role: string) =>
    setSession({
      id: 5,
      name: 'x',
      kind: 'USER',
      role,
      canWrite: role === 'DISTRICT_MANAGER',
      district: lamBinh,
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);
  async function open(url: string) {
    const router = testRouter(url);
    await router.isReady();
    const server = personServer();
    const wrapper = mountPortal(ParticipantPage, server.client as never, { id: 41 }, 'vi', router);
    await flushPromises();
    return { wrapper, server, router };
  }

  it('leads back to the list with the filters it was opened from', async () => {
    signIn('DISTRICT_MANAGER');
    const { wrapper } = await open('/participants/41?from=%2Fparticipants%3Fgender%3DFEMALE%26communeId%3D7');
    expect(wrapper.find('[data-test="back-to-list"]').attributes('href')).toBe('/participants?gender=FEMALE&communeId=7');
    wrapper.unmount();
  });

  it('leads back to the plain list when opened directly, and never to another site', async () => {
    signIn('DISTRICT_MANAGER');
    const direct = await open('/participants/41');
    expect(direct.wrapper.find('[data-test="back-to-list"]').attributes('href')).toBe('/participants');
    direct.wrapper.unmount();
    const foreign = await open('/participants/41?from=%2F%2Fevil.example%2Fparticipants');
    expect(foreign.wrapper.find('[data-test="back-to-list"]').attributes('href')).toBe('/participants');
    foreign.wrapper.unmount();
  });

  it('lets a manager edit the person in the participant form, and shows the saved record', async () => {
    signIn('DISTRICT_MANAGER');
    const { wrapper, server } = await open('/participants/41');
    expect(wrapper.find('[data-test="read-only"]').exists()).toBe(false);
    await wrapper.find('[data-test="edit-participant"]').trigger('click');
    await flushPromises();
    const name = document.querySelector('input#p-fullName') as HTMLInputElement;
    expect(name.value).toBe('Hoàng Thị Lan');
    name.value = 'Hoàng Thị Lan Anh';
    name.dispatchEvent(new Event('input'));
    (document.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await flushPromises();
    const update = server.operations.find((o) => o.operationName === 'UpdateParticipant');
    expect(update?.variables).toMatchObject({ id: 41, version: 3, input: { fullName: 'Hoàng Thị Lan Anh', communeId: 7, ethnicGroupCode: '02' } });
    // The page asks for the record again once saved.
    expect(server.operations.filter((o) => o.operationName === 'Participant')).toHaveLength(2);
    wrapper.unmount();
  });

  it('tells a viewer the page is read-only and offers no edit', async () => {
    signIn('DISTRICT_VIEWER');
    const { wrapper } = await open('/participants/41');
    expect(wrapper.find('[data-test="read-only"]').text()).toBe('Bạn chỉ có quyền xem.');
    expect(wrapper.find('[data-test="edit-participant"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
