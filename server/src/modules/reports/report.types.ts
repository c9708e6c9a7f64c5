import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { MoneyScalar } from '../../shared/money';
import { District } from '../geography/district.entity';
import { Province } from '../geography/province.entity';
import { ParticipantCategory } from '../participants/participant.entity';
import { ActivityKind } from '../activities/activity.entity';
import { Budget } from '../funding/budget.types';

@ObjectType()
export class CategoryCount {
  @Field(() => ParticipantCategory)
  category: ParticipantCategory;

  @Field(() => Int, { description: 'Distinct people of this category trained in the year.' })
  people: number;
}

@ObjectType()
export class KindCount {
  @Field(() => ActivityKind)
  kind: ActivityKind;

  @Field(() => Int, { description: 'Activities of the year that were not cancelled.' })
  activities: number;
}

@ObjectType({ description: 'The measures of SPEC §4 for one district, or for all of them (district null).' })
export class ReportRow {
  @Field(() => District, { nullable: true, description: 'Null on the total row.' })
  district: District | null;

  @Field(() => Int, { description: 'Communes in service (retired ones left out).' })
  communes: number;

  @Field(() => Int)
  especiallyDifficultCommunes: number;

  @Field(() => Int)
  villages: number;

  @Field(() => Int)
  especiallyDifficultVillages: number;

  @Field(() => Int)
  monitoringBoards: number;

  @Field(() => Int)
  participantsRegistered: number;

  @Field(() => Int, { description: 'Distinct people who attended at least one completed activity of the year.' })
  peopleTrained: number;

  @Field(() => Int, { description: 'Attendances at completed activities of the year (one person twice counts twice).' })
  personTimes: number;

  @Field(() => Int)
  womenTrained: number;

  @Field(() => Int, { description: 'Distinct people trained whose ethnic group is not Kinh (01).' })
  ethnicMinorityTrained: number;

  @Field(() => Float, { description: 'womenTrained ÷ peopleTrained (0 when nobody was trained).' })
  womenShare: number;

  @Field(() => Float, { description: 'ethnicMinorityTrained ÷ peopleTrained.' })
  ethnicMinorityShare: number;

  @Field(() => [CategoryCount])
  trainedByCategory: CategoryCount[];

  @Field(() => [KindCount], { description: 'The district’s own activities (province-level ones are in ProvinceReport.provinceLevel).' })
  activitiesByKind: KindCount[];

  @Field(() => MoneyScalar)
  allocation: number;

  @Field(() => MoneyScalar)
  committed: number;

  @Field(() => MoneyScalar)
  spent: number;

  @Field(() => Int, { description: 'Especially difficult communes with at least one person trained in the year.' })
  especiallyDifficultCommunesCovered: number;

  @Field(() => Float, { description: 'especiallyDifficultCommunesCovered ÷ especiallyDifficultCommunes.' })
  coverage: number;
}

@ObjectType({ description: 'Activities organised by the province itself (no district).' })
export class ProvinceLevelSummary {
  @Field(() => [KindCount])
  activitiesByKind: KindCount[];

  @Field(() => MoneyScalar)
  committed: number;

  @Field(() => MoneyScalar)
  spent: number;
}

@ObjectType({ description: 'The year across the districts in the caller’s scope, plus a total row.' })
export class ProvinceReport {
  @Field(() => Int)
  fiscalYear: number;

  @Field(() => Province)
  province: Province;

  @Field(() => DateTimeResolver)
  generatedAt: Date;

  @Field(() => Budget)
  budget: Budget;

  @Field(() => [ReportRow])
  districts: ReportRow[];

  @Field(() => ReportRow, { description: 'Sums where a measure adds up; distinct people and shares recomputed over all districts.' })
  total: ReportRow;

  @Field(() => ProvinceLevelSummary, { nullable: true, description: 'Null for district callers.' })
  provinceLevel: ProvinceLevelSummary | null;
}
