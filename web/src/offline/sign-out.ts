import { ElMessageBox } from 'element-plus';
import { forgetAccount, unsyncedOf } from './boot';

/** Signing out takes the account's copy and queue off the device, after asking when changes are unsynced. */
export async function signOutOfDevice(accountId: number, question: (count: number) => string, words: { title: string; cancel: string }): Promise<boolean> {
  const unsynced = await unsyncedOf(accountId);
  if (unsynced > 0) {
    const sure = await ElMessageBox.confirm(question(unsynced), words.title, {
      type: 'warning',
      confirmButtonText: words.title,
      cancelButtonText: words.cancel,
    }).then(
      () => true,
      () => false,
    );
    if (!sure) return false;
  }
  await forgetAccount(accountId);
  return true;
}
