import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ElementPlus from 'element-plus';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createMemoryHistory, createRouter } from 'vue-router';
import { defineComponent } from 'vue';
import { fakeServer, flushPromises } from '../test-utils';
import { createPortalI18n } from '../i18n';
import AuditPage from './AuditPage.vue';

/** The page waits 250 ms (debounce) before asking the server. */
const settle = async () => {
  await new Promise((r) => setTimeout(r, 300));
  await flushPromises();
};

type Node = Record<string, unknown>;
const entry = (fields: Node): Node => ({
  __typename: 'AuditEntry',
  at: '2026-03-05T08:00:00Z',
  action: 'CREATE',
  actorLabel: 'huyen-071',
  districtId: 1,
  importId: null,
  changes: [],
  importSummary: null,
  ...fields,
});
const ETHNIC_GROUPS = [{ __typename: 'EthnicGroup', code: '02', name: 'Tày', nameAlt: null }];

/** Answers the audit log with `pages(filter, after)` and the ethnic groups the values are named by. */
function auditServer(page: (variables: Record<string, unknown>) => { totalCount: number; nodes: Node[]; next?: string | null }) {
  return fakeServer((op) => {
    if (op.operationName === 'EthnicGroups') return { data: { ethnicGroups: ETHNIC_GROUPS } };
    const { totalCount, nodes, next = null } = page(op.variables);
    return {
      data: {
        auditLog: {
          totalCount,
          pageInfo: { endCursor: next, hasNextPage: next !== null },
          edges: nodes.map((node) => ({ node })),
        },
      },
    };
  });
}

function mountAudit(server: ReturnType<typeof fakeServer>, locale: 'vi' | 'en') {
  const stub = defineComponent({ template: '<div />' });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: stub }] });
  return mount(AuditPage, {
    attachTo: document.body,
    global: { plugins: [ElementPlus, createPortalI18n(locale), router], provide: { [DefaultApolloClient]: server.client } },
  });
}

const rows = (wrapper: ReturnType<typeof mountAudit>) => wrapper.findAll('.el-table__body tr');
const logQueries = (server: ReturnType<typeof fakeServer>) => server.operations.filter((o) => o.operationName === 'AuditLog');

describe('the audit log as a district officer reads it', { timeout: 20_000 }, () => {
  it('pages through the server with its cursors, forwards and back', async () => {
    const all = Array.from({ length: 60 }, (_, i) => entry({ id: i + 1, entity: 'Village', entityId: 1000 + i }));
    const server = auditServer((v) => {
      const start = v.after ? Number(v.after) : 0;
      const nodes = all.slice(start, start + Number(v.first));
      return { totalCount: 60, nodes, next: start + nodes.length < 60 ? String(start + nodes.length) : null };
    });
    const wrapper = mountAudit(server, 'en');
    await settle();

    const range = () => wrapper.find('[data-test="range"]').text();
    const records = () => rows(wrapper).map((tr) => tr.find('.audit-record').text());
    expect(range()).toBe('1–25 of 60');
    expect(records()[0]).toBe('Village #1000');
    expect(wrapper.find('[data-test="previous"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('td').text()).toBe('05/03/2026 ' + new Date('2026-03-05T08:00:00Z').toTimeString().slice(0, 5));

    await wrapper.find('[data-test="next"]').trigger('click');
    await settle();
    expect(logQueries(server).at(-1)?.variables.after).toBe('25');
    expect(records()[0]).toBe('Village #1025');

    expect(range()).toBe('26–50 of 60');

    await wrapper.find('[data-test="previous"]').trigger('click');
    await settle();
    expect(range()).toBe('1–25 of 60');
    expect(records()[0]).toBe('Village #1000');
    wrapper.unmount();
  });

  it('names the record in Vietnamese with a link to it, and lists each changed field by its label, before → after', async () => {
    const update = entry({
      id: 7,
      action: 'UPDATE',
      entity: 'Participant',
      entityId: 42,
      changes: [
        { __typename: 'AuditChange', field: 'fullName', before: 'Hoàng Thị Lâm', after: 'Hoàng Thị Lầm' },
        { __typename: 'AuditChange', field: 'phone', before: '0xx…678', after: '0xx…321' },
        { __typename: 'AuditChange', field: 'gender', before: 'MALE', after: 'FEMALE' },
        { __typename: 'AuditChange', field: 'ethnicGroupCode', before: null, after: '02' },
      ],
    });
    const deleted = entry({
      id: 6,
      action: 'DELETE',
      entity: 'Village',
      entityId: 9,
      changes: [
        { __typename: 'AuditChange', field: 'name', before: 'Bản Khuôn', after: null },
        { __typename: 'AuditChange', field: 'districtId', before: 1, after: null },
      ],
    });
    const server = auditServer(() => ({ totalCount: 2, nodes: [update, deleted] }));
    const wrapper = mountAudit(server, 'vi');
    await settle();

    const [first, second] = rows(wrapper);
    const link = first.find('a.audit-record');
    expect(link.text()).toBe('Người tham gia #42');
    expect(link.attributes('href')).toBe('/participants/42');
    expect(first.findAll('.audit-changes li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual([
      'Họ và tên: Hoàng Thị Lâm → Hoàng Thị Lầm',
      'Điện thoại: 0xx…678 → 0xx…321',
      'Giới tính: Nam → Nữ',
      'Dân tộc: (trống) → Tày (02)',
    ]);
    // A deleted record has nothing to open; what it held is shown.
    expect(second.find('a.audit-record').exists()).toBe(false);
    expect(second.find('.audit-record').text()).toBe('Thôn, bản #9');
    // What it held, without the district every record has.
    expect(second.findAll('.audit-changes li').map((li) => li.text().replace(/\s+/g, ' '))).toEqual(['Tên: Bản Khuôn']);
    wrapper.unmount();
  });

  it('names records and fields in English when the UI is English', async () => {
    const update = entry({
      id: 7,
      action: 'UPDATE',
      entity: 'MonitoringBoard',
      entityId: 3,
      changes: [{ __typename: 'AuditChange', field: 'decisionRef', before: '12/QĐ', after: '13/QĐ' }],
    });
    const wrapper = mountAudit(
      auditServer(() => ({ totalCount: 1, nodes: [update] })),
      'en',
    );
    await settle();
    expect(wrapper.find('.audit-record').text()).toBe('Monitoring board #3');
    expect(wrapper.find('.audit-changes li').text().replace(/\s+/g, ' ')).toBe('Decision number: 12/QĐ → 13/QĐ');
    wrapper.unmount();
  });

  it('shows an import as one entry with its file and counts, and lists the rows it updated on request', async () => {
    const imported = entry({
      id: 50,
      entity: 'Import',
      entityId: 0,
      importSummary: { __typename: 'AuditImport', kind: 'participants', fileName: 'danh-sach.xlsx', rows: 1200, created: 1150, updated: 40, skipped: 10 },
    });
    const row = entry({
      id: 51,
      action: 'UPDATE',
      entity: 'Participant',
      entityId: 8,
      importId: 50,
      changes: [{ __typename: 'AuditChange', field: 'position', before: null, after: 'Trưởng thôn' }],
    });
    const server = auditServer((v) =>
      (v.filter as { importId?: number }).importId === 50 ? { totalCount: 1, nodes: [row] } : { totalCount: 1, nodes: [imported] },
    );
    const wrapper = mountAudit(server, 'vi');
    await settle();

    expect(rows(wrapper)).toHaveLength(1);
    expect(rows(wrapper)[0].find('.audit-record').text()).toBe('Nhập dữ liệu từ tệp');
    expect(rows(wrapper)[0].find('.audit-import').text()).toContain('người tham gia — Tệp danh-sach.xlsx: 1.200 dòng — 1.150 thêm mới, 40 cập nhật, 10 bỏ qua');

    await wrapper.find('[data-test="import-rows"]').trigger('click');
    await settle();
    expect(logQueries(server).at(-1)?.variables.filter).toEqual({ importId: 50 });
    expect(wrapper.find('[data-test="import-rows-title"]').text()).toBe('Các dòng của lần nhập danh-sach.xlsx');
    expect(rows(wrapper)[0].find('.audit-changes li').text().replace(/\s+/g, ' ')).toBe('Chức vụ: (trống) → Trưởng thôn');

    await wrapper.find('[data-test="audit-back"]').trigger('click');
    await settle();
    expect(logQueries(server).at(-1)?.variables.filter).toEqual({});
    expect(rows(wrapper)[0].find('.audit-import').exists()).toBe(true);
    wrapper.unmount();
  });
});
