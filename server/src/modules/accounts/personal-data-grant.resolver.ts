import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { User } from '../../domain/accounts/user.entity';
import { PROVINCE_ADMIN_ONLY } from '../../domain/accounts/caller';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import { setApiKeyPersonalData, setUserPersonalData } from './personal-data-grant.service';

/** Who reads ID numbers and phones unmasked beyond the writers: the province admin's decision, audited. */
@Resolver()
export class PersonalDataGrantResolver {
  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => ApiKey, { description: 'Grants (true) or withdraws (false) unmasked ID numbers and phones to a key of the province. Audited.' })
  setApiKeyPersonalData(
    @Arg('id', () => Int) id: number,
    @Arg('granted', () => Boolean) granted: boolean,
    @Ctx() { session }: RequestContext,
  ): Promise<ApiKey> {
    return setApiKeyPersonalData(session, id, granted);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => User, { description: 'Grants (true) or withdraws (false) unmasked ID numbers and phones to a viewer account of the province. Audited.' })
  setUserPersonalData(@Arg('id', () => Int) id: number, @Arg('granted', () => Boolean) granted: boolean, @Ctx() { session }: RequestContext): Promise<User> {
    return setUserPersonalData(session, id, granted);
  }
}
