import { collect, isBlank, required, textLength, violation, type Violation } from './violation';

export const EARLIEST_BIRTH_YEAR = 1920;
/** Training is for adults: nobody younger than this many years is registered. */
export const MINIMUM_AGE = 15;
export const NAME_LENGTH = { min: 2, max: 120 } as const;
export const POSITION_MAX = 120;
/** Số CMND has 9 digits, số CCCD 12. */
export const ID_NUMBER_DIGITS = [9, 12] as const;
export const ID_NUMBER = new RegExp(`^(${ID_NUMBER_DIGITS.map((n) => `\\d{${n}}`).join('|')})$`);
/** A Vietnamese number: 0 (or +84) then 9 or 10 digits. */
export const PHONE_DIGITS_AFTER_PREFIX = { min: 9, max: 10 } as const;
const VIETNAMESE_PHONE = new RegExp(`^(0|\\+84)\\d{${PHONE_DIGITS_AFTER_PREFIX.min},${PHONE_DIGITS_AFTER_PREFIX.max}}$`);
/** The lengths of a number written the local way, with its leading 0. */
export const LOCAL_PHONE_LENGTHS = [PHONE_DIGITS_AFTER_PREFIX.min + 1, PHONE_DIGITS_AFTER_PREFIX.max + 1] as const;

/** The latest birth year of someone old enough; it moves with the calendar, so it is computed when checked. */
export function latestBirthYear(today: Date = new Date()): number {
  return today.getFullYear() - MINIMUM_AGE;
}

/** Vietnamese numbers are written "0912 345 678" or "0912.345.678"; they are kept without separators. */
export function normalizePhone(phone: string): string {
  return phone.replace(/[\s.]/g, '');
}

export function checkFullName(value: string | null | undefined): Violation | null {
  return textLength('fullName', value, NAME_LENGTH.min, NAME_LENGTH.max);
}

export function checkBirthYear(value: number | null | undefined, today?: Date): Violation | null {
  if (value === null || value === undefined || Number.isNaN(value)) return violation('birthYear', 'required');
  const max = latestBirthYear(today);
  const inRange = Number.isInteger(value) && value >= EARLIEST_BIRTH_YEAR && value <= max;
  return inRange ? null : violation('birthYear', 'yearRange', { min: EARLIEST_BIRTH_YEAR, max });
}

export function checkEthnicGroupCode(value: string | null | undefined): Violation | null {
  if (isBlank(value)) return violation('ethnicGroupCode', 'required');
  return /^\d{2}$/.test(value as string) ? null : violation('ethnicGroupCode', 'ethnicGroupCode');
}

export function checkPosition(value: string | null | undefined): Violation | null {
  return textLength('position', value, 0, POSITION_MAX);
}

/** Optional; when given, 9 digits (CMND) or 12 (CCCD). */
export function checkIdNumber(value: string | null | undefined, field = 'idNumber'): Violation | null {
  return isBlank(value) || ID_NUMBER.test(value as string) ? null : violation(field, 'idNumber');
}

/** Optional; when given, 0 or +84 then 9 or 10 digits, once spaces and dots are removed. */
export function checkPhone(value: string | null | undefined): Violation | null {
  return isBlank(value) || VIETNAMESE_PHONE.test(normalizePhone(value as string)) ? null : violation('phone', 'phone');
}

export interface ParticipantValues {
  fullName?: string | null;
  gender?: string | null;
  birthYear?: number | null;
  ethnicGroupCode?: string | null;
  category?: string | null;
  position?: string | null;
  communeId?: number | null;
  phone?: string | null;
  idNumber?: string | null;
}

/** Every rule of a participant's own values, all at once (a form shows them together). */
export function checkParticipant(p: ParticipantValues, today?: Date): Violation[] {
  return collect(
    checkFullName(p.fullName),
    required('gender', p.gender),
    checkBirthYear(p.birthYear, today),
    checkEthnicGroupCode(p.ethnicGroupCode),
    required('category', p.category),
    checkPosition(p.position),
    p.communeId ? null : violation('communeId', 'required'),
    checkPhone(p.phone),
    checkIdNumber(p.idNumber),
  );
}
