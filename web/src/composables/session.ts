import { computed, ref } from 'vue';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import { MeQuery } from '../graphql/session';
import type { MeQuery as Me } from '../graphql/generated/graphql';
import { offlineStatus } from '../offline/status';

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
    .then((r) => {
      offlineStatus.deviceOnly = false;
      return (user.value = r.data?.me ?? null);
    })
    .catch((e) => (noAnswer(e) ? deviceSessionOrNull() : null))
    .finally(() => (pending = null));
  return pending;
}

/** No answer at all (no signal), as opposed to the server refusing or failing. */
function noAnswer(error: unknown): boolean {
  const network = (error as { networkError?: unknown } | null)?.networkError;
  return Boolean(network) && !(network as { statusCode?: number }).statusCode;
}

/** Without signal, the account saved with the device copy opens the offline page (offline/device-session.ts). */
async function deviceSessionOrNull(): Promise<SessionUser | null> {
  const { deviceSession } = await import('../offline/device-session');
  const saved = await deviceSession().catch(() => null);
  offlineStatus.deviceOnly = saved !== null;
  return (user.value = saved);
}

/** Back online after opening on the device copy: ask the server who is signed in (an expired session leaves the queue waiting). */
export async function recheckSession(client: ApolloClient<NormalizedCacheObject>): Promise<void> {
  const r = await client.query({ query: MeQuery, fetchPolicy: 'network-only', errorPolicy: 'all' }).catch(() => null);
  if (r?.data?.me) {
    user.value = r.data.me;
    offlineStatus.deviceOnly = false;
  }
}

export function setSession(value: SessionUser | null): void {
  user.value = value;
}
