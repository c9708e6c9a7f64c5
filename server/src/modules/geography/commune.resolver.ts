import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import type { Scope } from '../../tenancy/scope';
import { Role } from '../../domain/accounts/user.entity';
import { Commune } from '../../domain/geography/commune.entity';
import { District } from '../../domain/geography/district.entity';
import { Village } from '../../domain/geography/village.entity';
import { CommuneFilter, CreateCommuneInput, UpdateCommuneInput } from './commune.inputs';
import { communePage, createCommune, retireCommune, updateCommune } from './commune.service';

@ObjectType()
export class CommuneConnection extends ConnectionOf(Commune) {}

@Resolver(() => Commune)
export class CommuneResolver {
  @Authorized()
  @Query(() => Commune, { nullable: true, description: 'One commune; null when missing or outside the caller’s scope.' })
  commune(@Arg('id', () => Int) id: number, @Ctx() { loaders }: RequestContext): Promise<Commune | null> {
    return loaders.commune.load(id);
  }

  @Authorized()
  @Query(() => CommuneConnection, { description: 'Communes the caller reaches, filtered and paged (oldest first).' })
  communePage(
    @Arg('filter', () => CommuneFilter, { nullable: true }) filter: CommuneFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<Page<Commune>> {
    return communePage(db, scope, filter, page);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => Commune)
  createCommune(@Arg('input', () => CreateCommuneInput) input: CreateCommuneInput, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Commune> {
    return createCommune(db, scope, input);
  }

  @Authorized(Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER)
  @Mutation(() => Commune, { description: 'District managers set the Program 135 status; name and type are the province’s.' })
  updateCommune(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCommuneInput) input: UpdateCommuneInput,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<Commune> {
    return updateCommune(db, scope, id, version, input);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => Commune, { description: 'Marks a commune merged away or dissolved; communes are never deleted.' })
  retireCommune(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<Commune> {
    return retireCommune(db, scope, id, version);
  }

  // A commune the caller sees lies in one of its districts, so the district is always there.
  @FieldResolver(() => District)
  district(@Root() commune: Commune, @Ctx() { loaders }: RequestContext): Promise<District | null> {
    return loaders.district.load(commune.districtId);
  }

  @FieldResolver(() => [Village], { description: 'The commune’s villages (thôn, bản).' })
  villages(@Root() commune: Commune, @Ctx() { loaders }: RequestContext): Promise<Village[]> {
    return loaders.villagesByCommune.load(commune.id);
  }
}
