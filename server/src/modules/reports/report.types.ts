import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { MoneyScalar } from '../../shared/money';
import { District } from '../../domain/geography/district.entity';
import { Province } from '../../domain/geography/province.entity';
import { ParticipantCategory } from '../../domain/participants/participant.entity';
import { ActivityKind } from '../../domain/activities/activity.entity';
import { Budget } from '../funding/budget.types';
import { YearStatus } from '../periods/period.types';
import { PeopleMeasures } from './people-measures.types';

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

  @Field(() => Int, { description: 'Activities organised: of the year, not cancelled, by this district (or the province). docs/DOMAIN.md' })
  activitiesOrganised: number;
}

@ObjectType({ description: 'The measures of docs/DOMAIN.md for one district, or summed over districts (district null).' })
export class ReportRow extends PeopleMeasures {
  @Field(() => District, { nullable: true, description: 'Null on the total row.' })
  district: District | null;

  @Field(() => Int, { description: 'Communes of the year: in service at any time during the fiscal year (docs/DOMAIN.md).' })
  communes: number;

  @Field(() => Int, { description: 'Especially difficult communes among the communes of the year.' })
  especiallyDifficultCommunes: number;

  @Field(() => Int, { description: 'Villages of the communes of the year.' })
  villages: number;

  @Field(() => Int)
  especiallyDifficultVillages: number;

  @Field(() => Int, { description: 'Monitoring boards of the communes of the year.' })
  monitoringBoards: number;

  @Field(() => Int)
  participantsRegistered: number;

  @Field(() => Float, { nullable: true, description: 'womenTrained ÷ peopleTrained; null when nobody was trained.' })
  womenShare: number | null;

  @Field(() => Float, { nullable: true, description: 'ethnicMinorityTrained ÷ peopleTrained; null when nobody was trained.' })
  ethnicMinorityShare: number | null;

  @Field(() => [CategoryCount])
  trainedByCategory: CategoryCount[];

  @Field(() => [KindCount], { description: 'The district’s own activities (province-level ones are in ProvinceReport.provinceLevel).' })
  activitiesByKind: KindCount[];

  @Field(() => Int, { description: 'Activities organised by the district in the year, not cancelled (the sum of activitiesByKind).' })
  activitiesOrganised: number;

  @Field(() => MoneyScalar)
  allocation: number;

  @Field(() => MoneyScalar)
  committed: number;

  @Field(() => MoneyScalar)
  spent: number;

  @Field(() => Int, { description: 'Especially difficult communes of the year with at least one person trained in the year.' })
  especiallyDifficultCommunesCovered: number;

  @Field(() => Float, { nullable: true, description: 'especiallyDifficultCommunesCovered ÷ especiallyDifficultCommunes; null when there are none.' })
  coverage: number | null;

  @Field(() => YearStatus, { nullable: true, description: 'The district’s year as a record; null on total rows.' })
  yearStatus: YearStatus | null;

  @Field({ description: 'True when these are the figures stored at approval, not live ones.' })
  approved: boolean;

  @Field(() => ReportRow, { nullable: true, description: 'On an approved row: today’s live figures, only when they differ from the approved ones (drift).' })
  liveFigures: ReportRow | null;
}

@ObjectType({
  description:
    'Activities organised by the province itself (no district), and the people trained at them, each also counted in their own district (docs/DOMAIN.md).',
})
export class ProvinceLevelSummary extends PeopleMeasures {
  @Field(() => [KindCount])
  activitiesByKind: KindCount[];

  @Field(() => Int)
  activitiesOrganised: number;

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

  @Field(() => ReportRow, { description: 'The districts in scope summed (province-level activities left out; see grandTotal).' })
  total: ReportRow;

  @Field(() => ProvinceLevelSummary, { nullable: true, description: 'Null for district callers.' })
  provinceLevel: ProvinceLevelSummary | null;

  @Field(() => ReportRow, {
    nullable: true,
    description: 'Districts plus province-level activities: its committed and spent equal budget’s to the đồng. Null for district callers.',
  })
  grandTotal: ReportRow | null;
}
