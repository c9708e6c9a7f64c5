import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { currentYear } from '../format';
import ActivitiesPage from './ActivitiesPage.vue';

const year = currentYear();
const lamBinh = { __typename: 'District', id: 2, name: 'Lâm Bình' };
const activity = {
  __typename: 'Activity', id: 7, title: 'Tập huấn giám sát', kind: 'TRAINING', scope: 'IN_PROVINCE', status: 'COMPLETED', startDate: `${year}-03-02`,
  endDate: `${year}-03-03`, location: null, topic: null, fiscalYear: year, plannedCost: 10_000_000, actualCost: 9_000_000, committedCost: 9_000_000,
  version: 1, districtId: 2, providerId: null, district: lamBinh, attendances: [],
};

/** Lâm Bình's activities of the year with its year as given; any write is refused as locked, as the server does for a year submitted meanwhile. */
function activitiesServer(status: string) {
  return fakeServer((op) => {
    if (op.operationName === 'Activities') {
      return { data: { activities: { totalCount: 1, pageInfo: { endCursor: null, hasNextPage: false }, edges: [{ node: activity }] } } };
    }
    if (op.operationName === 'DistrictYearStatuses') {
      const locked = status === 'SUBMITTED' || status === 'APPROVED';
      const yearStatus = {
        __typename: 'YearStatus', id: `2:${year}`, districtId: 2, fiscalYear: year, status, locked, note: null, reason: null,
        submittedAt: null, submittedBy: locked ? 'huyen-071' : null, approvedAt: null, approvedBy: null, decidedAt: null, decidedBy: null,
      };
      return { data: { provinceReport: { districts: [{ district: lamBinh, yearStatus }] } } };
    }
    if (op.operationName === 'Providers') return { data: { providers: [] } };
    if (op.operationName === 'Districts') return { data: { districts: [{ ...lamBinh, code: '071' }] } };
    if (op.operationName === 'Budget') {
      const envelope = { allocation: 0, committed: 0, spent: 0, headroom: 0 };
      return {
        data: {
          budget: {
            fiscalYear: year, funded: true, central: 0, allocated: 0, committed: 0, spent: 0, fundingVersion: 1,
            exchangeCap: { percent: 10, cap: 0, committed: 0, headroom: 0, shareOfCentral: 0 }, districts: [{ district: { ...lamBinh, code: '071' }, ...envelope }],
          },
        },
      };
    }
    const lock = { code: 'PERIOD_LOCKED', fiscalYear: year, districtId: 2, status: 'SUBMITTED', lockedBy: 'huyen-071' };
    return { errors: [{ message: 'locked', extensions: lock }] } as never;
  });
}

describe('the activities page of a locked year', () => {
  afterEach(() => setSession(null));
  const signIn = () =>
    setSession({ id: 5, name: 'huyen-071', kind: 'USER', role: 'DISTRICT_MANAGER', canWrite: true, district: { id: 2, name: 'Lâm Bình' }, province: { id: 1, name: 'Tuyên Quang' } } as never);

  it('says the submitted year is locked and disables its edit, delete and attendance', async () => {
    signIn();
    const wrapper = mountPortal(ActivitiesPage, activitiesServer('SUBMITTED').client as never, {}, 'vi');
    await flushPromises();
    expect(wrapper.find('[data-test="year-locked"]').text()).toContain(`Số liệu năm ${year} của Lâm Bình đang bị khoá (Đã nộp)`);
    for (const action of ['edit-activity', 'delete-activity', 'attendance']) {
      expect(wrapper.find(`[data-test="${action}"]`).attributes('disabled'), action).toBeDefined();
    }
    wrapper.unmount();
  });

  it('leaves an open year editable, and shows a lock the server still answers instead of failing silently', async () => {
    signIn();
    const server = activitiesServer('RETURNED');
    const wrapper = mountPortal(ActivitiesPage, server.client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="year-locked"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="edit-activity"]').attributes('disabled')).toBeUndefined();

    await wrapper.find('[data-test="edit-activity"]').trigger('click');
    await flushPromises();
    (document.querySelector('[data-test="save-activity"]') as HTMLElement).click();
    await flushPromises();
    expect(server.operations.some((o) => o.operationName === 'UpdateActivity')).toBe(true);
    expect(document.querySelector('[data-test="activity-error"]')?.textContent).toContain(`The figures of ${year} are locked (Submitted, huyen-071)`);
    wrapper.unmount();
  });
});
