import { FISCAL_YEARS } from '../../../../shared/rules/activity';
import { badInput } from '../../shared/errors';

/** A fiscal year the portal can hold (shared/rules FISCAL_YEARS): refused with BAD_USER_INPUT (field fiscalYear) otherwise. */
export function assertYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < FISCAL_YEARS.min || fiscalYear > FISCAL_YEARS.max)
    throw badInput('fiscalYear', 'errors.yearBetween', { ...FISCAL_YEARS });
}
