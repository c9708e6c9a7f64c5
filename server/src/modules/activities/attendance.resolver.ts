import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { notFound } from '../../shared/errors';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { Participant } from '../../domain/participants/participant.entity';
import { Activity } from '../../domain/activities/activity.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import { AttendanceEntryInput } from './attendance.inputs';
import { setAttendance } from './attendance.service';

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Authorized(...WRITER_ROLES)
  @Mutation(() => Activity, {
    description:
      'Replaces the attendance list of an activity with `entries` (rows of people left out are removed). On a province-level activity a district manager lists and replaces only its own district’s people.',
  })
  setAttendance(
    @Arg('activityId', () => Int) activityId: number,
    @Arg('activityVersion', () => Int) activityVersion: number,
    @Arg('entries', () => [AttendanceEntryInput]) entries: AttendanceEntryInput[],
    @Ctx() { session }: RequestContext,
  ): Promise<Activity> {
    return setAttendance(session, activityId, activityVersion, entries);
  }

  // A visible attendance row is of the caller's district, and so are its participant and activity.
  @FieldResolver(() => Participant)
  async participant(@Root() attendance: Attendance, @Ctx() { session }: RequestContext): Promise<Participant> {
    const participant = await session.loaders.participant.load(attendance.participantId);
    if (!participant) throw notFound('Participant', attendance.participantId);
    return participant;
  }

  @FieldResolver(() => Activity)
  async activity(@Root() attendance: Attendance, @Ctx() { session }: RequestContext): Promise<Activity> {
    const activity = await session.loaders.activity.load(attendance.activityId);
    if (!activity) throw notFound('Activity', attendance.activityId);
    return activity;
  }
}
