import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { openOfflineDb, type OfflineDb } from './db';
import { takeOffline, TakeOfflineRefused } from './snapshot';
import { claimDevice } from './owner';
import { enqueue, changesOf } from './queue';
import type { SessionUser } from '../composables/session';

/** "Take offline" against a fake API: the officer's own district only, and the device's limits. */
type Me = NonNullable<SessionUser>;
const me = (id = 7, districtId = 71): Me =>
  ({
    id,
    name: `huyen-${id}`,
    displayName: null,
    kind: 'USER',
    role: 'DISTRICT_MANAGER',
    canWrite: true,
    district: { id: districtId, name: 'Lâm Bình', code: '071' },
    province: { id: 1, name: 'Tuyên Quang' },
  }) as Me;

function fakeApi(options: { activityDistrict?: number; peopleTotal?: number } = {}) {
  const person = (id: number) => ({
    id,
    version: 1,
    fullName: `Người ${id}`,
    gender: 'FEMALE',
    birthYear: 1980,
    ethnicGroupCode: '02',
    category: 'RESIDENT',
    position: null,
    communeId: 5,
    villageId: null,
    phone: null,
    idNumber: null,
  });
  const answers: Record<string, (v: Record<string, unknown>) => unknown> = {
    OfflineActivity: (v) => ({
      activity: {
        id: v.id,
        version: 1,
        title: `Hoạt động ${String(v.id)}`,
        startDate: '2026-03-02',
        endDate: '2026-03-03',
        districtId: options.activityDistrict ?? 71,
        attendances: [],
      },
    }),
    CommuneOptions: () => ({ communes: [{ id: 5, name: 'Xã Thượng Lâm', villages: [{ id: 50, name: 'Bản Nà Lìn' }] }] }),
    OfflinePeople: () => ({
      participants: {
        totalCount: options.peopleTotal ?? 2,
        pageInfo: { endCursor: null, hasNextPage: false },
        edges: [{ node: person(1) }, { node: person(2) }],
      },
    }),
    EthnicGroups: () => ({ ethnicGroups: [{ code: '02', name: 'Tày', nameAlt: null }] }),
  };
  return {
    query: async ({ query, variables }: { query: { definitions: { name?: { value: string } }[] }; variables?: Record<string, unknown> }) => ({
      data: answers[query.definitions[0].name!.value](variables ?? {}),
    }),
  } as unknown as ApolloClient<NormalizedCacheObject>;
}

async function refusal(work: Promise<unknown>): Promise<string> {
  const e = await work.then(
    () => null,
    (error: unknown) => error,
  );
  return e instanceof TakeOfflineRefused ? e.key : `not refused: ${String(e)}`;
}

let db: OfflineDb;
let n = 0;
beforeEach(async () => {
  db = await openOfflineDb(`snapshot-${n++}`);
});

describe('take offline', () => {
  it('stores the activity, its commune’s villages and people, for the officer’s own district', async () => {
    await takeOffline(fakeApi(), db, me(), 1, 5);
    expect(await db.getAllKeys('activities')).toEqual([1]);
    expect((await db.get('communes', 5))?.villages).toEqual([{ id: 50, name: 'Bản Nà Lìn' }]);
    expect(await db.count('people')).toBe(2);
    expect(await db.get('owner', 'owner')).toMatchObject({ accountId: 7, districtId: 71 });
  });

  it('refuses another district’s activity and stores nothing', async () => {
    expect(await refusal(takeOffline(fakeApi({ activityDistrict: 72 }), db, me(), 1, 5))).toBe('offline.districtOnly');
    expect(await db.count('activities')).toBe(0);
  });

  it('refuses past 5,000 people and past 5 activities', async () => {
    expect(await refusal(takeOffline(fakeApi({ peopleTotal: 5001 }), db, me(), 1, 5))).toBe('offline.tooManyPeople');
    expect(await db.count('people')).toBe(0);
    for (let id = 1; id <= 5; id++) await takeOffline(fakeApi(), db, me(), id, 5);
    expect(await refusal(takeOffline(fakeApi(), db, me(), 6, 5))).toBe('offline.tooManyActivities');
  });

  it('another account signing in drops the copy but keeps the first account’s queue, tagged with it', async () => {
    await takeOffline(fakeApi(), db, me(7), 1, 5);
    await enqueue(db, {
      kind: 'attendance',
      accountId: 7,
      key: 'k-00000001',
      createdAt: '',
      activityId: 1,
      baseVersion: 1,
      base: [],
      marks: [{ participant: 1, attended: true, completed: false }],
    });
    await claimDevice(db, me(8));
    expect(await db.count('people')).toBe(0);
    expect(await db.get('owner', 'owner')).toBeUndefined();
    expect(await changesOf(db, 8)).toEqual([]);
    expect(await changesOf(db, 7)).toHaveLength(1);
  });
});
