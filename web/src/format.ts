import { ref } from 'vue';

/**
 * Numbers follow the UI's language (the portal's one home for them): Vietnamese groups thousands with dots and
 * writes decimals with a comma (4.111 người; 55,9 %; 1.000.000 ₫), English the other way round. The language is a
 * ref, so text formatted while rendering is formatted again when the user switches language.
 */
export type NumberLanguage = 'vi' | 'en';
const language = ref<NumberLanguage>('vi');
export function setNumberLanguage(value: NumberLanguage): void {
  language.value = value;
}

const TAGS: Record<NumberLanguage, string> = { vi: 'vi-VN', en: 'en-US' };
function formatters(lang: NumberLanguage) {
  const tag = TAGS[lang];
  return {
    // Money is whole đồng, with the ₫ sign in either language.
    vnd: new Intl.NumberFormat(tag, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }),
    integer: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    number: new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }),
    tenths: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    upToTenths: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
  };
}
const byLanguage: Record<NumberLanguage, ReturnType<typeof formatters>> = { vi: formatters('vi'), en: formatters('en') };
const current = () => byLanguage[language.value];

export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : current().vnd.format(value);
}

/** Digits grouped (1.000.000 in Vietnamese), for money inputs. */
export function groupDigits(value: string | number): string {
  const digits = String(value).replace(/\D/g, '');
  return digits === '' ? '' : current().integer.format(Number(digits));
}

export function parseDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/** Any number (1.234,5 in Vietnamese). */
export function formatNumber(value: number): string {
  return current().number.format(value);
}

/** A count of people, rows or activities, thousands grouped (4.111 in Vietnamese). */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : current().integer.format(value);
}

/** A share (0..1) in percent with one decimal: 55,9 % in Vietnamese (a space before %, as Vietnamese writes it), 55.9% in English. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined) return '—';
  return withPercentSign(current().tenths.format(share * 100));
}

/** A value already in percent (a cap of 10, an axis tick of 20), written like formatPercent without a forced decimal. */
export function percentOf(value: number): string {
  return withPercentSign(current().upToTenths.format(value));
}

function withPercentSign(text: string): string {
  return language.value === 'vi' ? `${text} %` : `${text}%`;
}

/** dd/mm/yyyy from "YYYY-MM-DD" or an ISO date-time (local time for date-times). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (dateOnly) return `${dateOnly[3]}/${dateOnly[2]}/${dateOnly[1]}`;
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
}

export function formatDateTime(value: string): string {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDate(value)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function currentYear(): number {
  return new Date().getFullYear();
}
