import { describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';

/** The page waits 250 ms (debounce) before asking the server. */
const settle = async () => {
  await new Promise((r) => setTimeout(r, 300));
  await flushPromises();
};
import AuditPage from './AuditPage.vue';

/** 60 audit rows served 25 at a time, the cursor being the index of the last row sent. */
function auditServer() {
  return fakeServer((op) => {
    const start = op.variables.after ? Number(op.variables.after) : 0;
    const rows = Array.from({ length: 60 }, (_, i) => i).slice(start, start + op.variables.first);
    return {
      data: {
        auditLog: {
          totalCount: 60,
          pageInfo: { endCursor: String(start + rows.length), hasNextPage: start + rows.length < 60 },
          edges: rows.map((i) => ({ node: { id: i + 1, at: '2026-03-05T08:00:00Z', action: 'CREATE', entity: 'Village', entityId: 1000 + i, actorLabel: 'huyen-071', districtId: 1 } })),
        },
      },
    };
  });
}

describe('a paged table (the audit log)', () => {
  it('pages through the server with its cursors, forwards and back', async () => {
    const server = auditServer();
    const wrapper = mountPortal(AuditPage, server.client as never);
    await settle();

    const range = () => wrapper.find('[data-test="range"]').text();
    const ids = () => wrapper.findAll('.el-table__body tr').map((tr) => tr.findAll('td')[3].text());
    expect(range()).toBe('1–25 of 60');
    expect(ids()[0]).toBe('1000');
    expect(wrapper.find('[data-test="previous"]').attributes('disabled')).toBeDefined();
    expect(wrapper.find('td').text()).toBe('05/03/2026 ' + new Date('2026-03-05T08:00:00Z').toTimeString().slice(0, 5));

    await wrapper.find('[data-test="next"]').trigger('click');
    await settle();
    expect(server.operations.at(-1)?.variables.after).toBe('25');
    expect(range()).toBe('26–50 of 60');
    expect(ids()[0]).toBe('1025');

    await wrapper.find('[data-test="next"]').trigger('click');
    await settle();
    expect(range()).toBe('51–60 of 60');
    expect(wrapper.find('[data-test="next"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-test="previous"]').trigger('click');
    await settle();
    expect(server.operations.at(-1)?.variables.after).toBe('25');
    expect(ids()[0]).toBe('1025');
    wrapper.unmount();
  });
});
