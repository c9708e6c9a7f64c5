import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { Role } from '../../domain/accounts/user.entity';
import { PROVINCE_ADMIN_ONLY } from '../../domain/accounts/caller';
import { assertYear } from '../../domain/periods/fiscal-year';
import { ProvinceYearStatus, YearStatus } from './period.types';
import { activeYears } from './active-years';
import { closeProvinceYear, provinceYearStatus, reopenYear, returnYear, submitYear, yearStatus } from './period.service';

/** The year as a record (docs/DOMAIN.md): a district submits, the province approves, returns or reopens, and closes its own year. */
@Resolver()
export class PeriodResolver {
  @Authorized()
  @Query(() => [Int], { description: 'Fiscal years with the province’s funding or activities the caller sees, newest first (yearly pages open there).' })
  activeYears(@Ctx() { session }: RequestContext): Promise<number[]> {
    return activeYears(session);
  }

  @Authorized()
  @Query(() => YearStatus, { description: 'Where a district’s year stands; district callers may leave districtId out (their own).' })
  yearStatus(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('districtId', () => Int, { nullable: true }) districtId: number | null,
    @Ctx() { session }: RequestContext,
  ): Promise<YearStatus> {
    assertYear(fiscalYear);
    return yearStatus(session, districtId, fiscalYear);
  }

  @Authorized()
  @Query(() => ProvinceYearStatus, { description: 'Whether the province closed the year (its province-level activities are then locked).' })
  provinceYearStatus(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { session }: RequestContext): Promise<ProvinceYearStatus> {
    assertYear(fiscalYear);
    return provinceYearStatus(session, fiscalYear);
  }

  @Authorized(Role.DISTRICT_MANAGER)
  @Mutation(() => YearStatus, { description: 'The district submits its year (with an optional note): its figures of the year are locked until returned.' })
  submitYear(
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('districtId', () => Int, { nullable: true }) districtId: number | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { session }: RequestContext,
  ): Promise<YearStatus> {
    assertYear(fiscalYear);
    return submitYear(session, districtId, fiscalYear, note);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => YearStatus, { description: 'Returns a submitted year to the district with a reason (required): it is editable again.' })
  returnYear(
    @Arg('districtId', () => Int) districtId: number,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { session }: RequestContext,
  ): Promise<YearStatus> {
    assertYear(fiscalYear);
    return returnYear(session, districtId, fiscalYear, reason);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => YearStatus, { description: 'Reopens an approved year with a reason (required): the report goes back to live figures.' })
  reopenYear(
    @Arg('districtId', () => Int) districtId: number,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { session }: RequestContext,
  ): Promise<YearStatus> {
    assertYear(fiscalYear);
    return reopenYear(session, districtId, fiscalYear, reason);
  }

  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => ProvinceYearStatus, { description: 'Closes the year for the province’s own activities.' })
  closeProvinceYear(@Arg('fiscalYear', () => Int) fiscalYear: number, @Ctx() { session }: RequestContext): Promise<ProvinceYearStatus> {
    assertYear(fiscalYear);
    return closeProvinceYear(session, fiscalYear);
  }
}
