import { afterEach, describe, expect, it } from 'vitest';
import type { FetchResult, Operation } from '@apollo/client/core';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { setSession } from '../composables/session';
import { currentYear } from '../format';
import { parse } from 'graphql';
import ActivitiesPage from './ActivitiesPage.vue';

const year = currentYear();
const lamBinh = { __typename: 'District', id: 2, name: 'Lâm Bình' };
const activity = {
  __typename: 'Activity',
  id: 7,
  title: 'Tập huấn giám sát',
  kind: 'TRAINING',
  scope: 'IN_PROVINCE',
  status: 'COMPLETED',
  startDate: `${year}-03-02`,
  endDate: `${year}-03-03`,
  location: null,
  topic: null,
  fiscalYear: year,
  plannedCost: 10_000_000,
  actualCost: 9_000_000,
  committedCost: 9_000_000,
  version: 1,
  districtId: 2,
  providerId: null,
  district: lamBinh,
  attendances: [],
};

const provinceActivity = { ...activity, id: 8, title: 'Hội nghị tỉnh', districtId: null, district: null };

/**
 * Lâm Bình's activity and a province-level one, with the district's year as given and the province's year closed or not;
 * any write is refused as locked, as the server does for a year submitted meanwhile.
 */
function activitiesServer(status: string, provinceClosed = false) {
  return fakeServer(answerFor(status, provinceClosed));
}

function answerFor(status: string, provinceClosed: boolean) {
  return (op: Operation): FetchResult => {
    if (op.operationName === 'Activities') {
      const edges = [{ node: activity }, { node: provinceActivity }];
      return { data: { activities: { totalCount: 2, pageInfo: { endCursor: null, hasNextPage: false }, edges } } };
    }
    if (op.operationName === 'ProvinceYearStatus') {
      const closed = provinceClosed ? { closed: true, closedAt: '2026-12-04T08:00:00Z', closedBy: 'tinh' } : { closed: false, closedAt: null, closedBy: null };
      return { data: { provinceYearStatus: { __typename: 'ProvinceYearStatus', fiscalYear: year, ...closed } } };
    }
    if (op.operationName === 'DistrictYearStatuses') {
      const locked = status === 'SUBMITTED' || status === 'APPROVED';
      const yearStatus = {
        __typename: 'YearStatus',
        id: `2:${year}`,
        districtId: 2,
        fiscalYear: year,
        status,
        locked,
        note: null,
        reason: null,
        submittedAt: null,
        submittedBy: locked ? 'huyen-071' : null,
        approvedAt: null,
        approvedBy: null,
        decidedAt: null,
        decidedBy: null,
      };
      return { data: { provinceReport: { districts: [{ district: lamBinh, yearStatus }] } } };
    }
    if (op.operationName === 'ActiveYears') return { data: { activeYears: [year] } };
    if (op.operationName === 'Providers') return { data: { providers: [] } };
    if (op.operationName === 'Districts') return { data: { districts: [{ ...lamBinh, code: '071' }] } };
    if (op.operationName === 'Budget') {
      const envelope = { allocation: 0, committed: 0, spent: 0, headroom: 0 };
      return {
        data: {
          budget: {
            fiscalYear: year,
            funded: true,
            central: 0,
            allocated: 0,
            committed: 0,
            spent: 0,
            fundingVersion: 1,
            exchangeCap: { percent: 10, cap: 0, committed: 0, headroom: 0, shareOfCentral: 0 },
            districts: [{ district: { ...lamBinh, code: '071' }, ...envelope }],
          },
        },
      };
    }
    const lock = { code: 'PERIOD_LOCKED', fiscalYear: year, districtId: 2, status: 'SUBMITTED', lockedBy: 'huyen-071' };
    return { errors: [{ message: 'locked', extensions: lock }] } as never;
  };
}

describe('the activities page of a locked year', () => {
  afterEach(() => setSession(null));
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

  it('says the submitted year is locked and disables its edit, delete and attendance', async () => {
    signIn();
    const wrapper = mountPortal(ActivitiesPage, activitiesServer('SUBMITTED').client as never, {}, 'vi');
    await flushPromises();
    expect(wrapper.find('[data-test="year-locked"]').text()).toContain(`Số liệu năm ${year} của Lâm Bình đang bị khoá (Đã nộp)`);
    const [own, provinces] = wrapper.findAll('.el-table__body tr');
    for (const action of ['edit-activity', 'delete-activity', 'attendance']) {
      expect(own.find(`[data-test="${action}"]`).attributes('disabled'), action).toBeDefined();
      // The province's own activity is not the district's year: it stays editable while the province has not closed the year.
      expect(provinces.find(`[data-test="${action}"]`).attributes('disabled'), action).toBeUndefined();
    }
    wrapper.unmount();
  });

  it('says when the province closed the year, and disables its province-level activities only', async () => {
    signIn();
    const wrapper = mountPortal(ActivitiesPage, activitiesServer('OPEN', true).client as never);
    await flushPromises();
    expect(wrapper.findAll('[data-test="year-locked"]').map((n) => n.text())).toEqual([
      `Year ${year} was closed by the province (tinh): province-level activities and their attendance cannot be added, changed or deleted.`,
    ]);
    const [own, provinces] = wrapper.findAll('.el-table__body tr');
    expect(own.find('[data-test="edit-activity"]').attributes('disabled')).toBeUndefined();
    expect(provinces.find('[data-test="edit-activity"]').attributes('disabled')).toBeDefined();
    expect(provinces.find('[data-test="attendance"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });

  it('leaves an open year editable, and shows a lock the server still answers instead of failing silently', async () => {
    signIn();
    const server = activitiesServer('RETURNED');
    const wrapper = mountPortal(ActivitiesPage, server.client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="year-locked"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="edit-activity"]').map((b) => b.attributes('disabled'))).toEqual([undefined, undefined]);

    await wrapper.find('[data-test="edit-activity"]').trigger('click');
    await flushPromises();
    (document.querySelector('[data-test="save-activity"]') as HTMLElement).click();
    await flushPromises();
    expect(server.operations.some((o) => o.operationName === 'UpdateActivity')).toBe(true);
    expect(document.querySelector('[data-test="activity-error"]')?.textContent).toContain(`The figures of ${year} are locked (Submitted, huyen-071)`);
    wrapper.unmount();
  });
});

describe('the activities page of a district viewer', () => {
  afterEach(() => setSession(null));

  it('says it is read-only and shows who attended, without a way to change it', async () => {
    setSession({
      id: 6,
      name: 'huyen-071-xem',
      kind: 'USER',
      role: 'DISTRICT_VIEWER',
      canWrite: false,
      district: lamBinh,
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);
    const people = [
      {
        __typename: 'Attendance',
        id: 1,
        participantId: 41,
        attended: true,
        completed: true,
        participant: { __typename: 'Participant', id: 41, fullName: 'Hoàng Thị Lan' },
      },
    ];
    const server = fakeServer((op) => {
      if (op.operationName === 'Activities') {
        return {
          data: { activities: { totalCount: 1, pageInfo: { endCursor: null, hasNextPage: false }, edges: [{ node: { ...activity, attendances: people } }] } },
        };
      }
      return answerFor('OPEN', false)(op);
    });
    const wrapper = mountPortal(ActivitiesPage, server.client as never);
    await flushPromises();
    expect(wrapper.find('[data-test="read-only"]').exists()).toBe(true);
    expect(wrapper.find('[data-test="edit-activity"]').exists()).toBe(false);

    await wrapper.find('[data-test="who-attended"]').trigger('click');
    await flushPromises();
    const dialog = document.querySelector('[data-test="attendance-dialog"]') as HTMLElement;
    expect(dialog.textContent).toContain('Hoàng Thị Lan');
    expect([...dialog.querySelectorAll('input[type="checkbox"]')].every((box) => (box as HTMLInputElement).disabled)).toBe(true);
    expect(dialog.querySelector('[data-test="save-attendance"]')).toBeNull();
    expect(dialog.querySelector('[data-test="attendance-picker"]')).toBeNull();
    // Nothing is searched for a picker the viewer does not have.
    expect(server.operations.some((o) => o.operationName === 'Participants')).toBe(false);
    wrapper.unmount();
  });
});

/**
 * The part of the dashboards' figures an activity changes: the report's count and the budget's committed money.
 * Parsed here, not tagged, so codegen does not make the test's query one of the portal's operations.
 */
const FIGURES = parse(`
  query Figures($fiscalYear: Int!) {
    provinceReport(fiscalYear: $fiscalYear) { total { activitiesOrganised committed } }
    budget(fiscalYear: $fiscalYear) { committed }
  }
`);

describe('a new activity', () => {
  afterEach(() => {
    setSession(null);
    document.body.innerHTML = '';
  });

  it('joins the list and leaves no stale dashboard figures in the cache', async () => {
    setSession({
      id: 5,
      name: 'huyen-071',
      kind: 'USER',
      role: 'DISTRICT_MANAGER',
      canWrite: true,
      district: lamBinh,
      province: { id: 1, name: 'Tuyên Quang' },
    } as never);
    const rows = [activity];
    const server = fakeServer((op) => {
      if (op.operationName === 'Activities') {
        return { data: { activities: { totalCount: rows.length, pageInfo: { endCursor: null, hasNextPage: false }, edges: rows.map((node) => ({ node })) } } };
      }
      if (op.operationName === 'CreateActivity') {
        const created = { ...activity, id: 9, title: op.variables.input.title, version: 1 };
        rows.push(created);
        return { data: { createActivity: created } };
      }
      return answerFor('OPEN', false)(op);
    });
    const wrapper = mountPortal(ActivitiesPage, server.client as never);
    await flushPromises();
    await wrapper.find('[data-test="add-activity"]').trigger('click');
    await flushPromises();
    const title = document.querySelector('input#a-title') as HTMLInputElement;
    title.value = 'Tập huấn ghi chép';
    title.dispatchEvent(new Event('input'));
    await flushPromises();
    // What the dashboards showed before the write: the year's activities and committed money.
    server.client.writeQuery({
      query: FIGURES,
      variables: { fiscalYear: year },
      data: {
        provinceReport: { __typename: 'ProvinceReport', total: { __typename: 'ReportRow', activitiesOrganised: 1, committed: 9_000_000 } },
        budget: { __typename: 'Budget', committed: 9_000_000 },
      },
    });
    expect(server.client.readQuery({ query: FIGURES, variables: { fiscalYear: year } })).not.toBeNull();
    (document.querySelector('[data-test="save-activity"]') as HTMLElement).click();
    await flushPromises();
    await flushPromises();

    expect(server.operations.filter((o) => o.operationName === 'CreateActivity')).toHaveLength(1);
    expect(wrapper.findAll('.el-table__body tr').map((r) => r.find('td').text())).toEqual(['Tập huấn giám sátTraining', 'Tập huấn ghi chépTraining']);
    // The report's figures are gone from the cache: a dashboard shown next asks the server, which counts the new activity.
    expect(server.client.readQuery({ query: FIGURES, variables: { fiscalYear: year } })).toBeNull();
    wrapper.unmount();
  }, 20_000); // a dialog opened, filled and saved: several seconds on a loaded 2-core machine
});
