import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import { MoneyScalar } from '../../shared/money';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { District } from '../../domain/geography/district.entity';
import { Activity } from '../../domain/activities/activity.entity';
import { committedCost } from './activity-cost';
import { ActivityFilter, ActivityInput, CreateActivityInput } from './activity.inputs';
import { activityPage, createActivity, deleteActivity, updateActivity } from './activity.service';
import { Attendance } from '../../domain/activities/attendance.entity';
import { Provider } from '../../domain/activities/provider.entity';

@ObjectType()
export class ActivityConnection extends ConnectionOf(Activity) {}

@Resolver(() => Activity)
export class ActivityResolver {
  @Authorized()
  @Query(() => Activity, { nullable: true, description: 'Null when missing or not visible (another district’s).' })
  activity(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<Activity | null> {
    return session.loaders.activity.load(id);
  }

  @Authorized()
  @Query(() => ActivityConnection, { description: 'The caller’s district activities and its province’s province-level ones, oldest first.' })
  activities(
    @Arg('filter', () => ActivityFilter, { nullable: true }) filter: ActivityFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { session }: RequestContext,
  ): Promise<Page<Activity>> {
    return activityPage(session, filter, page);
  }

  @FieldResolver(() => District, { nullable: true, description: 'Null for a province-level activity.' })
  district(@Root() activity: Activity, @Ctx() { session }: RequestContext): Promise<District | null> | null {
    return activity.districtId === null ? null : session.loaders.district.load(activity.districtId);
  }

  @FieldResolver(() => Provider, { nullable: true })
  provider(@Root() activity: Activity, @Ctx() { session }: RequestContext): Promise<Provider | null> | null {
    return activity.providerId === null ? null : session.loaders.provider.load(activity.providerId);
  }

  @FieldResolver(() => [Attendance], { description: 'A district sees only its own people’s rows, also on province-level activities.' })
  attendances(@Root() activity: Activity, @Ctx() { session }: RequestContext): Promise<Attendance[]> {
    return session.loaders.attendancesByActivity.load(activity.id);
  }

  @FieldResolver(() => MoneyScalar, { description: 'What counts against the budget: actualCost when COMPLETED, plannedCost when PLANNED, 0 when CANCELLED.' })
  committedCost(@Root() activity: Activity): number {
    return committedCost(activity);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Activity)
  createActivity(@Arg('input', () => CreateActivityInput) input: CreateActivityInput, @Ctx() { session }: RequestContext): Promise<Activity> {
    return createActivity(session, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Activity, { description: 'Replaces the activity’s fields; its district never changes.' })
  updateActivity(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ActivityInput) input: ActivityInput,
    @Ctx() { session }: RequestContext,
  ): Promise<Activity> {
    return updateActivity(session, id, version, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Boolean, { description: 'Deletes the activity and its attendance.' })
  deleteActivity(@Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number, @Ctx() { session }: RequestContext): Promise<boolean> {
    return deleteActivity(session, id, version);
  }
}
