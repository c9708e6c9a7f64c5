import type { QueuedChange, RegisterChange, Resolution } from './changes';
import type { OfflineDb } from './db';
import type { AttendanceRow, PersonInput } from './model';

/** The server's rows as they are now, read when the officer resolves a refused change. */
export interface ServerRows {
  person(id: number): Promise<{ version: number; input: PersonInput } | null>;
  activity(id: number): Promise<{ version: number; attendances: AttendanceRow[] } | null>;
}

const newKey = (): string => crypto.randomUUID();

/**
 * Applies the officer's choice for a refused change (changes.ts, resolutionsFor):
 *  - theirs: the device takes the server's row and the change leaves the queue;
 *  - mine: the change is laid over the server's current version and queued again under a new key;
 *  - discard: the change leaves the queue and the device copy goes back to what it was before it.
 * Returns false when the server no longer has the row (it was deleted meanwhile): only discard is left then.
 */
export async function resolveChange(db: OfflineDb, change: QueuedChange, choice: Exclude<Resolution, 'edit'>, server: ServerRows): Promise<boolean> {
  if (choice === 'discard') {
    await discard(db, change);
    return true;
  }
  if (change.kind === 'register') {
    await db.put('queue', { ...change, key: newKey(), refusal: undefined, sent: undefined });
    return true;
  }
  const current = change.kind === 'correct' ? await server.person(change.participant as number) : await server.activity(change.activityId);
  if (!current) return false;
  const tx = db.transaction(['queue', 'people', 'activities'], 'readwrite');
  if (change.kind === 'correct') {
    const { version, input } = current as { version: number; input: PersonInput };
    if (choice === 'mine')
      await tx.objectStore('queue').put({ ...change, key: newKey(), refusal: undefined, sent: undefined, baseVersion: version, base: input });
    else await tx.objectStore('queue').delete(change.seq!);
    const person = await tx.objectStore('people').get(change.participant);
    const shown = choice === 'mine' ? { ...input, ...change.fields } : input;
    if (person) await tx.objectStore('people').put({ ...person, ...shown, version });
  } else {
    const { version, attendances } = current as { version: number; attendances: AttendanceRow[] };
    if (choice === 'mine')
      await tx.objectStore('queue').put({ ...change, key: newKey(), refusal: undefined, sent: undefined, baseVersion: version, base: attendances });
    else await tx.objectStore('queue').delete(change.seq!);
    const activity = await tx.objectStore('activities').get(change.activityId);
    if (activity) await tx.objectStore('activities').put({ ...activity, version, attendances });
  }
  await tx.done;
  return true;
}

/** A refused registration corrected by the officer: a new request, so a new key; the device shows the corrected person. */
export async function editRegistration(db: OfflineDb, change: RegisterChange, input: PersonInput): Promise<void> {
  const tx = db.transaction(['queue', 'people'], 'readwrite');
  await tx.objectStore('queue').put({ ...change, input, key: newKey(), refusal: undefined, sent: undefined });
  await tx.objectStore('people').put({ ...input, id: change.localId, version: 0 });
  await tx.done;
}

async function discard(db: OfflineDb, change: QueuedChange): Promise<void> {
  const tx = db.transaction(['queue', 'people'], 'readwrite');
  const queue = tx.objectStore('queue');
  await queue.delete(change.seq!);
  const people = tx.objectStore('people');
  if (change.kind === 'register') {
    // The person never reaches the server: later changes naming them go too, else they would wait forever.
    await people.delete(change.localId);
    for (const later of await queue.index('byAccount').getAll(change.accountId)) {
      if (later.kind === 'correct' && later.participant === change.localId) await queue.delete(later.seq!);
      if (later.kind === 'attendance' && later.marks.some((m) => m.participant === change.localId)) {
        await queue.put({ ...later, marks: later.marks.filter((m) => m.participant !== change.localId) });
      }
    }
  } else if (change.kind === 'correct') {
    const person = await people.get(change.participant);
    if (person) await people.put({ ...person, phone: change.base.phone, villageId: change.base.villageId });
  }
  await tx.done;
}
