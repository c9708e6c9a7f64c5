import type { ProvinceReport, ReportRow } from './report.types';
import { approvalOf, formatDate, YEAR_STATUS_LABELS } from './report-frame';

export const MONEY = '#,##0" ₫"';
export const PERCENT = '0.0%';

/** One line of the district table: a district, the districts' total, the province level or the grand total. */
export interface Line {
  label: string;
  /** Measures the line has; the province level has no communes or allocation, and those cells stay empty. */
  row: Partial<ReportRow>;
}

export interface Column {
  header: string;
  value: (line: Line) => number | string | null;
  format?: string;
  /** Width in characters in the workbook; the PDF scales the same widths to its page. */
  width?: number;
}

/** A measure's cell: empty where the line has no such measure, "—" for a share of nothing (docs/DOMAIN.md). */
const measure =
  (key: keyof ReportRow) =>
  (line: Line): number | string | null => {
    if (!(key in line.row)) return null;
    const value = line.row[key];
    return value === null ? '—' : (value as number);
  };

export const NAME_COLUMN: Column = { header: 'Huyện / thành phố', value: (l) => l.label, width: 22 };

/** Where people were trained and who they were. */
export const PEOPLE_COLUMNS: Column[] = [
  NAME_COLUMN,
  { header: 'Số xã', value: measure('communes'), width: 8 },
  { header: 'Xã ĐBKK', value: measure('especiallyDifficultCommunes'), width: 9 },
  { header: 'Số thôn, bản', value: measure('villages'), width: 9 },
  { header: 'Thôn ĐBKK', value: measure('especiallyDifficultVillages'), width: 9 },
  { header: 'Ban giám sát', value: measure('monitoringBoards'), width: 9 },
  { header: 'Người đăng ký', value: measure('participantsRegistered'), width: 10 },
  { header: 'Số người được tập huấn', value: measure('peopleTrained'), width: 11 },
  { header: 'Số người hoàn thành khoá học', value: measure('peopleCompleted'), width: 12 },
  { header: 'Lượt người', value: measure('personTimes'), width: 9 },
  { header: 'Nữ', value: measure('womenTrained'), width: 8 },
  { header: 'Dân tộc thiểu số', value: measure('ethnicMinorityTrained'), width: 10 },
  { header: 'Tỷ lệ nữ', value: measure('womenShare'), format: PERCENT, width: 9 },
  { header: 'Tỷ lệ DTTS', value: measure('ethnicMinorityShare'), format: PERCENT, width: 9 },
  { header: 'Xã ĐBKK có người được tập huấn', value: measure('especiallyDifficultCommunesCovered'), width: 13 },
  { header: 'Bao phủ xã ĐBKK', value: measure('coverage'), format: PERCENT, width: 10 },
];

/** What was organised and spent, and whether the province approved the district's year. */
export const MONEY_COLUMNS: Column[] = [
  { header: 'Số hoạt động tổ chức', value: measure('activitiesOrganised'), width: 11 },
  { header: 'Kinh phí phân bổ', value: measure('allocation'), format: MONEY, width: 17 },
  { header: 'Kinh phí cam kết', value: measure('committed'), format: MONEY, width: 17 },
  { header: 'Kinh phí đã chi', value: measure('spent'), format: MONEY, width: 17 },
];

export const STATUS_COLUMNS: Column[] = [
  { header: 'Trạng thái năm', value: (l) => (l.row.yearStatus ? YEAR_STATUS_LABELS[l.row.yearStatus.status] : null), width: 13 },
  { header: 'Ngày phê duyệt', value: (l) => (l.row.yearStatus?.approvedAt ? formatDate(l.row.yearStatus.approvedAt) : null), width: 12 },
];

/** The PDF's one approval cell: "Đã phê duyệt 05/03/2021" or "Chưa phê duyệt (…)". */
export const APPROVAL_COLUMN: Column = { header: 'Phê duyệt', value: (l) => approvalOf(l.row), width: 24 };

export const DISTRICT_COLUMNS: Column[] = [...PEOPLE_COLUMNS, ...MONEY_COLUMNS, ...STATUS_COLUMNS];

/** The lines of the district table, in order; the province level and the grand total only for province-wide callers. */
export function linesOf(report: ProvinceReport): Line[] {
  const lines: Line[] = report.districts.map((row) => ({ label: row.district?.name ?? '', row }));
  lines.push({ label: 'Tổng các huyện', row: report.total });
  if (report.provinceLevel) {
    const { activitiesByKind: _kinds, ...provinceLevel } = report.provinceLevel;
    lines.push({ label: 'Hoạt động cấp tỉnh', row: provinceLevel as Partial<ReportRow> });
  }
  if (report.grandTotal) lines.push({ label: 'Tổng cộng (huyện và cấp tỉnh)', row: report.grandTotal });
  return lines;
}
