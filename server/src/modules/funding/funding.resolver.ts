import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PROVINCE_ADMIN_ONLY } from '../../domain/accounts/caller';
import { Funding } from '../../domain/funding/funding.entity';
import { DistrictAllocation } from '../../domain/funding/district-allocation.entity';
import { Budget } from './budget.types';
import { AllocationsInput, FundingInput } from './funding.inputs';
import { budgetFor, setAllocations, setFunding } from './funding.service';

@Resolver()
export class FundingResolver {
  @Authorized()
  @Query(() => Budget, { description: 'Central, allocated, committed and spent money of a year, the exchange cap and the district envelopes in scope.' })
  budget(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { session }: RequestContext): Promise<Budget> {
    return budgetFor(session, fiscalYear);
  }

  @Authorized()
  @Query(() => [Funding], { description: 'Every funded year of the caller’s province, newest first.' })
  fundings(@Ctx() { session }: RequestContext): Promise<Funding[]> {
    return session.rows(Funding, 'f').orderBy('f.fiscalYear', 'DESC').getMany();
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => Funding, { description: 'Creates or changes the central funding of a year.' })
  setFunding(@Arg('input', () => FundingInput) input: FundingInput, @Ctx() { session }: RequestContext): Promise<Funding> {
    return setFunding(session, input);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => [DistrictAllocation], { description: 'Replaces the district allocations of a year.' })
  setDistrictAllocations(@Arg('input', () => AllocationsInput) input: AllocationsInput, @Ctx() { session }: RequestContext): Promise<DistrictAllocation[]> {
    return setAllocations(session, input);
  }
}
