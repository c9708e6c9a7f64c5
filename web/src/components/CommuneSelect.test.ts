import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import CommuneSelect from './CommuneSelect.vue';

const COMMUNES = [
  { id: 11, name: 'Thượng Lâm' },
  { id: 12, name: 'Lăng Can' },
];

/** The select inside a parent holding the chosen commune, as a form or a filter does. */
function mountSelect(initial: number | null, attrs: Record<string, unknown> = {}) {
  const chosen = ref<number | null>(initial);
  const Parent = defineComponent(
    () => () => h(CommuneSelect, { communes: COMMUNES, modelValue: chosen.value, 'onUpdate:modelValue': (v: number | null) => (chosen.value = v), ...attrs }),
  );
  const wrapper = mountPortal(Parent, fakeServer(() => ({ data: {} })).client as never, {}, 'vi');
  return { wrapper, chosen };
}
const options = () => [...document.querySelectorAll('.el-select-dropdown__item')].map((o) => o.textContent);

describe('CommuneSelect', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers the communes by name and sets the chosen one’s id', async () => {
    const { wrapper, chosen } = mountSelect(null, { id: 'c', 'data-test': 'commune' });
    await flushPromises();
    expect(wrapper.find('[data-test="commune"] input#c').exists()).toBe(true);
    await wrapper.find('.el-select__wrapper').trigger('click');
    await flushPromises();
    expect(options()).toEqual(['Thượng Lâm', 'Lăng Can']);
    ([...document.querySelectorAll('.el-select-dropdown__item')][1] as HTMLElement).click();
    await flushPromises();
    expect(chosen.value).toBe(12);
    expect(wrapper.find('.el-select__placeholder').text()).toBe('Lăng Can');
    wrapper.unmount();
  });

  it('as a filter, is named "Xã" and clears to null; in a form, the field’s label names it and it does not clear', async () => {
    const filter = mountSelect(11, { filter: true });
    await flushPromises();
    const input = filter.wrapper.find('input');
    expect(input.attributes('aria-label')).toBe('Xã');
    await filter.wrapper.find('.el-select').trigger('mouseenter');
    await flushPromises();
    await filter.wrapper.find('.el-select__clear').trigger('click');
    await flushPromises();
    expect(filter.chosen.value).toBeNull();
    filter.wrapper.unmount();

    const form = mountSelect(11);
    await flushPromises();
    expect(form.wrapper.find('input').attributes('aria-label')).toBeUndefined();
    await form.wrapper.find('.el-select').trigger('mouseenter');
    await flushPromises();
    expect(form.wrapper.find('.el-select__clear').exists()).toBe(false);
    form.wrapper.unmount();
  });
});
