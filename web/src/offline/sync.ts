import type { QueuedChange } from './changes';
import type { OfflineDb } from './db';
import { changesOf, heldBy, markSent, refuse, settle } from './queue';
import type { Transport } from './transport';

export interface SyncOutcome {
  sent: number;
  refused: number;
  /** Still queued: waiting behind a refused change or a registration, or not sent for lack of signal. */
  left: number;
  /** The server no longer knows the session: the queue waits for the same account to sign in again. */
  signedOut: boolean;
  /** The connection failed mid-way; the same keys are sent again next time. */
  interrupted: boolean;
}

type Answer = { id: number; version: number; attendances?: { participantId: number; attended: boolean; completed: boolean }[] };

function answerOf(change: QueuedChange, data: Record<string, unknown>): Answer {
  const field = change.kind === 'register' ? 'createParticipant' : change.kind === 'correct' ? 'updateParticipant' : 'setAttendance';
  return data[field] as Answer;
}

/**
 * Sends the account's queue in order, one change per request, each under its own key. A refused change
 * stays (with the server's reason) and holds back later changes on the same thing; changes on other
 * things go on. The first sign of lost signal or of a lost session stops the run: what was not answered
 * is sent again next time under the same key, so it cannot be applied twice.
 */
export async function syncQueue(db: OfflineDb, accountId: number, send: Transport): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { sent: 0, refused: 0, left: 0, signedOut: false, interrupted: false };
  const tried = new Set<number>();
  for (;;) {
    const queue = await changesOf(db, accountId);
    const next = queue.find((c) => !c.refusal && !tried.has(c.seq!) && !heldBy(c, queue));
    if (!next) {
      outcome.left = queue.length;
      return outcome;
    }
    tried.add(next.seq!);
    const change = await markSent(db, next);
    const result = await send(change.sent!, change.key);
    if (result.kind === 'done') {
      await settle(db, change, answerOf(change, result.data));
      outcome.sent++;
    } else if (result.kind === 'refused') {
      await refuse(db, change, result.refusal);
      outcome.refused++;
    } else {
      outcome.signedOut = result.kind === 'signedOut';
      outcome.interrupted = result.kind === 'later';
      outcome.left = (await changesOf(db, accountId)).length;
      return outcome;
    }
  }
}

let running: Promise<SyncOutcome> | null = null;

/** One run at a time in this page; other tabs wait for the same Web Lock, so two tabs never send the queue together. */
export function syncOnce(db: OfflineDb, accountId: number, send: Transport): Promise<SyncOutcome> {
  const run = () => syncQueue(db, accountId, send);
  running ??= (typeof navigator !== 'undefined' && navigator.locks ? navigator.locks.request('p135-offline-sync', run) : run()).finally(() => (running = null));
  return running;
}
