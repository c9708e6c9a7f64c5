import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { currentYear } from '../format';
import ProvinceDashboard from './ProvinceDashboard.vue';

// The charts draw on a canvas happy-dom does not have; the table is what this file is about.
vi.mock('../components/EChart.vue', () => ({ default: defineComponent({ props: ['option', 'label', 'height'], setup: () => () => h('div') }) }));

const year = currentYear();
const record = (districtId: number, fields: Record<string, unknown>) => ({
  __typename: 'YearStatus',
  id: `${districtId}:${year}`,
  districtId,
  fiscalYear: year,
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
});
const row = (id: number, name: string, yearStatus: Record<string, unknown> | null) => ({
  __typename: 'ReportRow',
  district: yearStatus ? { __typename: 'District', id, name, code: String(id) } : null,
  communes: 1,
  especiallyDifficultCommunes: 0,
  villages: 1,
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
  approved: yearStatus?.status === 'APPROVED',
  liveFigures: null,
  yearStatus,
});

/** Lâm Bình has submitted, Na Hang is approved; a return without a reason is refused on the field `reason`, as the server does. */
function provinceServer() {
  return fakeServer((op) => {
    if (op.operationName === 'ActiveYears') return { data: { activeYears: [] } };
    if (op.operationName === 'ProvinceYearStatus') {
      return { data: { provinceYearStatus: { __typename: 'ProvinceYearStatus', fiscalYear: year, closed: false, closedAt: null, closedBy: null } } };
    }
    if (op.operationName === 'CloseProvinceYear') {
      return {
        data: { closeProvinceYear: { __typename: 'ProvinceYearStatus', fiscalYear: year, closed: true, closedAt: '2026-12-04T10:00:00Z', closedBy: 'tinh' } },
      };
    }
    if (op.operationName === 'ReturnYear') {
      if (!String(op.variables.reason).trim())
        return { errors: [{ message: 'Give a reason / Hãy nêu lý do', extensions: { code: 'BAD_USER_INPUT', field: 'reason' } }] } as never;
      return { data: { returnYear: record(2, { status: 'RETURNED', reason: op.variables.reason, decidedAt: '2026-12-04T09:00:00Z', decidedBy: 'tinh' }) } };
    }
    return {
      data: {
        provinceReport: {
          fiscalYear: year,
          generatedAt: '2026-12-04T08:00:00Z',
          budget: {
            funded: false,
            central: 0,
            allocated: 0,
            committed: 0,
            spent: 0,
            exchangeCap: { percent: 10, cap: 0, committed: 0, headroom: 0, shareOfCentral: 0 },
          },
          districts: [
            row(2, 'Lâm Bình', record(2, { status: 'SUBMITTED', locked: true, submittedAt: '2026-12-01T08:00:00Z', submittedBy: 'huyen-071' })),
            row(3, 'Na Hang', record(3, { status: 'APPROVED', locked: true, approvedAt: '2026-03-05T08:00:00Z', approvedBy: 'tinh' })),
          ],
          total: row(0, '', null),
        },
      },
    };
  });
}

describe('the province dashboard', () => {
  afterEach(() => setSession(null));
  const signIn = (role: string) =>
    setSession({
      id: 1,
      name: 'tinh',
      kind: 'USER',
      role,
      canWrite: role === 'PROVINCE_ADMIN',
      district: null,
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);

  it('shows each district’s status, approves or returns a submitted year, reopens an approved one, and marks the approval date', async () => {
    signIn('PROVINCE_ADMIN');
    const wrapper = mountPortal(ProvinceDashboard, provinceServer().client as never, {}, 'vi');
    await flushPromises();
    const lamBinh = wrapper.find('[data-test="year-2"]');
    const naHang = wrapper.find('[data-test="year-3"]');
    expect(lamBinh.text()).toContain('Đã nộp');
    expect(naHang.text()).toContain('Đã phê duyệt');
    expect(naHang.find('[data-test="approved-on"]').text()).toContain('05/03/2026');
    const rows = wrapper.findAll('.el-table__body-wrapper tr');
    const actions = (i: number) => rows[i].findAll('[data-test$="-year"]').map((b) => b.attributes('data-test'));
    expect(actions(0)).toEqual(['approve-year', 'return-year']);
    expect(actions(1)).toEqual(['reopen-year']);
    expect(wrapper.find('[data-test="close-province-year"]').text()).toBe('Khoá năm cấp tỉnh');
    wrapper.unmount();
  });

  it('returns a year only with a reason: the server’s refusal shows beside the field, then the row reads "returned"', async () => {
    signIn('PROVINCE_ADMIN');
    const server = provinceServer();
    const wrapper = mountPortal(ProvinceDashboard, server.client as never);
    await flushPromises();
    await wrapper.find('[data-test="return-year"]').trigger('click');
    await flushPromises();
    (document.querySelector('[data-test="reason-send"]') as HTMLElement).click();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 200)); // Element Plus shows a form item's error after a short debounce
    const item = document.querySelector('textarea#year-reason')?.closest('.el-form-item') as HTMLElement;
    expect(item.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('Give a reason / Hãy nêu lý do');

    const reason = document.querySelector('textarea#year-reason') as HTMLTextAreaElement;
    reason.value = 'Thiếu danh sách lớp tháng 3';
    reason.dispatchEvent(new Event('input'));
    (document.querySelector('[data-test="reason-send"]') as HTMLElement).click();
    await flushPromises();
    const sent = server.operations.filter((o) => o.operationName === 'ReturnYear').map((o) => o.variables);
    expect(sent).toEqual([
      { districtId: 2, fiscalYear: year, reason: '' },
      { districtId: 2, fiscalYear: year, reason: 'Thiếu danh sách lớp tháng 3' },
    ]);
    // The answer updates the cached record of that district's year: no approve or return is offered any more.
    expect(wrapper.find('[data-test="year-2"]').text()).toContain('Returned');
    expect(wrapper.find('[data-test="return-year"]').exists()).toBe(false);
    expect(server.operations.filter((o) => o.operationName === 'ProvinceReport')).toHaveLength(1);
    wrapper.unmount();
  });

  it('closes the province level of the year after a confirmation, and says it is closed', async () => {
    signIn('PROVINCE_ADMIN');
    const server = provinceServer();
    const wrapper = mountPortal(ProvinceDashboard, server.client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="province-closed"]').exists()).toBe(false);
    await wrapper.find('[data-test="close-province-year"]').trigger('click');
    await flushPromises();
    (document.querySelector('.el-message-box__btns .el-button--primary') as HTMLElement).click();
    await flushPromises();
    await new Promise((r) => setTimeout(r, 50));
    await flushPromises();
    expect(server.operations.filter((o) => o.operationName === 'CloseProvinceYear').map((o) => o.variables)).toEqual([{ fiscalYear: year }]);
    expect(wrapper.find('[data-test="province-closed"]').text()).toContain(`Province-level activities of ${year} are closed (tinh, 04/12/2026).`);
    expect(wrapper.find('[data-test="close-province-year"]').exists()).toBe(false);
    expect(server.operations.filter((o) => o.operationName === 'ProvinceYearStatus')).toHaveLength(1);
    wrapper.unmount();
  });

  it('offers a province viewer the statuses and the reports, but no decisions', async () => {
    signIn('PROVINCE_VIEWER');
    const wrapper = mountPortal(ProvinceDashboard, provinceServer().client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="year-2"]').text()).toContain('Submitted');
    expect(wrapper.findAll('[data-test$="-year"]').map((b) => b.attributes('data-test'))).toEqual([]);
    expect(wrapper.find('[data-test="report-pdf"]').attributes('href')).toBe(`/reports/province.pdf?fiscalYear=${year}`);
    expect(wrapper.find('[data-test="district-report-xlsx"]').attributes('href')).toBe(`/reports/district.xlsx?fiscalYear=${year}&districtId=2`);
    wrapper.unmount();
  });
});
