import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { notFound } from '../../shared/errors';
import { Role } from '../../domain/accounts/user.entity';
import { Participant } from '../../domain/participants/participant.entity';
import { Activity } from '../../domain/activities/activity.entity';
import { Attendance } from '../../domain/activities/attendance.entity';
import { AttendanceEntryInput } from './attendance.inputs';
import { AttendanceService } from './attendance.service';

@Resolver(() => Attendance)
export class AttendanceResolver {
  @Authorized(Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER)
  @Mutation(() => Activity, {
    description:
      'Replaces the attendance list of an activity with `entries` (rows of people left out are removed). On a province-level activity a district manager lists and replaces only its own district’s people.',
  })
  setAttendance(
    @Arg('activityId', () => Int) activityId: number,
    @Arg('activityVersion', () => Int) activityVersion: number,
    @Arg('entries', () => [AttendanceEntryInput]) entries: AttendanceEntryInput[],
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<Activity> {
    return new AttendanceService(db, scope).setAttendance(activityId, activityVersion, entries);
  }

  // A visible attendance row is of the caller's district, and so are its participant and activity.
  @FieldResolver(() => Participant)
  async participant(@Root() attendance: Attendance, @Ctx() { loaders }: RequestContext): Promise<Participant> {
    const participant = await loaders.participant.load(attendance.participantId);
    if (!participant) throw notFound('Participant', attendance.participantId);
    return participant;
  }

  @FieldResolver(() => Activity)
  async activity(@Root() attendance: Attendance, @Ctx() { loaders }: RequestContext): Promise<Activity> {
    const activity = await loaders.activity.load(attendance.activityId);
    if (!activity) throw notFound('Activity', attendance.activityId);
    return activity;
  }
}
