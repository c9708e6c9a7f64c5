import { FISCAL_YEARS } from './activity';
import { checkListSize, textLength, violation, wholeNumber, type Violation } from './violation';

/** Whole đồng up to 2^53-1 (about 9 triệu tỷ đồng): exact in JavaScript, far above any budget. */
export const MAX_VND = Number.MAX_SAFE_INTEGER;
export const DECISION_REF_MAX = 60;
/** Districts a year's allocations may list: far above a province's (Tuyên Quang has 7). */
export const MAX_ALLOCATIONS = 1000;

export function checkFiscalYear(value: number | null | undefined): Violation | null {
  if (value === null || value === undefined || Number.isNaN(value)) return violation('fiscalYear', 'required');
  return Number.isInteger(value) && value >= FISCAL_YEARS.min && value <= FISCAL_YEARS.max ? null : violation('fiscalYear', 'yearRange', { ...FISCAL_YEARS });
}

export function checkCapPercent(value: number | null | undefined): Violation | null {
  return wholeNumber('exchangeCapPercent', value, 0, 100);
}

/** The number of the decision (funding, or a board's founding): optional, short. */
export function checkDecisionRef(value: string | null | undefined): Violation | null {
  return textLength('decisionRef', value, 0, DECISION_REF_MAX);
}

/** An amount of money in whole đồng (`field`: centralAmount, amount, plannedCost…). */
export function checkMoney(field: string, value: number | null | undefined): Violation | null {
  if (value === null || value === undefined || Number.isNaN(value)) return violation(field, 'required');
  return Number.isSafeInteger(value) && value >= 0 ? null : violation(field, 'money');
}

export function checkAllocationCount(list: readonly unknown[] | null | undefined): Violation | null {
  return checkListSize('allocations', list, MAX_ALLOCATIONS);
}
