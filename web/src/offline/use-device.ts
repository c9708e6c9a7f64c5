import { computed, ref, shallowRef } from 'vue';
import type { QueuedChange } from './changes';
import { openOfflineDb, type OfflineDb } from './db';
import type { DeviceOwner, OfflineActivity, OfflineCommune, OfflinePerson } from './model';
import { changesOf } from './queue';
import { refreshStatus } from './boot';

/** The device copy and the account's queue as the offline page shows them, re-read after every change. */
export function useDevice(accountId: () => number | undefined) {
  const db = shallowRef<OfflineDb | null>(null);
  const owner = ref<DeviceOwner | null>(null);
  const activities = ref<OfflineActivity[]>([]);
  const communes = ref<OfflineCommune[]>([]);
  const people = ref<OfflinePerson[]>([]);
  const queue = ref<QueuedChange[]>([]);

  async function reload(): Promise<void> {
    const d = (db.value ??= await openOfflineDb());
    const account = accountId();
    const o = (await d.get('owner', 'owner')) ?? null;
    // Another account's copy is never shown (boot.ts drops it at that account's sign-in).
    const mine = o !== null && o.accountId === account;
    owner.value = mine ? o : null;
    activities.value = mine ? await d.getAll('activities') : [];
    communes.value = mine ? await d.getAll('communes') : [];
    people.value = mine ? (await d.getAll('people')).sort((a, b) => a.fullName.localeCompare(b.fullName, 'vi')) : [];
    queue.value = account === undefined ? [] : await changesOf(d, account);
    await refreshStatus();
  }

  const communeOf = (id: number) => communes.value.find((c) => c.id === id) ?? null;
  const personName = computed(() => new Map(people.value.map((p) => [p.id, p.fullName])));
  return { db, owner, activities, communes, people, queue, reload, communeOf, personName };
}
