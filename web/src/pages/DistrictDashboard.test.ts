import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { currentYear } from '../format';
import DistrictDashboard from './DistrictDashboard.vue';

const total = (n: number) => ({ totalCount: n });

/** The district's counts of the year, its year's record as given, and its envelope. */
function dashboardServer(yearStatus: { status: string; approvedAt: string | null }) {
  return fakeServer(() => ({
    data: {
      communePage: total(10), villages: total(2), monitoringBoards: total(1), participants: total(3), activities: total(2), trainings: total(2),
      provinceReport: { total: { peopleTrained: 2, personTimes: 4, womenShare: null, ethnicMinorityShare: 0.5 } },
      yearStatus,
      budget: { funded: true, districts: [{ district: { id: 2, name: 'Lâm Bình' }, allocation: 300_000_000, committed: 80_000_000, spent: 80_000_000, headroom: 220_000_000 }], exchangeCap: { cap: 0, committed: 0, headroom: 0 } },
    },
  }));
}

describe('the district dashboard', () => {
  afterEach(() => setSession(null));
  const signIn = () =>
    setSession({ id: 5, name: 'huyen-071', kind: 'USER', role: 'DISTRICT_MANAGER', canWrite: true, district: { id: 2, name: 'Lâm Bình' }, province: { id: 1, name: 'Tuyên Quang' } } as never);

  it('shows where the district’s year stands, with the approval date once approved', async () => {
    signIn();
    const wrapper = mountPortal(DistrictDashboard, dashboardServer({ status: 'APPROVED', approvedAt: '2026-03-05T08:00:00Z' }).client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="year-status"]').text()).toBe('Approved (approved on 05/03/2026)');
    // A share of nobody trained reads "—", not 0 %.
    expect(wrapper.text()).toContain('—');
    wrapper.unmount();
  });

  it('says an untouched year is open, in Vietnamese by default', async () => {
    signIn();
    const wrapper = mountPortal(DistrictDashboard, dashboardServer({ status: 'OPEN', approvedAt: null }).client as never, {}, 'vi');
    await flushPromises();
    expect(wrapper.find('[data-test="year-status"]').text()).toBe('Đang nhập');
    wrapper.unmount();
  });

  it('links the year’s report as an Excel download', async () => {
    signIn();
    const wrapper = mountPortal(DistrictDashboard, dashboardServer({ status: 'SUBMITTED', approvedAt: null }).client as never);
    await flushPromises();
    const link = wrapper.find('[data-test="report-xlsx"]');
    expect(link.attributes('href')).toBe(`/reports/province.xlsx?fiscalYear=${currentYear()}`);
    expect(link.attributes('download')).toBeDefined();
    wrapper.unmount();
  });
});
