import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { Commune } from '../../domain/geography/commune.entity';
import { District } from '../../domain/geography/district.entity';

const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);

/** Reads of the administrative geography: the districts (tenants) and their communes, within scope. */
@Resolver(() => District)
export class GeographyResolver {
  @Authorized()
  @Query(() => [District], { description: 'The districts the caller reaches, ordered by GSO code.' })
  districts(@CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<District[]> {
    const qb = db.getRepository(District).createQueryBuilder('d').orderBy('d.code', 'ASC');
    return scope.inDistricts(qb, 'd', 'id').getMany();
  }

  @Authorized()
  @Query(() => District, { nullable: true, description: 'One district; null when missing or outside the caller’s scope.' })
  district(@Arg('id', () => Int) id: number, @Ctx() { loaders }: RequestContext): Promise<District | null> {
    return loaders.district.load(id);
  }

  @Authorized()
  @Query(() => [Commune], { description: 'The communes of one district, ordered by GSO code (empty outside the caller’s scope).' })
  communes(@Arg('districtId', () => Int) districtId: number, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Commune[]> {
    const qb = db.getRepository(Commune).createQueryBuilder('c').where('c.districtId = :districtId', { districtId }).orderBy('c.code', 'ASC');
    return scope.inDistricts(qb, 'c').getMany();
  }

  @FieldResolver(() => [Commune], { name: 'communes', description: 'The district’s current communes (retired ones left out), by GSO code.' })
  async communesOfDistrict(@Root() district: District, @Ctx() { loaders }: RequestContext): Promise<Commune[]> {
    const communes = await loaders.communesByDistrict.load(district.id);
    return communes.filter((c) => c.retiredAt === null).sort(byCode);
  }
}
