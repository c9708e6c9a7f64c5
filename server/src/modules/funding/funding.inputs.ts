import { Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MoneyScalar } from '../../shared/money';

@InputType({ description: 'The year’s central allocation for the capacity-building sub-project.' })
export class FundingInput {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @Field(() => MoneyScalar)
  centralAmount: number;

  @Field(() => Int, { defaultValue: 10, description: 'Share (%) of centralAmount that study tours may commit.' })
  @IsInt()
  @Min(0)
  @Max(100)
  exchangeCapPercent: number = 10;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  decisionRef?: string | null;

  @Field(() => Int, { nullable: true, description: 'Required when the year already has funding: the version you saw.' })
  @IsOptional()
  @IsInt()
  version?: number | null;
}

@InputType()
export class AllocationInput {
  @Field(() => Int)
  @IsInt()
  districtId: number;

  @Field(() => MoneyScalar)
  amount: number;
}

@InputType({ description: 'Every district envelope of one year at once; districts left out keep no allocation.' })
export class AllocationsInput {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  fiscalYear: number;

  @Field(() => [AllocationInput])
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  allocations: AllocationInput[];
}
