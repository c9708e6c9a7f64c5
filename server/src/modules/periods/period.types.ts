import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { YearStatusValue } from '../../domain/periods/district-year.entity';

@ObjectType({ description: 'A district’s fiscal year as a record (docs/DOMAIN.md, "The year as a record").' })
export class YearStatus {
  @Field(() => ID, { description: 'districtId:fiscalYear' })
  id: string;

  @Field(() => Int)
  districtId: number;

  @Field(() => Int)
  fiscalYear: number;

  @Field(() => YearStatusValue)
  status: YearStatusValue;

  @Field(() => Boolean, { description: 'SUBMITTED or APPROVED: writes to the district’s figures of the year answer PERIOD_LOCKED.' })
  locked: boolean;

  @Field(() => String, { nullable: true })
  submittedBy: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  submittedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The district’s note on submitting.' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Who approved, returned or reopened it last.' })
  decidedBy: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was returned or reopened.' })
  reason: string | null;

  @Field(() => String, { nullable: true })
  approvedBy: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  approvedAt: Date | null;
}

@ObjectType({ description: 'Whether the province closed a fiscal year: its province-level activities are then locked.' })
export class ProvinceYearStatus {
  @Field(() => Int)
  fiscalYear: number;

  @Field()
  closed: boolean;

  @Field(() => String, { nullable: true })
  closedBy: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  closedAt: Date | null;
}
