import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { fakeServer, mountPortal } from '../test-utils';
import { useServerErrors } from './server-errors';

const refusal = (field: string) => ({
  graphQLErrors: [{ message: 'Chưa có kinh phí năm 2026', extensions: { code: 'BAD_USER_INPUT', field } }],
});

/** A form with a title field only: what it renders is what it can show beside a field. */
function formWith(options: { fields?: readonly string[] }) {
  return defineComponent({
    setup() {
      const errors = options.fields ? useServerErrors(options.fields) : useServerErrors();
      return { errors };
    },
    render() {
      return h('form', [h('span', { class: 'title-error' }, this.errors.fields.title ?? ''), h('p', { role: 'alert' }, this.errors.general.value)]);
    },
  });
}

describe('server errors on a form', () => {
  for (const [how, options] of [
    ['told its fields', { fields: ['title'] }],
    ['detecting the fields it renders', {}],
  ] as const) {
    it(`shows a refusal naming a field the form does not have as a form-level message (${how})`, async () => {
      const wrapper = mountPortal(formWith(options), fakeServer(() => ({})).client as never);
      (wrapper.vm as unknown as { errors: ReturnType<typeof useServerErrors> }).errors.show(refusal('input.fiscalYear'));
      await wrapper.vm.$nextTick();
      expect(wrapper.find('[role="alert"]').text()).toContain('Chưa có kinh phí năm 2026');
      expect(wrapper.find('.title-error').text()).toBe('');
      wrapper.unmount();
    });

    it(`keeps a refusal of a field on the form beside that field (${how})`, async () => {
      const wrapper = mountPortal(formWith(options), fakeServer(() => ({})).client as never);
      (wrapper.vm as unknown as { errors: ReturnType<typeof useServerErrors> }).errors.show(refusal('input.title'));
      await wrapper.vm.$nextTick();
      expect(wrapper.find('.title-error').text()).toBe('Chưa có kinh phí năm 2026');
      expect(wrapper.find('[role="alert"]').text()).toBe('');
      wrapper.unmount();
    });
  }
});
