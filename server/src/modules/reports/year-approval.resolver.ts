import { Arg, Authorized, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { PROVINCE_ADMIN_ONLY } from '../../domain/accounts/caller';
import { assertYear } from '../../domain/periods/fiscal-year';
import { YearStatus } from '../periods/period.types';
import { approveYear } from '../periods/period.service';
import { districtFigures } from './province-report.service';

/**
 * Approving a district's year freezes its report: the figures stored at approval are what the reports
 * show until the year is reopened (docs/DOMAIN.md). The transition itself is the periods module's; the
 * figures are this module's, so the mutation lives here and periods never imports reports.
 */
@Resolver()
export class YearApprovalResolver {
  @Authorized(...PROVINCE_ADMIN_ONLY)
  @Mutation(() => YearStatus, { description: 'Approves a submitted year and stores the district’s figures as approved.' })
  approveYear(
    @Arg('districtId', () => Int) districtId: number,
    @Arg('fiscalYear', () => Int) fiscalYear: number,
    @Ctx() { session }: RequestContext,
  ): Promise<YearStatus> {
    assertYear(fiscalYear);
    return approveYear(session, districtId, fiscalYear, districtFigures);
  }
}
