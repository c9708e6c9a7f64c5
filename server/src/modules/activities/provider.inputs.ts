import { Field, InputType } from 'type-graphql';
import { IsEnum } from 'class-validator';
import { checkProviderName } from '../../../../shared/rules/activity';
import { Rule } from '../../graphql/rule-validator';
import { ProviderKind, type Provider } from '../../domain/activities/provider.entity';

/** A provider as the province admin enters it (create and full update). */
@InputType()
export class ProviderInput implements Partial<Provider> {
  @Field({ description: '2 to 200 characters.' })
  @Rule(checkProviderName)
  name: string;

  @Field(() => ProviderKind)
  @IsEnum(ProviderKind)
  kind: ProviderKind;
}
