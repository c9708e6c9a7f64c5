import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { District } from '../../domain/geography/district.entity';
import { Commune } from '../../domain/geography/commune.entity';
import { EthnicGroup } from '../../domain/reference/ethnic-group.entity';
import { Gender, ParticipantCategory } from '../../domain/participants/participant.entity';
import { ActivityKind } from '../../domain/activities/activity.entity';
import { MoneyScalar } from '../../shared/money';
import { PeopleMeasures } from './people-measures.types';

export enum RollupDimension {
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  CATEGORY = 'CATEGORY',
  GENDER = 'GENDER',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  ACTIVITY_KIND = 'ACTIVITY_KIND',
  MONTH = 'MONTH',
  PROVINCE_LEVEL = 'PROVINCE_LEVEL',
}
registerEnumType(RollupDimension, {
  name: 'RollupDimension',
  description: 'What a rollup groups by. DISTRICT is the person’s district for people, the organising district for money (docs/DOMAIN.md).',
});

/** Dimensions of a person: grouping or filtering by one leaves the money measures null (money belongs to activities). */
export const PEOPLE_ONLY_DIMENSIONS: readonly RollupDimension[] = [
  RollupDimension.COMMUNE,
  RollupDimension.CATEGORY,
  RollupDimension.GENDER,
  RollupDimension.ETHNIC_GROUP,
];

@InputType()
export class RollupFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => Int, { nullable: true })
  communeId?: number | null;

  @Field(() => ParticipantCategory, { nullable: true })
  category?: ParticipantCategory | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => Boolean, { nullable: true, description: 'true: ethnic minorities only (group ≠ 01 Kinh); false: Kinh only.' })
  ethnicMinority?: boolean | null;

  @Field(() => ActivityKind, { nullable: true })
  activityKind?: ActivityKind | null;

  @Field(() => Boolean, { nullable: true, description: 'true: province-level activities only; false: districts’ own activities only.' })
  provinceLevel?: boolean | null;
}

@ObjectType({ description: 'The people and money measures (docs/DOMAIN.md) for one combination of the grouped dimensions; ungrouped keys are null.' })
export class RollupRow extends PeopleMeasures {
  districtId: number | null;
  communeId: number | null;
  ethnicGroupCode: string | null;

  @Field(() => District, { nullable: true })
  district?: District | null;

  @Field(() => Commune, { nullable: true })
  commune?: Commune | null;

  @Field(() => ParticipantCategory, { nullable: true })
  category: ParticipantCategory | null;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;

  @Field(() => EthnicGroup, { nullable: true })
  ethnicGroup?: EthnicGroup | null;

  @Field(() => ActivityKind, { nullable: true })
  activityKind: ActivityKind | null;

  @Field(() => Int, { nullable: true, description: 'Month (1–12) of the activity’s start.' })
  month: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Grouped by PROVINCE_LEVEL: whether these are province-level activities.' })
  provinceLevel: boolean | null;

  @Field(() => Int, { description: 'Distinct completed activities the people trained attended.' })
  activitiesAttended: number;

  @Field(() => Int, { nullable: true, description: 'Activities organised (not cancelled); null when grouped or filtered by a person’s dimension.' })
  activitiesOrganised: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Committed cost of the activities organised; null like activitiesOrganised.' })
  committed: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Spent on the activities organised; null like activitiesOrganised.' })
  spent: number | null;
}
