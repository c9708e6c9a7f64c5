import { reactive, ref, shallowRef, type UnwrapNestedRefs } from 'vue';
import { useI18n } from 'vue-i18n';
import { ElMessage } from 'element-plus';
import { useServerErrors } from './server-errors';

/**
 * The state of a page's create/edit dialog, the same on every page: the form (blank for a new row, filled
 * from the row for an edit), the row being edited (null when creating), whether the dialog is open, and its
 * errors (the form's own rules and the server's refusals beside their fields, useServerErrors).
 *
 * `submit` runs the write: on success it says "saved" (or the given message; null for none) and closes the
 * dialog; on a refusal the dialog stays open and shows it. Opening clears the last dialog's errors. A dialog
 * whose form is a component with its own errors (ParticipantForm) calls `done` when that form has saved.
 */
export function useEditDialog<Row, Form extends object>(blank: () => Form, fromRow: (row: Row) => Partial<Form> = () => ({}), formFields?: readonly string[]) {
  const { t } = useI18n();
  const form = reactive(blank()) as UnwrapNestedRefs<Form>;
  // The row as the list gave it: kept whole (not made deeply reactive) for its id and version.
  const editing = shallowRef<Row | null>(null);
  const open = ref(false);
  const errors = useServerErrors(formFields);

  function show(row: Row | null, values: Partial<Form>): void {
    Object.assign(form, blank(), values);
    editing.value = row;
    errors.clear();
    open.value = true;
  }
  /** A new row; `values` preset some fields (e.g. the commune the list is filtered on). */
  const startCreate = (values: Partial<Form> = {}): void => show(null, values);
  const startEdit = (row: Row): void => show(row, fromRow(row));
  // `editing` stays set while the dialog closes, so its title does not change during the closing animation.
  const close = (): void => {
    open.value = false;
  };

  function done(message: string | null = t('common.saved')): void {
    if (message) ElMessage.success(message);
    close();
  }
  async function submit(write: () => Promise<unknown>, message: string | null = t('common.saved')): Promise<boolean> {
    try {
      await write();
    } catch (e) {
      errors.show(e);
      return false;
    }
    done(message);
    return true;
  }

  return { form, editing, open, errors, startCreate, startEdit, close, done, submit };
}
