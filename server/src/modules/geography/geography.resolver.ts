import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Commune } from '../../domain/geography/commune.entity';
import { District } from '../../domain/geography/district.entity';

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/** Reads of the administrative geography: the districts (tenants) and their communes, within scope. */
@Resolver(() => District)
export class GeographyResolver {
  @Authorized()
  @Query(() => [District], { description: 'The districts the caller reaches, ordered by GSO code.' })
  districts(@Ctx() { session }: RequestContext): Promise<District[]> {
    return session.rows(District, 'd').orderBy('d.code', 'ASC').getMany();
  }

  @Authorized()
  @Query(() => District, { nullable: true, description: 'One district; null when missing or outside the caller’s scope.' })
  district(@Arg('id', () => Int) id: number, @Ctx() { session }: RequestContext): Promise<District | null> {
    return session.loaders.district.load(id);
  }

  @Authorized()
  @Query(() => [Commune], { description: 'The communes of one district, ordered by GSO code (empty outside the caller’s scope).' })
  communes(@Arg('districtId', () => Int) districtId: number, @Ctx() { session }: RequestContext): Promise<Commune[]> {
    return session.rows(Commune, 'c').andWhere('c.districtId = :districtId', { districtId }).orderBy('c.code', 'ASC').getMany();
  }

  @FieldResolver(() => [Commune], { name: 'communes', description: 'The district’s current communes (retired ones left out), by GSO code.' })
  async communesOfDistrict(@Root() district: District, @Ctx() { session }: RequestContext): Promise<Commune[]> {
    const communes = await session.loaders.communesByDistrict.load(district.id);
    return communes.filter((c) => c.retiredAt === null).sort(byCode);
  }
}
