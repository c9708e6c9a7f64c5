import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueuedChange } from './changes';
import type { DeviceOwner, OfflineActivity, OfflineCommune, OfflinePerson, PersonRef } from './model';

/** The device copy in IndexedDB: it survives closing the browser and restarting the phone. */
export interface OfflineSchema extends DBSchema {
  owner: { key: 'owner'; value: DeviceOwner };
  activities: { key: number; value: OfflineActivity };
  communes: { key: number; value: OfflineCommune };
  people: { key: PersonRef; value: OfflinePerson; indexes: { byCommune: number } };
  queue: { key: number; value: QueuedChange; indexes: { byAccount: number } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;
export const DB_NAME = 'p135-offline';

let opened: Promise<OfflineDb> | null = null;

export function openOfflineDb(name = DB_NAME): Promise<OfflineDb> {
  const open = () =>
    openDB<OfflineSchema>(name, 1, {
      upgrade(db) {
        db.createObjectStore('owner');
        db.createObjectStore('activities', { keyPath: 'id' });
        db.createObjectStore('communes', { keyPath: 'id' });
        db.createObjectStore('people', { keyPath: 'id' }).createIndex('byCommune', 'communeId');
        db.createObjectStore('queue', { keyPath: 'seq', autoIncrement: true }).createIndex('byAccount', 'accountId');
      },
    });
  if (name !== DB_NAME) return open();
  opened ??= open();
  return opened;
}

/** The copy of the district's data (not the queue): another account signing in on the device never sees it. */
export async function clearSnapshot(db: OfflineDb): Promise<void> {
  const tx = db.transaction(['owner', 'activities', 'communes', 'people'], 'readwrite');
  await Promise.all([
    tx.objectStore('owner').clear(),
    tx.objectStore('activities').clear(),
    tx.objectStore('communes').clear(),
    tx.objectStore('people').clear(),
    tx.done,
  ]);
}

/** Sign-out: the account's data and its queue leave the device (the page asked first when changes were unsynced). */
export async function wipeAccount(db: OfflineDb, accountId: number): Promise<void> {
  await clearSnapshot(db);
  const tx = db.transaction('queue', 'readwrite');
  for (const seq of await tx.store.index('byAccount').getAllKeys(accountId)) await tx.store.delete(seq);
  await tx.done;
}
