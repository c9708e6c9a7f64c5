import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { District } from '../geography/district.entity';
import { Commune } from '../geography/commune.entity';
import { EthnicGroup } from '../reference/ethnic-group.entity';
import { Gender, ParticipantCategory } from '../participants/participant.entity';
import { ActivityKind } from '../activities/activity.entity';

export enum RollupDimension {
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  CATEGORY = 'CATEGORY',
  GENDER = 'GENDER',
  ETHNIC_GROUP = 'ETHNIC_GROUP',
  ACTIVITY_KIND = 'ACTIVITY_KIND',
  MONTH = 'MONTH',
}
registerEnumType(RollupDimension, { name: 'RollupDimension', description: 'What a rollup groups the people trained by.' });

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
}

@ObjectType({ description: 'The people measures for one combination of the grouped dimensions; ungrouped keys are null.' })
export class RollupRow {
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

  @Field(() => Int)
  peopleTrained: number;

  @Field(() => Int)
  personTimes: number;

  @Field(() => Int)
  womenTrained: number;

  @Field(() => Int)
  ethnicMinorityTrained: number;

  @Field(() => Int, { description: 'Distinct completed activities these attendances belong to.' })
  activities: number;
}
