import { AsyncLocalStorage } from 'node:async_hooks';
import type { Language } from './languages';

/**
 * What travels with one request through all of its async work: the language it is answered in
 * (shared/language.ts) and its id, which every log line written on its behalf carries (logger.ts).
 * Both share one store because each AsyncLocalStorage adds to the cost of every promise (docs/SCALING.md).
 */
export interface RequestStore {
  language: Language;
  /** X-Request-Id as the access log settled it (http/access-log.ts); null for work outside a request. */
  requestId: string | null;
}

export const requestStore = new AsyncLocalStorage<RequestStore>();

/** The id of the request being served, or null outside one. */
export function currentRequestId(): string | null {
  return requestStore.getStore()?.requestId ?? null;
}
