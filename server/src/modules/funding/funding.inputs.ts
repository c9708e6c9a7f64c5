import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, ValidateNested } from 'class-validator';
import { checkAllocationCount, checkCapPercent, checkDecisionRef, checkFiscalYear } from '../../../../shared/rules/funding';
import { Rule } from '../../graphql/rule-validator';
import { MoneyScalar } from '../../shared/money';

@InputType({ description: 'The year’s central allocation for the capacity-building sub-project.' })
export class FundingInput {
  @Field(() => Int)
  @Rule(checkFiscalYear)
  fiscalYear: number;

  @Field(() => MoneyScalar)
  centralAmount: number;

  @Field(() => Int, { defaultValue: 10, description: 'Share (%) of centralAmount that study tours may commit.' })
  @Rule(checkCapPercent)
  exchangeCapPercent: number = 10;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Rule(checkDecisionRef)
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
  @Rule(checkFiscalYear)
  fiscalYear: number;

  @Field(() => [AllocationInput])
  @Rule(checkAllocationCount)
  @ValidateNested({ each: true })
  allocations: AllocationInput[];
}
