import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { District } from '../../domain/geography/district.entity';
import { Role } from '../../domain/accounts/user.entity';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import { ApiKeyInput } from './api-key.inputs';
import { CreatedApiKey } from './api-key.types';
import { ApiKeyService } from './api-key.service';

/** Managing third-party keys is for the people who may write: province admins and district managers. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER)
  @Query(() => [ApiKey], { description: 'Keys of the caller’s province (province admin) or district (district manager), newest first.' })
  apiKeys(@CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<ApiKey[]> {
    return new ApiKeyService(db, scope).list();
  }

  @Authorized(Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER)
  @Mutation(() => CreatedApiKey, { description: 'Creates a read-only key; its secret is in the answer and nowhere else.' })
  createApiKey(@Arg('input', () => ApiKeyInput) input: ApiKeyInput, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<CreatedApiKey> {
    return new ApiKeyService(db, scope).create(input);
  }

  @Authorized(Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER)
  @Mutation(() => ApiKey, { description: 'Refuses the key from now on (UNAUTHENTICATED for its next request).' })
  revokeApiKey(@Arg('id', () => Int) id: number, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<ApiKey> {
    return new ApiKeyService(db, scope).revoke(id);
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district the key reads; null for a province key.' })
  district(@Root() apiKey: ApiKey, @Ctx() { loaders }: RequestContext): Promise<District | null> | null {
    return apiKey.districtId === null ? null : loaders.district.load(apiKey.districtId);
  }
}
