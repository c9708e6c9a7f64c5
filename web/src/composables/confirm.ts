import { ElMessage, ElMessageBox } from 'element-plus';
import { useI18n } from 'vue-i18n';
import { describeFailure } from './server-errors';

/**
 * Deleting a row: "Delete this item?" with its name, then the deletion; the outcome (or the server's
 * refusal, e.g. IN_USE) is shown as a message. Resolves true when the row is gone.
 */
export function useDeleteRow() {
  const { t } = useI18n();
  return async (name: string, deletion: () => Promise<unknown>): Promise<boolean> => {
    const confirmed = await ElMessageBox.confirm(t('common.confirmDelete'), name, {
      confirmButtonText: t('common.delete'),
      cancelButtonText: t('common.cancel'),
      type: 'warning',
    }).then(
      () => true,
      () => false,
    );
    if (!confirmed) return false;
    try {
      await deletion();
      ElMessage.success(t('common.deleted'));
      return true;
    } catch (e) {
      ElMessage.error(describeFailure(t, e));
      return false;
    }
  };
}
