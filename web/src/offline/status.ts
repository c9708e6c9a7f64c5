import { reactive } from 'vue';

/**
 * What the header shows of the device's offline work, without loading the offline code: the count of
 * changes not yet synced ("chưa đồng bộ"), whether the page runs on the device copy alone, and whether
 * the server refused the session while syncing (the queue then waits for the same account to sign in).
 */
export const offlineStatus = reactive({
  unsynced: 0,
  refused: 0,
  online: typeof navigator === 'undefined' ? true : navigator.onLine,
  /** The page opened without signal, on the session saved on the device. */
  deviceOnly: false,
  signedOut: false,
  syncing: false,
});
