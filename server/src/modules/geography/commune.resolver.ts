import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import { PROVINCE_ADMIN_ONLY, WRITER_ROLES } from '../../domain/accounts/caller';
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
  commune(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<Commune | null> {
    return session.loaders.commune.load(id);
  }

  @Authorized()
  @Query(() => CommuneConnection, { description: 'Communes the caller reaches, filtered and paged (oldest first).' })
  communePage(
    @Arg('filter', () => CommuneFilter, { nullable: true }) filter: CommuneFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { session }: RequestContext,
  ): Promise<Page<Commune>> {
    return communePage(session, filter, page);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => Commune)
  createCommune(@Arg('input', () => CreateCommuneInput) input: CreateCommuneInput, @Ctx() { session }: RequestContext): Promise<Commune> {
    return createCommune(session, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Commune, { description: 'District managers set the Program 135 status; name and type are the province’s.' })
  updateCommune(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateCommuneInput) input: UpdateCommuneInput,
    @Ctx() { session }: RequestContext,
  ): Promise<Commune> {
    return updateCommune(session, id, version, input);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => Commune, { description: 'Marks a commune merged away or dissolved; communes are never deleted.' })
  retireCommune(@Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number, @Ctx() { session }: RequestContext): Promise<Commune> {
    return retireCommune(session, id, version);
  }

  // A commune the caller sees lies in one of its districts, so the district is always there.
  @FieldResolver(() => District)
  district(@Root() commune: Commune, @Ctx() { session }: RequestContext): Promise<District | null> {
    return session.loaders.district.load(commune.districtId);
  }

  @FieldResolver(() => [Village], { description: 'The commune’s villages (thôn, bản).' })
  villages(@Root() commune: Commune, @Ctx() { session }: RequestContext): Promise<Village[]> {
    return session.loaders.villagesByCommune.load(commune.id);
  }
}
