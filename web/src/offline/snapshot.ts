import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { CommuneOptionsQuery } from '../graphql/geography';
import { EthnicGroupsQuery } from '../graphql/reference';
import { OfflineActivityQuery, OfflinePeopleQuery, OfflinePersonQuery } from '../graphql/offline';
import type { SessionUser } from '../composables/session';
import type { OfflineDb } from './db';
import { claimDevice } from './owner';
import { BYTES_PER_PERSON, OFFLINE_LIMITS } from './limits';
import { targetOf } from './changes';
import type { OfflinePerson, PersonInput } from './model';
import type { ServerRows } from './resolve';
import { changesOf } from './queue';
import { plain } from './plain';

type Client = ApolloClient<NormalizedCacheObject>;

/** A refusal of "take offline", as a message key of i18n (offline.*) and its values. */
export class TakeOfflineRefused extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

/**
 * Copies an activity of the officer's own district, the villages of the commune where it takes place and
 * every person of that commune. Bounded by OFFLINE_LIMITS: past them nothing is stored and the officer is told why.
 */
export async function takeOffline(client: Client, db: OfflineDb, me: NonNullable<SessionUser>, activityId: number, communeId: number): Promise<void> {
  const district = me.district;
  if (!district || !me.canWrite) throw new TakeOfflineRefused('offline.districtOnly');
  await claimDevice(db, me);
  const taken = await db.getAllKeys('activities');
  if (!taken.includes(activityId) && taken.length >= OFFLINE_LIMITS.activities)
    throw new TakeOfflineRefused('offline.tooManyActivities', { max: OFFLINE_LIMITS.activities });

  const { data: a } = await client.query({ query: OfflineActivityQuery, variables: { id: activityId }, fetchPolicy: 'network-only' });
  if (!a.activity || a.activity.districtId !== district.id) throw new TakeOfflineRefused('offline.districtOnly');
  const { data: c } = await client.query({ query: CommuneOptionsQuery, variables: { districtId: district.id }, fetchPolicy: 'network-only' });
  const commune = c.communes.find((x) => x.id === communeId);
  if (!commune) throw new TakeOfflineRefused('offline.districtOnly');

  const elsewhere = (await db.getAll('people')).filter((p) => p.communeId !== communeId).length;
  const people: OfflinePerson[] = [];
  let after: string | null | undefined;
  do {
    const { data } = await client.query({ query: OfflinePeopleQuery, variables: { communeId, after }, fetchPolicy: 'network-only' });
    const total = data.participants.totalCount + elsewhere;
    if (total > OFFLINE_LIMITS.people) throw new TakeOfflineRefused('offline.tooManyPeople', { count: total, max: OFFLINE_LIMITS.people });
    for (const { node } of data.participants.edges) people.push(personOf(node));
    after = data.participants.pageInfo.hasNextPage ? data.participants.pageInfo.endCursor : null;
  } while (after);
  const { data: groups } = await client.query({ query: EthnicGroupsQuery });

  // People with queued changes keep the device's view of them until those changes are sent.
  const pending = new Set((await changesOf(db, me.id)).map(targetOf));
  const tx = db.transaction(['owner', 'activities', 'communes', 'people'], 'readwrite');
  await tx
    .objectStore('owner')
    .put({ accountId: me.id, username: me.name, districtId: district.id, me: plain(me), ethnicGroups: plain(groups.ethnicGroups) }, 'owner');
  const { id, version, title, startDate, endDate, attendances } = a.activity;
  await tx.objectStore('activities').put({
    id,
    version,
    title,
    startDate,
    endDate,
    communeId,
    attendances: attendances.map(({ participantId, attended, completed }) => ({ participantId, attended, completed })),
  });
  await tx.objectStore('communes').put({ id: commune.id, name: commune.name, villages: commune.villages.map(({ id: vid, name }) => ({ id: vid, name })) });
  for (const person of people) if (!pending.has(`person:${person.id}`)) await tx.objectStore('people').put(person);
  await tx.done;
}

/** Takes an activity off the device; its commune's people go too when no other taken activity needs them. */
export async function putBack(db: OfflineDb, activityId: number): Promise<void> {
  const tx = db.transaction(['activities', 'communes', 'people'], 'readwrite');
  const activity = await tx.objectStore('activities').get(activityId);
  await tx.objectStore('activities').delete(activityId);
  const still = (await tx.objectStore('activities').getAll()).some((x) => x.communeId === activity?.communeId);
  if (activity && !still) {
    await tx.objectStore('communes').delete(activity.communeId);
    for (const key of await tx.objectStore('people').index('byCommune').getAllKeys(activity.communeId)) {
      if (typeof key === 'number') await tx.objectStore('people').delete(key);
    }
  }
  await tx.done;
}

/** Storage the device copy takes, for the page to show beside the limits. */
export async function footprint(db: OfflineDb): Promise<{ activities: number; people: number; bytes: number }> {
  const people = await db.count('people');
  return { activities: await db.count('activities'), people, bytes: people * BYTES_PER_PERSON };
}

function personOf(node: PersonInput & { id: number; version: number }): OfflinePerson {
  const { id, version, fullName, gender, birthYear, ethnicGroupCode, category, position, communeId, villageId, phone, idNumber } = node;
  return {
    id,
    version,
    fullName,
    gender,
    birthYear,
    ethnicGroupCode,
    category,
    position: position ?? null,
    communeId,
    villageId: villageId ?? null,
    phone: phone ?? null,
    idNumber: idNumber ?? null,
  };
}

/** The server's current rows, for resolving a refused change. */
export function serverRows(client: Client): ServerRows {
  return {
    async person(id) {
      const { data } = await client.query({ query: OfflinePersonQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (!data.participant) return null;
      const { id: _id, version, ...rest } = personOf(data.participant);
      return { version, input: rest };
    },
    async activity(id) {
      const { data } = await client.query({ query: OfflineActivityQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (!data.activity) return null;
      return {
        version: data.activity.version,
        attendances: data.activity.attendances.map(({ participantId, attended, completed }) => ({ participantId, attended, completed })),
      };
    },
  };
}
