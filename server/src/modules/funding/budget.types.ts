import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../shared/money';
import { District } from '../../domain/geography/district.entity';

@ObjectType({ description: 'Study tours against their cap (docs/DOMAIN.md, "The money rules"): committed ≤ cap = exchangeCapPercent × central.' })
export class ExchangeCap {
  @Field(() => Int)
  percent: number;

  @Field(() => MoneyScalar)
  cap: number;

  @Field(() => MoneyScalar)
  committed: number;

  @Field(() => MoneyScalar)
  headroom: number;

  @Field(() => Float, { description: 'committed ÷ central amount (0–1).' })
  shareOfCentral: number;
}

@ObjectType({ description: 'One district’s envelope for the year.' })
export class DistrictEnvelope {
  @Field(() => District)
  district: District;

  @Field(() => MoneyScalar)
  allocation: number;

  @Field(() => MoneyScalar)
  committed: number;

  @Field(() => MoneyScalar, { description: 'actualCost of completed activities.' })
  spent: number;

  @Field(() => MoneyScalar)
  headroom: number;
}

@ObjectType({ description: 'The money of one fiscal year, within the caller’s scope.' })
export class Budget {
  @Field(() => Int)
  fiscalYear: number;

  @Field({ description: 'False when the province has set no funding for the year: no costed activity is accepted then.' })
  funded: boolean;

  @Field(() => Int, { nullable: true, description: 'Send back when changing the funding or allocations.' })
  fundingVersion: number | null;

  @Field(() => MoneyScalar)
  central: number;

  @Field(() => MoneyScalar)
  allocated: number;

  @Field(() => MoneyScalar)
  committed: number;

  @Field(() => MoneyScalar)
  spent: number;

  @Field(() => ExchangeCap)
  exchangeCap: ExchangeCap;

  @Field(() => [DistrictEnvelope])
  districts: DistrictEnvelope[];
}
