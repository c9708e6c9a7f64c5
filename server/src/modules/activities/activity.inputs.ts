import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { MoneyScalar } from '../../shared/money';
import { ActivityKind, ActivityScope, ActivityStatus, type Activity } from './activity.entity';

const YMD = /^\d{4}-\d{2}-\d{2}$/;

/**
 * An activity's own fields, as sent on update (a full replacement). The district is fixed at creation:
 * moving an activity would move its attendance and its money between tenants.
 * Rules across fields (dates in order, fiscal year of the start date, a cost once completed) are
 * checked by ActivityService, which names the failing field.
 */
@InputType()
export class ActivityInput implements Partial<Activity> {
  @Field(() => ActivityKind)
  @IsEnum(ActivityKind)
  kind: ActivityKind;

  @Field(() => ActivityScope)
  @IsEnum(ActivityScope)
  scope: ActivityScope;

  @Field({ description: '3 to 200 characters.' })
  @Length(3, 200)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  topic?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(YMD, { message: 'startDate must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'startDate must be a real calendar date' })
  startDate: string;

  @Field({ description: 'YYYY-MM-DD, not before startDate' })
  @Matches(YMD, { message: 'endDate must be a date written YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'endDate must be a real calendar date' })
  endDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'A provider of the caller’s province.' })
  providerId?: number | null;

  @Field(() => Int, { description: 'The year of startDate (2000 to 2100).' })
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @Field(() => MoneyScalar, { defaultValue: 0 })
  plannedCost: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'Required once the activity is COMPLETED.' })
  actualCost?: number | null;

  @Field(() => ActivityStatus, { defaultValue: ActivityStatus.PLANNED })
  @IsEnum(ActivityStatus)
  status: ActivityStatus;
}

@InputType()
export class CreateActivityInput extends ActivityInput {
  @Field(() => Int, { nullable: true, description: 'The district running it; omit for a province-level activity (province admin only).' })
  districtId?: number | null;
}

@InputType()
export class ActivityFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => ActivityKind, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityKind)
  kind?: ActivityKind | null;

  @Field(() => Int, { nullable: true })
  fiscalYear?: number | null;

  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'True: province-level activities only; false: district activities only.' })
  @IsOptional()
  @IsBoolean()
  provinceLevel?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Words of the title; ignores Vietnamese diacritics ("tap huan" finds "Tập huấn").' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
}
