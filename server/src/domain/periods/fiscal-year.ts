import { badInput } from '../../shared/errors';

/** A fiscal year the portal can hold: refused with BAD_USER_INPUT (field fiscalYear) otherwise. */
export function assertYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) throw badInput('fiscalYear', 'errors.yearBetween', { min: 2000, max: 2100 });
}
