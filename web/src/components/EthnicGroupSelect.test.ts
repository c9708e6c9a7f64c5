import { describe, expect, it } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import EthnicGroupSelect from './EthnicGroupSelect.vue';
import { matchesEthnicGroup } from '../composables/ethnic-groups';

const GROUPS = [
  { code: '01', name: 'Kinh', nameAlt: null },
  { code: '02', name: 'Tày', nameAlt: null },
  { code: '03', name: 'Thái', nameAlt: null },
  { code: '08', name: 'Hmông', nameAlt: 'HMông' },
  { code: '10', name: 'Dao', nameAlt: null },
  { code: '29', name: 'Khơ-mú', nameAlt: 'Xá Cẩu' },
];

/** The select inside a parent holding the chosen code, as a form or a filter does. */
function mountSelect(initial = '') {
  const server = fakeServer(() => ({ data: { ethnicGroups: GROUPS.map((g) => ({ __typename: 'EthnicGroup', ...g })) } }));
  const chosen = ref(initial);
  const Parent = defineComponent(
    () => () => h(EthnicGroupSelect, { id: 'g', modelValue: chosen.value, 'onUpdate:modelValue': (v: string) => (chosen.value = v) }),
  );
  const wrapper = mountPortal(Parent, server.client as never, {}, 'vi');
  return { wrapper, chosen, server };
}

/** The options the open dropdown lists (Element Plus renders them in a teleported popper). */
function optionTexts(): string[] {
  return [...document.querySelectorAll('.el-select-dropdown__item')]
    .filter((el) => (el as HTMLElement).style.display !== 'none')
    .map(
      (el) =>
        `${el.querySelector('.ethnic-name')?.textContent}${el.querySelector('.ethnic-alt')?.textContent ?? ''} [${el.querySelector('.ethnic-code')?.textContent}]`,
    );
}

async function typeInto(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
}

describe('choosing an ethnic group', () => {
  it('finds groups by name without diacritics, by alternate name and by code', () => {
    const found = (q: string) => GROUPS.filter((g) => matchesEthnicGroup(g, q)).map((g) => g.code);
    expect(found('tay')).toEqual(['02']);
    expect(found('hmong')).toEqual(['08']);
    expect(found('mông')).toEqual(['08']);
    expect(found('xa cau')).toEqual(['29']);
    expect(found('kho mu')).toEqual(['29']);
    expect(found('0')).toEqual(['01', '02', '03', '08']);
    expect(found('10')).toEqual(['10']);
    expect(found('')).toHaveLength(GROUPS.length);
  });

  it('lists the groups matching what is typed, each with its code, and sets the code chosen', async () => {
    const { wrapper, chosen, server } = mountSelect();
    await flushPromises();
    expect(server.operations.map((o) => o.operationName)).toEqual(['EthnicGroups']);
    const input = wrapper.find('input#g').element as HTMLInputElement;
    await wrapper.find('.el-select__wrapper').trigger('click');
    await flushPromises();
    await typeInto(input, 'hmong');
    expect(optionTexts()).toEqual(['Hmông · HMông [08]']);
    await typeInto(input, 'tay');
    expect(optionTexts()).toEqual(['Tày [02]']);

    (document.querySelector('.el-select-dropdown__item') as HTMLElement).click();
    await flushPromises();
    expect(chosen.value).toBe('02');
    wrapper.unmount();
  });

  it('shows the chosen group by name with its code', async () => {
    const { wrapper } = mountSelect('08');
    await flushPromises();
    expect(wrapper.find('.el-select__placeholder').text()).toBe('Hmông (08)');
    wrapper.unmount();
  });
});
