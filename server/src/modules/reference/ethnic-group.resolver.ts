import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { EthnicGroup } from '../../domain/reference/ethnic-group.entity';

@Resolver()
export class EthnicGroupResolver {
  /** National reference data, the same for every tenant: any signed-in caller may read it. */
  @Authorized()
  @Query(() => [EthnicGroup], { description: 'The 54 ethnic groups by code, for choosing one by name (forms, filters).' })
  ethnicGroups(@Ctx() { session }: RequestContext): Promise<EthnicGroup[]> {
    return session.rows(EthnicGroup, 'e').orderBy('e.code', 'ASC').getMany();
  }
}
