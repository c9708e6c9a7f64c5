/** Money is whole đồng: shown with thousands separators and the ₫ sign whatever the language. */
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export function formatMoney(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : vnd.format(value);
}

/** Digits grouped by dots (1.000.000), for money inputs. */
export function groupDigits(value: string | number): string {
  const digits = String(value).replace(/\D/g, '');
  return digits === '' ? '' : integer.format(Number(digits));
}

export function parseDigits(text: string): string {
  return text.replace(/\D/g, '');
}

/** Any number, Vietnamese style (1.234,5). */
export function formatNumber(value: number): string {
  return number.format(value);
}

export function formatPercent(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${(share * 100).toFixed(1)} %`;
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
