import { badInput } from '../../shared/errors';

/** A fiscal year the portal can hold: refused with BAD_USER_INPUT (field fiscalYear) otherwise. */
export function assertYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) throw badInput('fiscalYear', 'fiscalYear must be between 2000 and 2100');
}
