import { registerSW } from 'virtual:pwa-register';
import type { SessionUser } from '../composables/session';
import { openOfflineDb, wipeAccount } from './db';
import { changesOf } from './queue';
import { claimDevice } from './owner';
import { offlineStatus } from './status';
import { syncOnce, type SyncOutcome } from './sync';
import { httpTransport } from './transport';

/**
 * The offline side of a signed-in district officer, loaded after sign-in so that the sign-in page and the
 * dashboard do not carry it: the service worker (the app shell for opening without signal), the device
 * copy claimed for this account, the unsynced count, and a sync whenever the connection comes back.
 */
let account: number | null = null;
let swRegistered = false;
let listening = false;

export async function startOffline(me: NonNullable<SessionUser>, deviceOnly: boolean): Promise<void> {
  if (!swRegistered && 'serviceWorker' in navigator) {
    swRegistered = true;
    registerSW({ immediate: true });
  }
  // The same account signing in again after its session was refused sends the queue it kept.
  const again = account === me.id;
  if (again && !offlineStatus.signedOut) return;
  account = me.id;
  const db = await openOfflineDb();
  if (!deviceOnly) await claimDevice(db, me);
  await refreshStatus();
  if (!listening) {
    listening = true;
    window.addEventListener('online', () => void ((offlineStatus.online = true), syncNow()));
    window.addEventListener('offline', () => void (offlineStatus.online = false));
  }
  if (navigator.onLine && !deviceOnly) void syncNow();
}

export async function refreshStatus(): Promise<void> {
  if (account === null) return;
  const queue = await changesOf(await openOfflineDb(), account);
  offlineStatus.unsynced = queue.length;
  offlineStatus.refused = queue.filter((c) => c.refusal).length;
}

/** Sends the queue now (also on demand from the page); the header's count follows. */
export async function syncNow(): Promise<SyncOutcome | null> {
  if (account === null) return null;
  offlineStatus.syncing = true;
  try {
    const outcome = await syncOnce(await openOfflineDb(), account, httpTransport);
    offlineStatus.signedOut = outcome.signedOut;
    if (outcome.sent > 0 || !outcome.interrupted) offlineStatus.online = true;
    return outcome;
  } finally {
    offlineStatus.syncing = false;
    await refreshStatus();
  }
}

/** The account's unsynced changes, for the warning before signing out. */
export async function unsyncedOf(accountId: number): Promise<number> {
  return (await changesOf(await openOfflineDb(), accountId)).length;
}

/** Signing out takes the account's copy and queue off the device (sign-out.ts asks first when changes are unsynced). */
export async function forgetAccount(accountId: number): Promise<void> {
  await wipeAccount(await openOfflineDb(), accountId);
  account = null;
  Object.assign(offlineStatus, { unsynced: 0, refused: 0, deviceOnly: false, signedOut: false });
}
