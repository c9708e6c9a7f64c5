import { afterEach, describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { formatMoney } from '../format';
import { testRouter } from '../test-utils';
import DistrictDashboard from './DistrictDashboard.vue';

const total = (n: number) => ({ totalCount: n });
/** The newest year with data, older than the calendar year (as every January): the dashboard opens on it. */
const year = 2025;

/** The district's year as the server answers it (a YearStatus with its id, so Apollo keeps one record of it). */
function record(fields: Record<string, unknown>, fiscalYear = year) {
  return {
    __typename: 'YearStatus',
    id: `2:${fiscalYear}`,
    districtId: 2,
    fiscalYear,
    status: 'OPEN',
    locked: false,
    note: null,
    reason: null,
    submittedAt: null,
    submittedBy: null,
    approvedAt: null,
    approvedBy: null,
    decidedAt: null,
    decidedBy: null,
    ...fields,
  };
}

/** The district's counts of the year, its year's record as given, and its envelope; a submission answers the submitted record. */
function dashboardServer(yearStatus: Record<string, unknown>) {
  return fakeServer((op) => {
    if (op.operationName === 'ActiveYears') return { data: { activeYears: [year, year - 1] } };
    if (op.operationName === 'SubmitYear') {
      return {
        data: {
          submitYear: record({ status: 'SUBMITTED', locked: true, note: op.variables.note, submittedAt: '2026-12-04T08:00:00Z', submittedBy: 'huyen-071' }),
        },
      };
    }
    return {
      data: {
        communePage: total(10),
        villages: total(2),
        monitoringBoards: total(1),
        participants: total(3),
        activities: total(2),
        trainings: total(2),
        provinceReport: {
          total: {
            peopleTrained: 2,
            personTimes: 4,
            womenShare: null,
            ethnicMinorityShare: 0.5,
            womenTrained: 0,
            ethnicMinorityTrained: 1,
            peopleCompleted: 1,
            activitiesOrganised: 2,
            communes: 10,
            villages: 2,
            participantsRegistered: 3,
            allocation: 300_000_000,
            committed: 80_000_000,
            spent: 80_000_000,
          },
        },
        yearStatus: record(yearStatus, op.variables.fiscalYear),
        budget: {
          funded: true,
          districts: [{ district: { id: 2, name: 'Lâm Bình' }, allocation: 300_000_000, committed: 80_000_000, spent: 80_000_000, headroom: 220_000_000 }],
          exchangeCap: { cap: 0, committed: 0, headroom: 0 },
        },
      },
    };
  });
}

describe('the district dashboard', () => {
  afterEach(() => setSession(null));
  const signIn = (role = 'DISTRICT_MANAGER') =>
    setSession({
      id: 5,
      name: 'huyen-071',
      kind: 'USER',
      role,
      canWrite: role === 'DISTRICT_MANAGER',
      district: { id: 2, name: 'Lâm Bình' },
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);

  it('shows where the district’s year stands, with the approval date once approved', async () => {
    signIn();
    const wrapper = mountPortal(
      DistrictDashboard,
      dashboardServer({ status: 'APPROVED', locked: true, approvedAt: '2026-03-05T08:00:00Z', approvedBy: 'tinh' }).client as never,
    );
    await flushPromises();
    expect(wrapper.find('[data-test="year-status"]').text()).toBe('Approved (approved on 05/03/2026)');
    expect(wrapper.find('[data-test="year-lock"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="year-history"]').text()).toContain('Approved on 05/03/2026 by tinh');
    // An approved year is not submitted again.
    expect(wrapper.find('[data-test="submit-year"]').exists()).toBe(false);
    // A share of nobody trained reads "—", not 0 %.
    expect(wrapper.text()).toContain('—');
    wrapper.unmount();
  });

  it('says an untouched year is open, in Vietnamese by default', async () => {
    signIn();
    const wrapper = mountPortal(DistrictDashboard, dashboardServer({ status: 'OPEN' }).client as never, {}, 'vi');
    await flushPromises();
    expect(wrapper.find('[data-test="year-status"]').text()).toBe('Đang nhập');
    expect(wrapper.find('[data-test="submit-year"]').text()).toBe('Gửi duyệt');
    wrapper.unmount();
  });

  it('shows the province’s reason on a returned year, and the figures it submits again with a note', async () => {
    signIn();
    const server = dashboardServer({
      status: 'RETURNED',
      reason: 'Thiếu danh sách lớp tháng 3',
      submittedAt: '2026-12-01T08:00:00Z',
      submittedBy: 'huyen-071',
      decidedAt: '2026-12-02T08:00:00Z',
      decidedBy: 'tinh',
    });
    const wrapper = mountPortal(DistrictDashboard, server.client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="year-reason"]').text()).toContain('Thiếu danh sách lớp tháng 3');
    expect(wrapper.find('[data-test="year-history"]').exists()).toBe(true);
    expect(wrapper.text()).toContain('Returned on 02/12/2026 by tinh');

    await wrapper.find('[data-test="submit-year"]').trigger('click');
    await flushPromises();
    const summary = document.querySelector('[data-test="submit-summary"]') as HTMLElement;
    expect(summary.textContent).toContain(formatMoney(300_000_000));
    expect(summary.textContent).toContain(`People trained in ${year}2`);
    // The district's own report of the year is offered with the submission.
    const attached = document.querySelector('[data-test="submit-dialog"] [data-test="district-report-pdf"]') as HTMLAnchorElement;
    expect(attached.getAttribute('href')).toBe(`/reports/district.pdf?fiscalYear=${year}&districtId=2`);
    const note = document.querySelector('textarea#submit-note') as HTMLTextAreaElement;
    note.value = 'Đã bổ sung danh sách';
    note.dispatchEvent(new Event('input'));
    (document.querySelector('[data-test="submit-send"]') as HTMLElement).click();
    await flushPromises();

    expect(server.operations.find((o) => o.operationName === 'SubmitYear')?.variables).toEqual({ fiscalYear: year, note: 'Đã bổ sung danh sách' });
    // The answer updates the cached record: the status changes without asking for the dashboard again.
    expect(server.operations.filter((o) => o.operationName === 'DistrictCounts')).toHaveLength(1);
    expect(wrapper.find('[data-test="year-status"]').text()).toBe('Submitted');
    expect(wrapper.find('[data-test="year-lock"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="year-note"]').text()).toContain('Đã bổ sung danh sách');
    expect(wrapper.find('[data-test="year-reason"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="submit-year"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('opens on the newest year with data, and its picker switches year and keeps it in the URL', async () => {
    signIn();
    const server = dashboardServer({ status: 'OPEN' });
    const router = testRouter('/dashboard');
    await router.isReady();
    const wrapper = mountPortal(DistrictDashboard, server.client as never, {}, 'en', router);
    await flushPromises();
    const asked = () => server.operations.filter((o) => o.operationName === 'DistrictCounts').map((o) => o.variables.fiscalYear);
    // The calendar year (no data) is never asked for first.
    expect(asked()).toEqual([year]);
    expect(wrapper.find('[data-test="count-activities"]').exists()).toBe(true);
    await wrapper.find('[data-test="year-picker"]').trigger('click');
    await flushPromises();
    (document.querySelector(`[data-test="year-option-${year - 1}"]`) as HTMLElement).click();
    await flushPromises();
    expect(router.currentRoute.value.query.year).toBe(String(year - 1));
    expect(asked()).toEqual([year, year - 1]);
    expect(wrapper.find('[data-test="report-xlsx"]').attributes('href')).toBe(`/reports/province.xlsx?fiscalYear=${year - 1}`);
    wrapper.unmount();
  });

  it('opens on the year of the URL, so a reload or a link keeps it', async () => {
    signIn();
    const server = dashboardServer({ status: 'OPEN' });
    const router = testRouter('/dashboard?year=2019');
    await router.isReady();
    const wrapper = mountPortal(DistrictDashboard, server.client as never, {}, 'en', router);
    await flushPromises();
    expect(server.operations.filter((o) => o.operationName === 'DistrictCounts').map((o) => o.variables.fiscalYear)).toEqual([2019]);
    wrapper.unmount();
  });

  it('offers no submission to a district viewer', async () => {
    signIn('DISTRICT_VIEWER');
    const wrapper = mountPortal(DistrictDashboard, dashboardServer({ status: 'OPEN' }).client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="submit-year"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('links the year’s reports: the roll-up and the district’s own, in Excel and PDF', async () => {
    signIn();
    const wrapper = mountPortal(DistrictDashboard, dashboardServer({ status: 'SUBMITTED', locked: true }).client as never);
    await flushPromises();
    const href = (test: string) => wrapper.find(`[data-test="${test}"]`).attributes('href');
    expect(href('report-xlsx')).toBe(`/reports/province.xlsx?fiscalYear=${year}`);
    expect(wrapper.find('[data-test="report-xlsx"]').attributes('download')).toBeDefined();
    expect(href('report-pdf')).toBe(`/reports/province.pdf?fiscalYear=${year}`);
    expect(href('district-report-xlsx')).toBe(`/reports/district.xlsx?fiscalYear=${year}&districtId=2`);
    expect(href('district-report-pdf')).toBe(`/reports/district.pdf?fiscalYear=${year}&districtId=2`);
    wrapper.unmount();
  });
});
