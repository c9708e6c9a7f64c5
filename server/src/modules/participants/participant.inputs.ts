import { Field, InputType, Int } from 'type-graphql';
import { IsEnum, IsInt, IsOptional } from 'class-validator';
import { checkBirthYear, checkEthnicGroupCode, checkFullName, checkIdNumber, checkPhone, checkPosition } from '../../../../shared/rules/participant';
import { Rule } from '../../graphql/rule-validator';
import { Gender, ParticipantCategory, type Participant } from '../../domain/participants/participant.entity';

/**
 * A participant as the district registers it. Used whole for create and update (an update replaces
 * every field, so leaving out villageId clears it). The district is never sent: it is the commune's.
 * Its values follow shared/rules/participant.ts, the rules the import and the web form check too.
 */
@InputType()
export class ParticipantInput implements Partial<Participant> {
  @Field()
  @Rule(checkFullName)
  fullName: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => Int)
  @Rule(checkBirthYear)
  birthYear: number;

  @Field({ description: 'Two-digit code of the ethnic group, 01–54 (01 = Kinh).' })
  @Rule(checkEthnicGroupCode)
  ethnicGroupCode: string;

  @Field(() => ParticipantCategory)
  @IsEnum(ParticipantCategory)
  category: ParticipantCategory;

  @Field(() => String, { nullable: true })
  @Rule(checkPosition)
  position?: string | null;

  @Field(() => Int)
  @IsInt()
  communeId: number;

  @Field(() => Int, { nullable: true, description: 'A village (thôn / bản) of the commune.' })
  @IsOptional()
  @IsInt()
  villageId?: number | null;

  @Field(() => String, { nullable: true, description: 'Spaces and dots are allowed and removed.' })
  @IsOptional()
  @Rule(checkPhone)
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Số CCCD (12 digits) or CMND (9 digits).' })
  @IsOptional()
  @Rule(checkIdNumber)
  idNumber?: string | null;
}
