import type { AttendanceChange, QueuedChange } from './changes';
import type { OfflineDb } from './db';
import { enqueue, changesOf } from './queue';
import { plain } from './plain';
import type { OfflineActivity, OfflinePerson, PersonInput, PersonRef } from './model';

/** The three things an officer records without signal; each is a queued change and shows at once on the device. */

const stamp = (accountId: number) => ({ accountId, key: crypto.randomUUID(), createdAt: new Date().toISOString() });

export async function recordAttendance(db: OfflineDb, accountId: number, activity: OfflineActivity, marks: AttendanceChange['marks']): Promise<void> {
  if (marks.length === 0) return;
  await enqueue(db, {
    ...stamp(accountId),
    kind: 'attendance',
    activityId: activity.id,
    baseVersion: activity.version,
    base: plain(activity.attendances),
    marks: plain(marks),
  });
}

/** A person registered on the device is known by a local id until the registration is synced. */
export async function registerPerson(db: OfflineDb, accountId: number, input: PersonInput): Promise<string> {
  const localId = `local:${crypto.randomUUID()}`;
  await enqueue(db, { ...stamp(accountId), kind: 'register', localId, input: plain(input) });
  await db.put('people', { ...plain(input), id: localId, version: 0 });
  return localId;
}

export async function correctPerson(
  db: OfflineDb,
  accountId: number,
  person: OfflinePerson,
  fields: { phone: string | null; villageId: number | null },
): Promise<void> {
  const { id, version, ...base } = plain(person);
  await enqueue(db, { ...stamp(accountId), kind: 'correct', participant: id, baseVersion: version, base, fields: plain(fields) });
  await db.put('people', { ...plain(person), ...fields });
}

/** Who is marked present on the device: the list copied from the server with every queued mark laid over it, in order. */
export function attendanceOnDevice(activity: OfflineActivity, queue: QueuedChange[]): Map<PersonRef, { attended: boolean; completed: boolean }> {
  const shown = new Map<PersonRef, { attended: boolean; completed: boolean }>(
    activity.attendances.map((a) => [a.participantId, { attended: a.attended, completed: a.completed }]),
  );
  for (const change of queue) {
    if (change.kind !== 'attendance' || change.activityId !== activity.id) continue;
    for (const m of change.marks) {
      if (m.attended || m.completed) shown.set(m.participant, { attended: m.attended || m.completed, completed: m.completed });
      else shown.delete(m.participant);
    }
  }
  return shown;
}

export { changesOf };
