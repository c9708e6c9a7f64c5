import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { checkCommuneCode } from '../../../../shared/rules/village';
import { Rule } from '../../graphql/rule-validator';
import { CommuneType, P135Status, type Commune } from '../../domain/geography/commune.entity';
import { PlaceName } from './place-name.validator';

@InputType({ description: 'Filters of the commune list; all optional and combined with AND.' })
export class CommuneFilter {
  @Field(() => Int, { nullable: true })
  districtId?: number | null;

  @Field(() => P135Status, { nullable: true })
  p135Status?: P135Status | null;

  @Field(() => String, { nullable: true, description: 'Part of the name, diacritics ignored: "phuc yen" finds "Phúc Yên".' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field({ defaultValue: false, description: 'Also list communes that were merged away or dissolved.' })
  includeRetired: boolean = false;
}

@InputType()
export class CreateCommuneInput implements Partial<Commune> {
  @Field(() => Int)
  districtId: number;

  @Field({ description: 'GSO code, five digits.' })
  @Rule(checkCommuneCode)
  code: string;

  @Field()
  @PlaceName()
  name: string;

  @Field(() => CommuneType)
  type: CommuneType;

  @Field(() => P135Status, { defaultValue: P135Status.NONE })
  p135Status: P135Status = P135Status.NONE;
}

/** District managers may set the Program 135 status; the name and type are the province's to fix. */
@InputType()
export class UpdateCommuneInput implements Partial<Commune> {
  @Field(() => P135Status, { nullable: true })
  p135Status?: P135Status;

  @Field(() => String, { nullable: true, description: 'Province administrators only.' })
  @IsOptional()
  @PlaceName()
  name?: string;

  @Field(() => CommuneType, { nullable: true, description: 'Province administrators only.' })
  type?: CommuneType;
}
