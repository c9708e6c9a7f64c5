import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { useEditDialog } from './edit-dialog';

interface Row {
  id: number;
  version: number;
  name: string;
  households: number;
}
const row: Row = { id: 4, version: 3, name: 'Thôn Nà Đài', households: 40 };

/** The composable inside a component whose template reads `fields.name` (so a refusal naming `name` goes beside it). */
function mountDialog() {
  let dialog!: ReturnType<typeof useEditDialog<Row, { name: string; households: number; communeId: number | null }>>;
  const Host = defineComponent(() => {
    dialog = useEditDialog(
      () => ({ name: '', households: 0, communeId: null as number | null }),
      (r: Row) => ({ name: r.name, households: r.households }),
    );
    return () => h('p', `${dialog.errors.fields.name ?? ''}|${dialog.errors.general.value}`);
  });
  const wrapper = mountPortal(Host, fakeServer(() => ({ data: {} })).client as never);
  return { wrapper, dialog: () => dialog };
}
const refusal = (extensions: Record<string, unknown>) => Object.assign(new Error('refused'), { graphQLErrors: [{ message: 'name: Tên đã có', extensions }] });

describe('useEditDialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens blank for a new row (with what the caller presets) and filled from the row for an edit', () => {
    const { wrapper, dialog } = mountDialog();
    const d = dialog();
    d.startEdit(row);
    expect(d.open.value).toBe(true);
    expect(d.editing.value).toBe(row);
    expect({ ...d.form }).toEqual({ name: 'Thôn Nà Đài', households: 40, communeId: null });

    d.startCreate({ communeId: 11 });
    expect(d.editing.value).toBeNull();
    expect({ ...d.form }).toEqual({ name: '', households: 0, communeId: 11 });
    wrapper.unmount();
  });

  it('closes after a write that succeeds, and keeps the row for the closing title', async () => {
    const { wrapper, dialog } = mountDialog();
    const d = dialog();
    d.startEdit(row);
    const writes: string[] = [];
    expect(await d.submit(async () => writes.push(d.form.name))).toBe(true);
    expect(writes).toEqual(['Thôn Nà Đài']);
    expect(d.open.value).toBe(false);
    expect(d.editing.value).toBe(row);
    wrapper.unmount();
  });

  it('stays open on a refusal and shows it beside its field; opening again clears it', async () => {
    const { wrapper, dialog } = mountDialog();
    const d = dialog();
    d.startCreate();
    await flushPromises();
    expect(await d.submit(() => Promise.reject(refusal({ code: 'BAD_USER_INPUT', field: 'name' })))).toBe(false);
    await flushPromises();
    expect(d.open.value).toBe(true);
    expect(wrapper.text()).toBe('Tên đã có|');

    expect(await d.submit(() => Promise.reject(refusal({ code: 'PERIOD_LOCKED' })))).toBe(false);
    await flushPromises();
    expect(wrapper.text()).not.toBe('|');
    expect(d.errors.fields.name).toBeUndefined();

    d.startEdit(row);
    await flushPromises();
    expect(wrapper.text()).toBe('|');
    wrapper.unmount();
  });
});
