import { collect, textLength, violation, wholeNumber, type Violation } from './violation';

/** A commune or village name: not blank, at most this many characters (trimmed before saving). */
export const PLACE_NAME_MAX = 100;
/** Far above any real thôn/bản; stops typing slips such as an extra zero run. */
export const MAX_HOUSEHOLDS = 100_000;

/** A commune's code from the General Statistics Office: five digits. */
export function checkCommuneCode(value: string | null | undefined): Violation | null {
  if (!value || value.trim() === '') return violation('code', 'required');
  return /^\d{5}$/.test(value) ? null : violation('code', 'communeCode');
}

export function checkPlaceName(value: string | null | undefined, field = 'name'): Violation | null {
  return textLength(field, value, 1, PLACE_NAME_MAX);
}

export function checkHouseholds(value: number | null | undefined, field: 'households' | 'poorHouseholds' = 'households'): Violation | null {
  return wholeNumber(field, value, 0, MAX_HOUSEHOLDS);
}

/** Poor households are some of the households. */
export function checkPoorShare(households: number, poorHouseholds: number): Violation | null {
  return poorHouseholds > households ? violation('poorHouseholds', 'poorOverHouseholds') : null;
}

export interface VillageValues {
  communeId?: number | null;
  name?: string | null;
  households?: number | null;
  poorHouseholds?: number | null;
}

export function checkVillage(v: VillageValues): Violation[] {
  const counts = collect(checkHouseholds(v.households), checkHouseholds(v.poorHouseholds, 'poorHouseholds'));
  return [
    ...collect(v.communeId ? null : violation('communeId', 'required'), checkPlaceName(v.name)),
    ...counts,
    ...(counts.length === 0 ? collect(checkPoorShare(v.households ?? 0, v.poorHouseholds ?? 0)) : []),
  ];
}
