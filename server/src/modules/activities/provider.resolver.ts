import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PROVINCE_ADMIN_ONLY } from '../../domain/accounts/caller';
import { Provider } from '../../domain/activities/provider.entity';
import { ProviderInput } from './provider.inputs';
import { createProvider, deleteProvider, providerList, updateProvider } from './provider.service';

@Resolver(() => Provider)
export class ProviderResolver {
  @Authorized()
  @Query(() => [Provider], { description: 'The providers of the caller’s province, by name.' })
  providers(@Ctx() { session }: RequestContext): Promise<Provider[]> {
    return providerList(session);
  }

  @Authorized()
  @Query(() => Provider, { nullable: true, description: 'Null when missing or of another province.' })
  provider(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<Provider | null> {
    return session.loaders.provider.load(id);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => Provider)
  createProvider(@Arg('input', () => ProviderInput) input: ProviderInput, @Ctx() { session }: RequestContext): Promise<Provider> {
    return createProvider(session, input);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => Provider)
  updateProvider(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProviderInput) input: ProviderInput,
    @Ctx() { session }: RequestContext,
  ): Promise<Provider> {
    return updateProvider(session, id, version, input);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => Boolean, { description: 'Refused with IN_USE while an activity names the provider.' })
  deleteProvider(@Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number, @Ctx() { session }: RequestContext): Promise<boolean> {
    return deleteProvider(session, id, version);
  }
}
