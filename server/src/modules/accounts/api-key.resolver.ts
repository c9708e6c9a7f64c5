import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { District } from '../../domain/geography/district.entity';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import { ApiKeyInput } from './api-key.inputs';
import { CreatedApiKey } from './api-key.types';
import { ApiKeyService } from './api-key.service';

/** Managing third-party keys is for the people who may write: province admins and district managers. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(...WRITER_ROLES)
  @Query(() => [ApiKey], { description: 'Keys of the caller’s province (province admin) or district (district manager), newest first.' })
  apiKeys(@Ctx() { session }: RequestContext): Promise<ApiKey[]> {
    return new ApiKeyService(session).list();
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => CreatedApiKey, { description: 'Creates a read-only key; its secret is in the answer and nowhere else.' })
  createApiKey(@Arg('input', () => ApiKeyInput) input: ApiKeyInput, @Ctx() { session }: RequestContext): Promise<CreatedApiKey> {
    return new ApiKeyService(session).create(input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => ApiKey, { description: 'Refuses the key from now on (UNAUTHENTICATED for its next request).' })
  revokeApiKey(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<ApiKey> {
    return new ApiKeyService(session).revoke(id);
  }

  @FieldResolver(() => District, { nullable: true, description: 'The district the key reads; null for a province key.' })
  district(@Root() apiKey: ApiKey, @Ctx() { session }: RequestContext): Promise<District | null> | null {
    return apiKey.districtId === null ? null : session.loaders.district.load(apiKey.districtId);
  }
}
