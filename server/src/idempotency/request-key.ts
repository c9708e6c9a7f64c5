import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import { insertKey, type KeyedRequest } from './key-store';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
/** A client-made id such as a UUID: long enough not to collide by chance, short and plain enough to index. */
export const KEY_FORMAT = /^[A-Za-z0-9_-]{8,100}$/;

/** The Idempotency-Key of the request being served, and how far it got. */
export interface RequestKey {
  /** The header as sent (checked by graphql/idempotency-plugin.ts). */
  readonly header: string;
  /** Set once the key was found unused for this account: what the mutation's write will claim. */
  pending: KeyedRequest | null;
  /** The first write of the request claims the key; a second write (if a mutation had one) does not. */
  taken: boolean;
  /** The row the claim inserted in its last attempt: the answer is saved there if that attempt committed. */
  rowId: string | null;
}

const requestKeys = new AsyncLocalStorage<RequestKey>();

/** The request's key, or undefined when it sent no Idempotency-Key header. */
export function currentRequestKey(): RequestKey | undefined {
  return requestKeys.getStore();
}

/**
 * Express middleware: a request with an Idempotency-Key header runs with its RequestKey, which the writes
 * deep inside services reach without it being passed through every call. Requests without one are untouched.
 */
export function withRequestKey(req: Request, _res: Response, next: NextFunction): void {
  const header = req.headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return next();
  requestKeys.run({ header: Array.isArray(header) ? header.join(',') : header, pending: null, taken: false, rowId: null }, next);
}

/**
 * What a write does first in its transaction (db/writer.ts): inserts the request's pending key, so the
 * change and the key commit together or not at all. Called once per write; the function it returns runs
 * in every attempt of that write's transaction, since a rerun starts from a rolled-back state. A request
 * without a pending key, or whose key an earlier write took, gets a function that does nothing.
 */
export function idempotencyClaim(): (tx: EntityManager) => Promise<void> {
  const state = requestKeys.getStore();
  if (!state?.pending || state.taken) return async () => undefined;
  state.taken = true;
  const pending = state.pending;
  return async (tx) => {
    state.rowId = await insertKey(tx, pending);
  };
}
