import { attendanceEntries, localRefsOf, requestOf, targetOf, type QueuedChange } from './changes';
import type { OfflineDb } from './db';
import { OFFLINE_LIMITS } from './limits';
import type { PersonRef } from './model';

/** The account's changes in the order they were made. */
export async function changesOf(db: OfflineDb, accountId: number): Promise<QueuedChange[]> {
  const changes = await db.getAllFromIndex('queue', 'byAccount', accountId);
  return changes.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
}

export class QueueFullError extends Error {
  constructor() {
    super('offline.queueFull');
  }
}

/** Adds a change at the end of the queue (refused past OFFLINE_LIMITS.queue: the officer syncs first). */
export async function enqueue(db: OfflineDb, change: QueuedChange): Promise<number> {
  if ((await db.count('queue')) >= OFFLINE_LIMITS.queue) throw new QueueFullError();
  return db.add('queue', change);
}

/**
 * Why a change cannot be sent now, or null when it can: it names a registration that has no server id yet,
 * or an earlier change on the same thing is still queued (waiting, or refused and not yet resolved).
 */
export function heldBy(change: QueuedChange, earlier: QueuedChange[]): QueuedChange | null {
  const mine = new Set([targetOf(change), ...localRefsOf(change).map((ref) => `person:${ref}`)]);
  return earlier.find((e) => (e.seq ?? 0) < (change.seq ?? 0) && mine.has(targetOf(e))) ?? null;
}

/**
 * A change the server accepted leaves the queue, in one transaction with what follows from its answer:
 *  - a registration's server id replaces its local id in every later change and on the device copy;
 *  - the new version of a participant or activity becomes the base of later changes on it (they were made
 *    on top of this one by the same officer, so they must not read as a conflict).
 */
export async function settle(
  db: OfflineDb,
  done: QueuedChange,
  answer: { id: number; version: number; attendances?: { participantId: number; attended: boolean; completed: boolean }[] },
): Promise<void> {
  const tx = db.transaction(['queue', 'people', 'activities'], 'readwrite');
  const queue = tx.objectStore('queue');
  await queue.delete(done.seq!);
  const later = (await queue.index('byAccount').getAll(done.accountId)).filter((c) => (c.seq ?? 0) > (done.seq ?? 0));
  const people = tx.objectStore('people');

  if (done.kind === 'register' || done.kind === 'correct') {
    const ref: PersonRef = done.kind === 'register' ? done.localId : done.participant;
    const person = await people.get(ref);
    const input = done.kind === 'register' ? done.input : { ...done.base, ...done.fields };
    if (person) {
      await people.delete(ref);
      await people.put({ ...person, id: answer.id, version: answer.version });
    }
    for (const change of later) {
      let touched = false;
      if (change.kind === 'correct' && change.participant === ref) {
        Object.assign(change, { participant: answer.id, baseVersion: answer.version, base: input });
        touched = true;
      }
      if (change.kind === 'attendance' && change.marks.some((m) => m.participant === ref)) {
        change.marks = change.marks.map((m) => (m.participant === ref ? { ...m, participant: answer.id } : m));
        touched = true;
      }
      if (touched) await queue.put(change);
    }
  } else {
    const attendances = answer.attendances ?? attendanceEntries(done.base, done.marks);
    const activities = tx.objectStore('activities');
    const activity = await activities.get(done.activityId);
    if (activity) await activities.put({ ...activity, version: answer.version, attendances });
    for (const change of later) {
      if (change.kind === 'attendance' && change.activityId === done.activityId) await queue.put({ ...change, baseVersion: answer.version, base: attendances });
    }
  }
  await tx.done;
}

/** Keeps a refused change in the queue with the server's reason, until the officer resolves it. */
export async function refuse(db: OfflineDb, change: QueuedChange, refusal: NonNullable<QueuedChange['refusal']>): Promise<void> {
  await db.put('queue', { ...change, refusal });
}

/** Remembers the request as first sent, so a retry repeats it byte for byte under the same key. */
export async function markSent(db: OfflineDb, change: QueuedChange): Promise<QueuedChange> {
  if (change.sent) return change;
  const sent = { ...change, sent: requestOf(change) };
  await db.put('queue', sent);
  return sent;
}
