import type { RequestSession } from '../../session/request-session';
import type { Writer } from '../../session/writer';
import { badInput, conflict, notFound } from '../../shared/errors';
import { Participant } from '../../domain/participants/participant.entity';
import { Activity } from '../../domain/activities/activity.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import type { AttendanceEntryInput } from './attendance.inputs';

/**
 * The attendance list of one activity, replaced as a whole. The caller's reach bounds both sides: the
 * participants it may list and the existing rows it replaces, so a district manager on a
 * province-level activity edits its own people and never sees or drops another district's rows.
 */
export function setAttendance(session: RequestSession, activityId: number, activityVersion: number, entries: AttendanceEntryInput[]): Promise<Activity> {
  checkEntries(entries);
  return session.write(async (w) => {
    // Not change(): a district records its own people on a province-level activity without being one of
    // the activity's writers. Reaching the activity (its own district's, or the province's) is the rule.
    const activity = await w.locked(Activity, activityId);
    if (activity.version !== activityVersion) throw conflict('Activity');
    // Bumping the version first makes a concurrent edit of the list (or of the activity) a CONFLICT.
    const saved = await w.update(Activity, activity, { updatedAt: new Date() });

    const participants = await participantsOf(
      w,
      entries.map((e) => e.participantId),
    );
    for (const entry of entries) {
      const participant = participants.get(entry.participantId);
      // Only a province-level activity mixes districts; a district activity keeps to its own people.
      if (!participant || (activity.districtId !== null && participant.districtId !== activity.districtId)) {
        throw notFound('Participant', entry.participantId);
      }
    }

    const existing = await w.rows(Attendance, 'at').andWhere('at.activityId = :activityId', { activityId }).orderBy('at.id', 'ASC').getMany();
    const byParticipant = new Map(existing.map((row) => [row.participantId, row]));
    const wanted = new Set(entries.map((e) => e.participantId));
    for (const row of existing) if (!wanted.has(row.participantId)) await w.delete(Attendance, row);
    for (const entry of entries) {
      const row = byParticipant.get(entry.participantId);
      const values = { attended: entry.attended, completed: entry.completed };
      if (!row) {
        await w.create(Attendance, {
          activityId,
          participantId: entry.participantId,
          districtId: participants.get(entry.participantId)!.districtId,
          ...values,
        });
      } else if (row.attended !== entry.attended || row.completed !== entry.completed) {
        await w.update(Attendance, row, values);
      }
    }
    return saved;
  });
}

/** The listed participants the caller reaches, by id (the rest answer NOT_FOUND). */
async function participantsOf(w: Writer, ids: number[]): Promise<Map<number, Participant>> {
  if (ids.length === 0) return new Map();
  const rows = await w.rows(Participant, 'p').andWhere('p.id IN (:...ids)', { ids }).getMany();
  return new Map(rows.map((p) => [p.id, p]));
}

function checkEntries(entries: AttendanceEntryInput[]): void {
  const seen = new Set<number>();
  for (const entry of entries) {
    if (seen.has(entry.participantId)) throw badInput('participantId', 'errors.listedTwice', { id: entry.participantId });
    seen.add(entry.participantId);
    if (entry.completed && !entry.attended) throw badInput('completed', 'errors.completedNotAttended');
  }
}
