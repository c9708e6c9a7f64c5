import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from '../../domain/accounts/api-key.entity';

@ObjectType({ description: 'A key just created. The secret is shown this once; the server keeps only its hash.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The whole key, to send as `Authorization: ApiKey <key>`.' })
  secret: string;
}
