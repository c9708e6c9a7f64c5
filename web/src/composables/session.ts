import { computed, ref } from 'vue';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { MeQuery } from '../graphql/session';
import type { MeQuery as Me } from '../graphql/generated/graphql';

export type SessionUser = Me['me'];

const user = ref<SessionUser | null>(null);
let pending: Promise<SessionUser | null> | null = null;

/** Who is signed in (loaded once from `me`; null when the cookie is missing or expired). */
export function useSession() {
  const isProvince = computed(() => user.value?.role === 'PROVINCE_ADMIN' || user.value?.role === 'PROVINCE_VIEWER');
  const canWrite = computed(() => Boolean(user.value?.canWrite));
  return { user, isProvince, canWrite };
}

export function loadSession(client: ApolloClient<NormalizedCacheObject>): Promise<SessionUser | null> {
  if (user.value) return Promise.resolve(user.value);
  pending ??= client
    .query({ query: MeQuery, fetchPolicy: 'network-only', errorPolicy: 'all' })
    .then((r) => (user.value = r.data?.me ?? null))
    .catch(() => null)
    .finally(() => (pending = null));
  return pending;
}

export function setSession(value: SessionUser | null): void {
  user.value = value;
}
