import { ID_NUMBER_DIGITS, LOCAL_PHONE_LENGTHS, checkBirthYear, checkIdNumber, checkPhone, normalizePhone } from '../../../../../shared/rules/participant';
import type { Violation } from '../../../../../shared/rules/violation';
import type { MessageParams } from '../../../shared/messages';
import { Gender, ParticipantCategory } from '../../../domain/participants/participant.entity';
import { headingKey } from './columns';
import { problemOf, type Problem } from './report';
import type { Cell } from './sheet-row';

/**
 * A parsed value, or the problem that says why the cell cannot be read. The rules themselves are
 * shared/rules, the same the API's inputs and the web forms check; parsing here only reads cells.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = (key: string, params?: MessageParams): Parsed<never> => ({ ok: false, problem: { key, params } });
const broken = (v: Violation): Parsed<never> => ({ ok: false, problem: problemOf(v) });

/** Text of a cell with spaces tidied; a leading apostrophe (how exports keep "=…" literal) is dropped. */
export function cellText(cell: Cell): string {
  if (cell === null || typeof cell === 'object') return '';
  const text = String(cell).replace(/\s+/g, ' ').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

const GENDERS = new Map<string, Gender>([
  ['nam', Gender.MALE],
  ['nu', Gender.FEMALE],
  ['male', Gender.MALE],
  ['female', Gender.FEMALE],
]);

export function parseGender(text: string): Parsed<Gender> {
  return GENDERS.has(headingKey(text)) ? ok(GENDERS.get(headingKey(text))!) : fail('import.gender');
}

/** Đối tượng as the province's plan names them, as written in the template, or the API's enum names. */
export const CATEGORY_LABELS: Record<ParticipantCategory, string> = {
  [ParticipantCategory.COMMUNE_OFFICIAL]: 'Cán bộ xã',
  [ParticipantCategory.VILLAGE_OFFICIAL]: 'Cán bộ thôn, bản',
  [ParticipantCategory.MONITORING_BOARD_MEMBER]: 'Thành viên ban giám sát cộng đồng',
  [ParticipantCategory.PRESTIGIOUS_PERSON]: 'Người có uy tín',
  [ParticipantCategory.RESIDENT]: 'Người dân',
};
const CATEGORY_ALIASES: [string, ParticipantCategory][] = [
  ['Cán bộ, công chức xã', ParticipantCategory.COMMUNE_OFFICIAL],
  ['Cán bộ thôn', ParticipantCategory.VILLAGE_OFFICIAL],
  ['Cán bộ bản', ParticipantCategory.VILLAGE_OFFICIAL],
  ['Ban giám sát cộng đồng', ParticipantCategory.MONITORING_BOARD_MEMBER],
  ['Thành viên BGS', ParticipantCategory.MONITORING_BOARD_MEMBER],
  ['Uy tín', ParticipantCategory.PRESTIGIOUS_PERSON],
  ['Dân', ParticipantCategory.RESIDENT],
];
const CATEGORIES = new Map<string, ParticipantCategory>([
  ...Object.values(ParticipantCategory).map((c) => [headingKey(c), c] as const),
  ...Object.entries(CATEGORY_LABELS).map(([c, label]) => [headingKey(label), c as ParticipantCategory] as const),
  ...CATEGORY_ALIASES.map(([label, c]) => [headingKey(label), c] as const),
]);

export function parseCategory(text: string): Parsed<ParticipantCategory> {
  const found = CATEGORIES.get(headingKey(text));
  return found ? ok(found) : fail('import.category', { values: Object.values(CATEGORY_LABELS).join('; ') });
}

/**
 * Năm sinh: a year, or a whole birth date (dd/mm/yyyy, yyyy-mm-dd, or the serial number Excel keeps
 * a date as) from which the year is taken.
 */
export function parseBirthYear(cell: Cell): Parsed<number> {
  const date = typeof cell === 'number' && cell > 2100 ? fromExcelSerial(cell) : null;
  const year = date ? date.getUTCFullYear() : typeof cell === 'number' ? cell : yearOfText(cellText(cell));
  if (year === null || !Number.isInteger(year)) return fail('import.birthYearFormat');
  const broke = checkBirthYear(year);
  return broke ? broken(broke) : ok(year);
}

function yearOfText(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (vn) return realDate(Number(vn[3]), Number(vn[2]), Number(vn[1]));
  return null;
}

/** The year when year-month-day is a real calendar date (no 31/02). */
function realDate(year: number, month: number, day: number): number | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? year : null;
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included). */
function fromExcelSerial(serial: number): Date | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
}

/**
 * Excel turns a long number typed into a cell into a number and drops its leading zero (CCCD numbers
 * start with "0"); a number cell one digit short of a valid length gets its zero back.
 */
export function digitsOf(cell: Cell, lengths: readonly number[]): string {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/[\s.]/g, '');
  return typeof cell === 'number' && lengths.includes(text.length + 1) ? `0${text}` : text;
}

export function parseIdNumber(cell: Cell): Parsed<string | null> {
  const digits = digitsOf(cell, ID_NUMBER_DIGITS);
  if (digits === '') return ok(null);
  const broke = checkIdNumber(digits);
  return broke ? broken(broke) : ok(digits);
}

export function parsePhone(cell: Cell): Parsed<string | null> {
  const phone = typeof cell === 'number' ? digitsOf(cell, LOCAL_PHONE_LENGTHS) : normalizePhone(cellText(cell));
  if (phone === '') return ok(null);
  const broke = checkPhone(phone);
  return broke ? broken(broke) : ok(phone);
}

const YES = new Set(['co', 'x', '1', 'true', 'yes', 'dung']);
const NO = new Set(['khong', '0', 'false', 'no', 'sai', '']);

/** Có / Không, x / blank, 1 / 0, TRUE / FALSE. */
export function parseYesNo(cell: Cell, fallback: boolean): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const key = headingKey(cellText(cell));
  if (key === '' && cellText(cell) === '') return ok(fallback);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('import.yesNo');
}

/**
 * A count written with or without thousands separators ("1.200"), blank being 0; its range is the
 * field's own rule in shared/rules (`check`), the one the API's inputs apply.
 */
export function parseCount(cell: Cell, check: (count: number) => Violation | null): Parsed<number> {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/[\s.,]/g, '');
  const n = text === '' ? 0 : Number(text);
  if (!Number.isInteger(n) || n < 0) return fail('import.count');
  const broke = check(n);
  return broke ? broken(broke) : ok(n);
}
