import { Field, InputType, Int } from 'type-graphql';
import { IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { checkDate, checkTitle, FISCAL_YEARS, TEXT_MAX } from '../../../../shared/rules/activity';
import { textLength, wholeNumber } from '../../../../shared/rules/violation';
import { Rule } from '../../graphql/rule-validator';
import { MoneyScalar } from '../../shared/money';
import { ActivityKind, ActivityScope, ActivityStatus, type Activity } from '../../domain/activities/activity.entity';

const checkTopic = (value: string | null) => textLength('topic', value, 0, TEXT_MAX);
const checkLocation = (value: string | null) => textLength('location', value, 0, TEXT_MAX);
const checkStart = (value: string) => checkDate('startDate', value);
const checkEnd = (value: string) => checkDate('endDate', value);
const checkFiscalYear = (value: number) => wholeNumber('fiscalYear', value, FISCAL_YEARS.min, FISCAL_YEARS.max);

/**
 * An activity's own fields, as sent on update (a full replacement). The district is fixed at creation:
 * moving an activity would move its attendance and its money between tenants.
 * Its values follow shared/rules/activity.ts (the web's dialog checks the same); the rules across fields
 * (dates in order, fiscal year of the start date, a cost once completed) are checked by ActivityService.
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
  @Rule(checkTitle)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Rule(checkTopic)
  topic?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Rule(checkStart)
  startDate: string;

  @Field({ description: 'YYYY-MM-DD, not before startDate' })
  @Rule(checkEnd)
  endDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Rule(checkLocation)
  location?: string | null;

  @Field(() => Int, { nullable: true, description: 'A provider of the caller’s province.' })
  providerId?: number | null;

  @Field(() => Int, { description: 'The year of startDate (2000 to 2100).' })
  @Rule(checkFiscalYear)
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
