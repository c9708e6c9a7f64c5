import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Commune } from './commune.entity';
import { District } from './district.entity';

/** Reads of the administrative geography: the districts (tenants) and their communes. */
@Resolver()
export class GeographyResolver {
  @Query(() => [District], { description: 'Every district, ordered by GSO code.' })
  districts(@Ctx() { db }: RequestContext): Promise<District[]> {
    return db.getRepository(District).find({ order: { code: 'ASC' } });
  }

  @Query(() => [Commune], { description: 'The communes of one district, ordered by GSO code.' })
  communes(@Arg('districtId', () => Int) districtId: number, @Ctx() { db }: RequestContext): Promise<Commune[]> {
    return db.getRepository(Commune).find({ where: { districtId }, order: { code: 'ASC' } });
  }
}
