import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { Role } from '../../domain/accounts/user.entity';
import { Provider } from '../../domain/activities/provider.entity';
import { ProviderInput } from './provider.inputs';
import { ProviderService } from './provider.service';

@Resolver(() => Provider)
export class ProviderResolver {
  @Authorized()
  @Query(() => [Provider], { description: 'The providers of the caller’s province, by name.' })
  providers(@CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Provider[]> {
    return new ProviderService(db, scope).list();
  }

  @Authorized()
  @Query(() => Provider, { nullable: true, description: 'Null when missing or of another province.' })
  provider(@Arg('id', () => Int) id: number, @Ctx() { loaders }: RequestContext): Promise<Provider | null> {
    return loaders.provider.load(id);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => Provider)
  createProvider(@Arg('input', () => ProviderInput) input: ProviderInput, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Provider> {
    return new ProviderService(db, scope).create(input);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => Provider)
  updateProvider(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ProviderInput) input: ProviderInput,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<Provider> {
    return new ProviderService(db, scope).update(id, version, input);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => Boolean, { description: 'Refused with IN_USE while an activity names the provider.' })
  deleteProvider(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<boolean> {
    return new ProviderService(db, scope).delete(id, version);
  }
}
