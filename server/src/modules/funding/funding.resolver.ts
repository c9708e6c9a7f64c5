import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { CurrentScope } from '../../graphql/current-scope';
import type { Scope } from '../../tenancy/scope';
import { Role } from '../../domain/accounts/user.entity';
import { Funding } from '../../domain/funding/funding.entity';
import { DistrictAllocation } from '../../domain/funding/district-allocation.entity';
import { Budget } from './budget.types';
import { AllocationsInput, FundingInput } from './funding.inputs';
import { budgetFor, setAllocations, setFunding } from './funding.service';

@Resolver()
export class FundingResolver {
  @Authorized()
  @Query(() => Budget, { description: 'Central, allocated, committed and spent money of a year, the exchange cap and the district envelopes in scope.' })
  budget(@Arg('fiscalYear', () => Int) fiscalYear: number, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Budget> {
    return budgetFor(db, scope, fiscalYear);
  }

  @Authorized()
  @Query(() => [Funding], { description: 'Every funded year of the caller’s province, newest first.' })
  fundings(@CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Funding[]> {
    return scope.inProvince(db.getRepository(Funding).createQueryBuilder('f'), 'f').orderBy('f.fiscalYear', 'DESC').getMany();
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => Funding, { description: 'Creates or changes the central funding of a year.' })
  setFunding(@Arg('input', () => FundingInput) input: FundingInput, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<Funding> {
    return setFunding(db, scope, input);
  }

  @Authorized(Role.PROVINCE_ADMIN)
  @Mutation(() => [DistrictAllocation], { description: 'Replaces the district allocations of a year.' })
  setDistrictAllocations(@Arg('input', () => AllocationsInput) input: AllocationsInput, @CurrentScope() scope: Scope, @Ctx() { db }: RequestContext): Promise<DistrictAllocation[]> {
    return setAllocations(db, scope, input);
  }
}
