import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import AppDialog from './AppDialog.vue';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';

/** A screen `width` px wide, as far as matchMedia('(max-width: N px)') can tell. */
function screenOf(width: number): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: width <= Number(/max-width:\s*(\d+)px/.exec(query)?.[1] ?? Infinity),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

const Host = defineComponent({
  setup() {
    const refused = ref(false);
    return () =>
      h(
        AppDialog,
        { modelValue: true, title: 'Thêm thôn' },
        {
          default: () => [h('div', { style: 'height: 2000px' }), refused.value ? h('p', { role: 'alert', 'data-test': 'refusal' }, 'Không được') : null],
          footer: () => h('button', { 'data-test': 'save', onClick: () => (refused.value = true) }, 'Lưu'),
        },
      );
  },
});

describe('AppDialog', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('fills a phone screen and keeps its footer; stays a centred dialog on a tablet and a desktop', async () => {
    for (const [width, fullscreen] of [
      [390, true],
      [768, false],
      [1366, false],
    ] as const) {
      screenOf(width);
      const wrapper = mountPortal(Host, fakeServer(() => ({ data: {} })).client as never);
      await flushPromises();
      const dialog = document.querySelector('.el-dialog.app-dialog');
      expect(dialog?.classList.contains('is-fullscreen'), `${width} px`).toBe(fullscreen);
      expect(dialog?.querySelector('.el-dialog__footer [data-test="save"]')).not.toBeNull();
      wrapper.unmount();
    }
  });

  it('scrolls a refusal that appears below the fold into view', async () => {
    screenOf(390);
    const scrolled: Element[] = [];
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const wrapper = mountPortal(Host, fakeServer(() => ({ data: {} })).client as never);
    await flushPromises();
    (document.querySelector('[data-test="save"]') as HTMLElement).click();
    await nextTick();
    await flushPromises();
    await vi.waitFor(() => expect(scrolled.map((e) => e.getAttribute('data-test'))).toEqual(['refusal']));
    wrapper.unmount();
  });
});
