import type { ApolloCache, Reference, StoreObject } from '@apollo/client/core';

/**
 * What a write leaves stale in Apollo's cache, in one place. A changed row comes back in the mutation's
 * answer (the *Row fragments) and Apollo writes it over the cached one by its id, so every list showing it
 * updates without asking the server. What the answer cannot fix is evicted here: lists that gain or lose a
 * row, and the figures computed from rows (totals, the report, the budget). Evicting a root field drops its
 * cached answers for every argument set: a query on the page still showing it asks the server again at once,
 * any other (the dashboard, the audit log) when it is next shown, so no page shows a figure the write changed.
 */
const STALE = {
  /** Every write is recorded in the audit log. */
  audit: ['auditLog'],
  /** The province report (dashboards, year locks) counts villages, communes, boards, people, activities and money. */
  figures: ['provinceReport'],
  villageList: ['villages', 'communes'],
  communeList: ['communePage'],
  boardList: ['monitoringBoards', 'communePage'],
  participantList: ['participants'],
  activityList: ['activities', 'activeYears'],
  /** Who attended what: the activities' attendance and each person's record page. */
  attendance: ['activities', 'participant'],
  money: ['budget'],
  fundingList: ['fundings', 'activeYears'],
  userList: ['users'],
  apiKeyList: ['apiKeys'],
} as const satisfies Record<string, readonly string[]>;

export type Stale = keyof typeof STALE;

/** Drops the root fields of the named kinds (and what only they referenced). */
export function evictStale(cache: ApolloCache<unknown>, ...kinds: Stale[]): void {
  const fields = new Set(kinds.flatMap((kind) => STALE[kind]));
  for (const fieldName of fields) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/** A mutation's `update` option: after it succeeds, the named kinds are stale (and the audit log always is). */
export function staleAfter(...kinds: Stale[]) {
  return (cache: ApolloCache<unknown>): void => evictStale(cache, 'audit', ...kinds);
}

/** Drops one field of cached objects (e.g. the attendance of each person an activity's attendance named). */
export function evictFieldOf(cache: ApolloCache<unknown>, objects: (StoreObject | Reference)[], fieldName: string): void {
  for (const object of objects) {
    const id = cache.identify(object);
    if (id) cache.evict({ id, fieldName });
  }
}
