/**
 * One broken rule of one field, the same on the server (GraphQL inputs, import rows) and in the web forms.
 * `code` names the message (`rules.<code>` in shared/messages); `params` fill its placeholders.
 */
export interface Violation {
  field: string;
  code: RuleCode;
  params?: Record<string, string | number>;
}

export type RuleCode =
  | 'required'
  | 'length'
  | 'tooLong'
  | 'yearRange'
  | 'wholeNumberRange'
  | 'idNumber'
  | 'phone'
  | 'ethnicGroupCode'
  | 'poorOverHouseholds'
  | 'dateFormat'
  | 'endBeforeStart'
  | 'fiscalYearOfStart'
  | 'completedNeedsActualCost'
  | 'notNegative'
  | 'username'
  | 'communeCode'
  | 'notInFuture'
  | 'money'
  | 'tooMany'
  | 'invalid';

export const violation = (field: string, code: RuleCode, params?: Violation['params']): Violation => (params ? { field, code, params } : { field, code });

/** A field's text as a form holds it: null, undefined and blanks are all "not given". */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The violations of `checks`, skipping the ones that passed. */
export function collect(...checks: (Violation | null)[]): Violation[] {
  return checks.filter((v): v is Violation => v !== null);
}

export function required(field: string, value: unknown): Violation | null {
  return isBlank(value) ? violation(field, 'required') : null;
}

/** A text of min..max characters after trimming; blank counts as missing when min > 0. */
export function textLength(field: string, value: string | null | undefined, min: number, max: number): Violation | null {
  const length = (value ?? '').trim().length;
  if (min > 0 && length === 0) return violation(field, 'required');
  if (length < min) return violation(field, 'length', { min, max });
  return length > max ? violation(field, min > 0 ? 'length' : 'tooLong', min > 0 ? { min, max } : { max }) : null;
}

/** A whole number from min to max. */
export function wholeNumber(field: string, value: number | null | undefined, min: number, max: number): Violation | null {
  if (value === null || value === undefined || Number.isNaN(value)) return violation(field, 'required');
  return Number.isInteger(value) && value >= min && value <= max ? null : violation(field, 'wholeNumberRange', { min, max });
}

/** A list of at most `max` entries (members of a board, allocations of a year). */
export function checkListSize(field: string, list: readonly unknown[] | null | undefined, max: number): Violation | null {
  return (list?.length ?? 0) > max ? violation(field, 'tooMany', { max }) : null;
}
