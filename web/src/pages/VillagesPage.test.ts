import { afterEach, describe, expect, it } from 'vitest';
import type { FetchResult, Operation } from '@apollo/client/core';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { VillagesQuery } from '../graphql/geography';
import { ProvinceReportQuery } from '../graphql/report';
import VillagesPage from './VillagesPage.vue';

const thuongLam = { __typename: 'Commune', id: 11, name: 'Thượng Lâm' };
const village = (id: number, name: string) => ({
  __typename: 'Village',
  id,
  name,
  households: 40,
  poorHouseholds: 10,
  especiallyDifficult: false,
  version: 1,
  communeId: 11,
  commune: thuongLam,
});

/**
 * A server that keeps its villages: a write changes what the next Villages and CommuneOptions answer, as the real one does.
 * It answers ProvinceReport too, for the figures a dashboard would show.
 */
function villagesServer() {
  const villages = [village(1, 'Thôn Nà Đài'), village(2, 'Thôn Khuổi Củng')];
  let nextId = 3;
  const answer = (op: Operation): FetchResult => {
    const v = op.variables;
    switch (op.operationName) {
      case 'Villages':
        return {
          data: { villages: { totalCount: villages.length, pageInfo: { endCursor: null, hasNextPage: false }, edges: villages.map((node) => ({ node })) } },
        };
      case 'CommuneOptions':
        return { data: { communes: [{ ...thuongLam, villages: villages.map(({ id, name }) => ({ __typename: 'Village', id, name })) }] } };
      case 'Districts':
        return { data: { districts: [{ __typename: 'District', id: 2, code: '071', name: 'Lâm Bình' }] } };
      case 'CreateVillage': {
        const created = { ...village(nextId++, v.input.name), ...v.input, commune: thuongLam };
        villages.push(created);
        return { data: { createVillage: created } };
      }
      case 'UpdateVillage': {
        const row = villages.find((r) => r.id === v.id)!;
        Object.assign(row, v.input, { version: row.version + 1 });
        return { data: { updateVillage: row } };
      }
      case 'DeleteVillage':
        villages.splice(
          villages.findIndex((r) => r.id === v.id),
          1,
        );
        return { data: { deleteVillage: true } };
      default:
        throw new Error(`unexpected ${op.operationName}`);
    }
  };
  return { ...fakeServer(answer), villages };
}

const asked = (server: { operations: Operation[] }, name: string) => server.operations.filter((o) => o.operationName === name).length;
const rowNames = (wrapper: ReturnType<typeof mountPortal>) => wrapper.findAll('.el-table__body tr').map((r) => r.find('td').text());
const dialogInput = (id: string) => document.querySelector(`input#${id}`) as HTMLInputElement;
async function type(id: string, text: string): Promise<void> {
  dialogInput(id).value = text;
  dialogInput(id).dispatchEvent(new Event('input'));
  await flushPromises();
}
async function save(): Promise<void> {
  (document.querySelector('[data-test="save-village"]') as HTMLElement).click();
  await flushPromises();
  await flushPromises();
}

/** A dashboard's figures as cached before the write (the province report of the year). */
function cacheFigures(client: ReturnType<typeof fakeServer>['client']): void {
  const row = {
    __typename: 'ReportRow',
    district: null,
    communes: 1,
    especiallyDifficultCommunes: 0,
    villages: 2,
    especiallyDifficultVillages: 0,
    monitoringBoards: 0,
    participantsRegistered: 0,
    peopleTrained: 0,
    personTimes: 0,
    womenTrained: 0,
    ethnicMinorityTrained: 0,
    womenShare: null,
    ethnicMinorityShare: null,
    coverage: null,
    trainedByCategory: [],
    activitiesByKind: [],
    peopleCompleted: 0,
    activitiesOrganised: 0,
    allocation: 0,
    committed: 0,
    spent: 0,
    approved: null,
    liveFigures: null,
    yearStatus: null,
  };
  const budget = { __typename: 'BudgetSummary', funded: false, central: 0, allocated: 0, committed: 0, spent: 0, exchangeCap: null };
  client.writeQuery({
    query: ProvinceReportQuery,
    variables: { fiscalYear: 2026 },
    data: {
      provinceReport: { __typename: 'ProvinceReport', fiscalYear: 2026, generatedAt: '2026-12-04T00:00:00Z', budget, districts: [], total: row },
    } as never,
  });
}

describe('the villages page keeps its list true after a write, asking again only for what the write changed', () => {
  afterEach(() => {
    setSession(null);
    // Dialogs are teleported to the body: a test's must not answer the next one's look-ups.
    document.body.innerHTML = '';
  });
  const signIn = () =>
    setSession({
      id: 5,
      name: 'huyen-071',
      kind: 'USER',
      role: 'DISTRICT_MANAGER',
      canWrite: true,
      district: { id: 2, name: 'Lâm Bình' },
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);

  it('shows a new village in the list and the commune select, and drops the cached figures a dashboard would show', async () => {
    signIn();
    const server = villagesServer();
    cacheFigures(server.client);
    const wrapper = mountPortal(VillagesPage, server.client as never);
    await flushPromises();
    expect(rowNames(wrapper)).toEqual(['Thôn Nà Đài', 'Thôn Khuổi Củng']);

    // Filtered on the commune, "add" starts the new village in it.
    await wrapper.find('.filters .commune-select .el-select__wrapper').trigger('click');
    await flushPromises();
    ([...document.querySelectorAll('.el-select-dropdown__item')].find((o) => o.textContent === 'Thượng Lâm') as HTMLElement).click();
    await flushPromises();
    await wrapper.find('[data-test="add-village"]').trigger('click');
    await flushPromises();
    await type('village-name', 'Thôn Bản Piát');
    const before = { villages: asked(server, 'Villages'), communes: asked(server, 'CommuneOptions') };
    await save();

    expect(server.operations.find((o) => o.operationName === 'CreateVillage')?.variables.input).toMatchObject({ communeId: 11, name: 'Thôn Bản Piát' });
    expect(rowNames(wrapper)).toEqual(['Thôn Nà Đài', 'Thôn Khuổi Củng', 'Thôn Bản Piát']);
    // The list and the communes' villages were asked again, once each; the province report is gone from the cache, so a
    // dashboard opened next asks the server instead of showing one village too few.
    expect(asked(server, 'Villages')).toBe(before.villages + 1);
    expect(asked(server, 'CommuneOptions')).toBe(before.communes + 1);
    expect(server.client.readQuery({ query: ProvinceReportQuery, variables: { fiscalYear: 2026 } })).toBeNull();
    wrapper.unmount();
  });

  it('shows an edit in place from the answer, without asking for the list again', async () => {
    signIn();
    const server = villagesServer();
    const wrapper = mountPortal(VillagesPage, server.client as never);
    await flushPromises();
    await wrapper.findAll('.el-table__body tr')[1].findAll('button')[0].trigger('click');
    await flushPromises();
    expect(dialogInput('village-name').value).toBe('Thôn Khuổi Củng');
    await type('village-name', 'Thôn Khuổi Củng Mới');
    await save();

    expect(server.operations.find((o) => o.operationName === 'UpdateVillage')?.variables).toMatchObject({ id: 2, version: 1 });
    expect(rowNames(wrapper)).toEqual(['Thôn Nà Đài', 'Thôn Khuổi Củng Mới']);
    expect(asked(server, 'Villages')).toBe(1);
    // The cached row carries the new version, so the next edit is not refused as stale.
    const cached = server.client.readQuery({
      query: VillagesQuery,
      variables: { first: 25, after: null, filter: { search: undefined, communeId: undefined, districtId: undefined } },
    });
    expect(cached?.villages.edges[1].node).toMatchObject({ name: 'Thôn Khuổi Củng Mới', version: 2 });
    wrapper.unmount();
  });

  it('drops a deleted village from the list', async () => {
    signIn();
    const server = villagesServer();
    const wrapper = mountPortal(VillagesPage, server.client as never);
    await flushPromises();
    await wrapper.findAll('.el-table__body tr')[0].findAll('button')[1].trigger('click');
    await flushPromises();
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await flushPromises();
    await flushPromises();

    expect(asked(server, 'DeleteVillage')).toBe(1);
    expect(rowNames(wrapper)).toEqual(['Thôn Khuổi Củng']);
    wrapper.unmount();
  });
});
