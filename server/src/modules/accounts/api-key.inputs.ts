import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional } from 'class-validator';
import { checkApiKeyName } from '../../../../shared/rules/account';
import { Rule } from '../../graphql/rule-validator';
import type { ApiKey } from '../../domain/accounts/api-key.entity';

/** A new key: who it is for, and the district it may read (none: the whole province, province admins only). */
@InputType()
export class ApiKeyInput implements Partial<ApiKey> {
  @Field({ description: 'Who the key is for, e.g. "Cục Thống kê – báo cáo quý"; 2 to 120 characters.' })
  @Rule(checkApiKeyName)
  name: string;

  @Field(() => Int, { nullable: true, description: 'The one district the key reads; null for the whole province (province administrators only).' })
  @IsOptional()
  @IsInt()
  districtId?: number | null;
}
