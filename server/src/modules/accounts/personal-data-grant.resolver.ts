import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { Role, User } from '../../domain/accounts/user.entity';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import { setApiKeyPersonalData, setUserPersonalData } from './personal-data-grant.service';

/** Who reads ID numbers and phones unmasked beyond the writers: the province admin's decision, audited. */
@Resolver()
export class PersonalDataGrantResolver {
  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => ApiKey, { description: 'Grants (true) or withdraws (false) unmasked ID numbers and phones to a key of the province. Audited.' })
  setApiKeyPersonalData(
    @Arg('id', () => Int) id: number,
    @Arg('granted', () => Boolean) granted: boolean,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<ApiKey> {
    return setApiKeyPersonalData(db, scope, id, granted);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => User, { description: 'Grants (true) or withdraws (false) unmasked ID numbers and phones to a viewer account of the province. Audited.' })
  setUserPersonalData(
    @Arg('id', () => Int) id: number,
    @Arg('granted', () => Boolean) granted: boolean,
    @CurrentScope() scope: Scope,
    @Ctx() { db }: RequestContext,
  ): Promise<User> {
    return setUserPersonalData(db, scope, id, granted);
  }
}
