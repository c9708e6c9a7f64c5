import { describe, expect, it } from 'vitest';
import { fakeServer, flushPromises, mountPortal } from '../test-utils';
import ParticipantForm from './ParticipantForm.vue';
import EthnicGroupSelect from './EthnicGroupSelect.vue';

const communes = [{ id: 7, name: 'Thổ Bình', villages: [{ id: 70, name: 'Bản Khuôn' }] }];
/** The form's own writes, without the ethnic-group list its select reads (EthnicGroupSelect.test.ts). */
const writes = (server: ReturnType<typeof fakeServer>) => server.operations.filter((o) => o.operationName !== 'EthnicGroups');

describe('the participant form', () => {
  it('shows the server’s field error beside the field it names, and the input sent', async () => {
    const server = fakeServer(() => ({
      errors: [{ message: 'phone: phone must be a Vietnamese phone number', extensions: { code: 'BAD_USER_INPUT', field: 'phone' } }],
    }) as never);
    const wrapper = mountPortal(ParticipantForm, server.client as never, { participant: null, communes });
    await flushPromises();

    await wrapper.find('input#p-fullName').setValue('Hoàng Thị Lâm');
    wrapper.findComponent(EthnicGroupSelect).vm.$emit('update:modelValue', '02');
    await wrapper.find('input#p-phone').setValue('12');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await new Promise((r) => setTimeout(r, 200)); // Element Plus shows a form item's error after a short debounce

    const phoneItem = wrapper.find('input#p-phone').element.closest('.el-form-item') as HTMLElement;
    expect(phoneItem.querySelector('.el-form-item__error')?.textContent?.trim()).toBe('phone must be a Vietnamese phone number');
    // Only the named field shows it; the name field has no error.
    const nameItem = wrapper.find('input#p-fullName').element.closest('.el-form-item') as HTMLElement;
    expect(nameItem.querySelector('.el-form-item__error')).toBeNull();
    expect(wrapper.emitted('saved')).toBeUndefined();

    expect(writes(server).map((o) => o.operationName)).toEqual(['CreateParticipant']);
    expect(writes(server)[0].variables.input).toMatchObject({ fullName: 'Hoàng Thị Lâm', ethnicGroupCode: '02', phone: '12', communeId: 7, idNumber: null });
    wrapper.unmount();
  });

  it('shows a money-rule or conflict error as one message for the form', async () => {
    const server = fakeServer(() => ({ errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] }) as never);
    const wrapper = mountPortal(ParticipantForm, server.client as never, {
      participant: { id: 5, version: 3, fullName: 'Ma Văn Hùng', gender: 'MALE', birthYear: 1980, category: 'RESIDENT', communeId: 7, ethnicGroupCode: '02' },
      communes,
    });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toContain('Someone else changed this meanwhile');
    expect(writes(server)[0].operationName).toBe('UpdateParticipant');
    expect(writes(server)[0].variables).toMatchObject({ id: 5, version: 3 });
    wrapper.unmount();
  });
});
