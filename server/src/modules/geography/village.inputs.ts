import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { checkHouseholds } from '../../../../shared/rules/village';
import { PlaceName } from './place-name.validator';
import { Rule } from '../../graphql/rule-validator';
import type { Village } from '../../domain/geography/village.entity';

const checkPoorHouseholds = (value: number) => checkHouseholds(value, 'poorHouseholds');

@InputType({ description: 'Filters of the village list; all optional and combined with AND.' })
export class VillageFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => Int, { nullable: true })
  communeId?: number | null;

  @Field(() => Boolean, { nullable: true })
  especiallyDifficult?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, diacritics ignored.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType()
export class CreateVillageInput implements Partial<Village> {
  @Field(() => Int)
  communeId: number;

  @Field()
  @PlaceName()
  name: string;

  @Field({ defaultValue: false })
  especiallyDifficult: boolean = false;

  @Field(() => Int, { defaultValue: 0 })
  @Rule(checkHouseholds)
  households: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'At most `households`.' })
  @Rule(checkPoorHouseholds)
  poorHouseholds: number = 0;
}

/** Only the fields given change. Moving to another commune stays within the village's district. */
@InputType()
export class UpdateVillageInput implements Partial<Village> {
  @Field(() => Int, { nullable: true })
  communeId?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlaceName()
  name?: string;

  @Field(() => Boolean, { nullable: true })
  especiallyDifficult?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Rule(checkHouseholds)
  households?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Rule(checkPoorHouseholds)
  poorHouseholds?: number;
}
