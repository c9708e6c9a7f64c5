import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { Commune } from './commune.entity';
import { District } from './district.entity';

/** Reads of the administrative geography: the districts (tenants) and their communes, within scope. */
@Resolver()
export class GeographyResolver {
  @Authorized()
  @Query(() => [District], { description: 'The districts the caller reaches, ordered by GSO code.' })
  districts(@CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<District[]> {
    const qb = db.getRepository(District).createQueryBuilder('d').orderBy('d.code', 'ASC');
    return scope.inDistricts(qb, 'd', 'id').getMany();
  }

  @Authorized()
  @Query(() => [Commune], { description: 'The communes of one district, ordered by GSO code (empty outside the caller’s scope).' })
  communes(@Arg('districtId', () => Int) districtId: number, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Commune[]> {
    const qb = db.getRepository(Commune).createQueryBuilder('c').where('c.districtId = :districtId', { districtId }).orderBy('c.code', 'ASC');
    return scope.inDistricts(qb, 'c').getMany();
  }
}
