import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { useI18n } from 'vue-i18n';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import { formatMoney, formatPercent } from '../format';
import StatCard from './StatCard.vue';

/** Dashboard figures as a district officer reads them: a count, a share and an amount, then the language switched. */
const Figures = defineComponent({
  setup() {
    const { locale } = useI18n();
    return () =>
      h('div', [
        h(StatCard, { label: 'people', value: 4111, testId: 'people' }),
        h(StatCard, { label: 'women', value: formatPercent(0.559), testId: 'women' }),
        h(StatCard, { label: 'money', value: formatMoney(1_234_567_000), testId: 'money' }),
        h('button', { 'data-test': 'english', onClick: () => (locale.value = 'en') }),
      ]);
  },
});

describe('numbers on a dashboard card', () => {
  const text = (wrapper: ReturnType<typeof mountPortal>, test: string) => wrapper.find(`[data-test="${test}"]`).text();

  it('are Vietnamese in the Vietnamese UI: dots between thousands, a decimal comma, a space before %', async () => {
    const wrapper = mountPortal(Figures, fakeServer(() => ({ data: {} })).client as never, {}, 'vi');
    expect(text(wrapper, 'people')).toBe('4.111');
    expect(text(wrapper, 'women')).toBe('55,9 %');
    expect(text(wrapper, 'money').replace(/\s/g, ' ')).toBe('1.234.567.000 ₫');

    // Switching the language formats the same figures the English way, without a reload.
    await wrapper.find('[data-test="english"]').trigger('click');
    await flushPromises();
    expect(text(wrapper, 'people')).toBe('4,111');
    expect(text(wrapper, 'women')).toBe('55.9%');
    expect(text(wrapper, 'money')).toBe('₫1,234,567,000');
    wrapper.unmount();
  });

  it('shows text values as they come', () => {
    const wrapper = mountPortal(StatCard, fakeServer(() => ({ data: {} })).client as never, { label: 'status', value: 'Đang nhập', testId: 's' }, 'vi');
    expect(text(wrapper, 's')).toBe('Đang nhập');
    wrapper.unmount();
  });
});
