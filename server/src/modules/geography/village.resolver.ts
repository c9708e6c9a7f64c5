import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { ConnectionOf, PageArgs, type Page } from '../../graphql/connection';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { Commune } from '../../domain/geography/commune.entity';
import { District } from '../../domain/geography/district.entity';
import { Village } from '../../domain/geography/village.entity';
import { CreateVillageInput, UpdateVillageInput, VillageFilter } from './village.inputs';
import { createVillage, deleteVillage, updateVillage, villagePage } from './village.service';

@ObjectType()
export class VillageConnection extends ConnectionOf(Village) {}

@Resolver(() => Village)
export class VillageResolver {
  @Authorized()
  @Query(() => Village, { nullable: true, description: 'One village; null when missing or outside the caller’s scope.' })
  village(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<Village | null> {
    return session.loaders.village.load(id);
  }

  @Authorized()
  @Query(() => VillageConnection, { description: 'Villages the caller reaches, filtered and paged (oldest first).' })
  villages(
    @Arg('filter', () => VillageFilter, { nullable: true }) filter: VillageFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { session }: RequestContext,
  ): Promise<Page<Village>> {
    return villagePage(session, filter, page);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Village)
  createVillage(@Arg('input', () => CreateVillageInput) input: CreateVillageInput, @Ctx() { session }: RequestContext): Promise<Village> {
    return createVillage(session, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Village)
  updateVillage(
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateVillageInput) input: UpdateVillageInput,
    @Ctx() { session }: RequestContext,
  ): Promise<Village> {
    return updateVillage(session, id, version, input);
  }

  @Authorized(...WRITER_ROLES)
  @Mutation(() => Boolean, { description: 'Refused with IN_USE while people are registered in the village.' })
  deleteVillage(@Arg('id', () => Int) id: number, @Arg('version', () => Int) version: number, @Ctx() { session }: RequestContext): Promise<boolean> {
    return deleteVillage(session, id, version);
  }

  // A visible village lies in a visible district, and so does its commune (the composite key pins both).
  @FieldResolver(() => Commune)
  commune(@Root() village: Village, @Ctx() { session }: RequestContext): Promise<Commune | null> {
    return session.loaders.commune.load(village.communeId);
  }

  @FieldResolver(() => District)
  district(@Root() village: Village, @Ctx() { session }: RequestContext): Promise<District | null> {
    return session.loaders.district.load(village.districtId);
  }
}
