import { Field, InputType } from 'type-graphql';
import { IsEnum, Length } from 'class-validator';
import { ProviderKind, type Provider } from './provider.entity';

/** A provider as the province admin enters it (create and full update). */
@InputType()
export class ProviderInput implements Partial<Provider> {
  @Field({ description: '2 to 200 characters.' })
  @Length(2, 200)
  name: string;

  @Field(() => ProviderKind)
  @IsEnum(ProviderKind)
  kind: ProviderKind;
}
