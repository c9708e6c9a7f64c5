import { Gender, ParticipantCategory } from '../../participants/participant.entity';
import { normalizePhone } from '../../participants/participant.inputs';
import { headingKey } from './columns';
import type { Cell } from './sheet-row';

/** A parsed value, or the message that says why the cell cannot be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

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
  return GENDERS.has(headingKey(text)) ? ok(GENDERS.get(headingKey(text))!) : fail('Giới tính must be "Nam" or "Nữ" (or MALE / FEMALE)');
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
  return found ? ok(found) : fail(`Đối tượng must be one of: ${Object.values(CATEGORY_LABELS).join('; ')}`);
}

export const EARLIEST_YEAR = 1920;
export const MINIMUM_AGE = 15;

/**
 * Năm sinh: a year, or a whole birth date (dd/mm/yyyy, yyyy-mm-dd, or the serial number Excel keeps
 * a date as) from which the year is taken.
 */
export function parseBirthYear(cell: Cell): Parsed<number> {
  const latest = new Date().getFullYear() - MINIMUM_AGE;
  const date = typeof cell === 'number' && cell > 2100 ? fromExcelSerial(cell) : null;
  const year = date ? date.getUTCFullYear() : typeof cell === 'number' ? cell : yearOfText(cellText(cell));
  if (year === null || !Number.isInteger(year)) return fail('Năm sinh must be a year (1985) or a date (15/03/1985, 1985-03-15)');
  if (year < EARLIEST_YEAR || year > latest) return fail(`Năm sinh must be between ${EARLIEST_YEAR} and ${latest}`);
  return ok(year);
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
export function digitsOf(cell: Cell, lengths: number[]): string {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/[\s.]/g, '');
  return typeof cell === 'number' && lengths.includes(text.length + 1) ? `0${text}` : text;
}

export function parseIdNumber(cell: Cell): Parsed<string | null> {
  const digits = digitsOf(cell, [9, 12]);
  if (digits === '') return ok(null);
  return /^(\d{9}|\d{12})$/.test(digits) ? ok(digits) : fail('Số CCCD/CMND must have 12 digits (CCCD) or 9 digits (CMND)');
}

const VIETNAMESE_PHONE = /^(0|\+84)\d{9,10}$/;

export function parsePhone(cell: Cell): Parsed<string | null> {
  const phone = typeof cell === 'number' ? digitsOf(cell, [10, 11]) : normalizePhone(cellText(cell));
  if (phone === '') return ok(null);
  return VIETNAMESE_PHONE.test(phone) ? ok(phone) : fail('Số điện thoại must be 0 or +84 followed by 9 or 10 digits');
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
  return fail('write "Có" or "Không"');
}

export function parseCount(cell: Cell): Parsed<number> {
  const text = typeof cell === 'number' ? String(cell) : cellText(cell).replace(/[\s.,]/g, '');
  if (text === '') return ok(0);
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 1_000_000 ? ok(n) : fail('must be a whole number, 0 or more');
}
